import FlyingFox
import Foundation
import HoithaoBuild
import HoithaoModel

/// `hoithao serve`: builds the site into memory, serves it on loopback, and rebuilds when files change.
public final class DevServer: @unchecked Sendable {
    /// How the server runs.
    public struct Settings: Sendable {
        public var host = "127.0.0.1"
        public var port: UInt16 = 1111
        /// Watch the files and reload open pages; off serves the site exactly as built.
        public var liveReload = true

        public init() {}
    }

    private var builder: SiteBuilder
    private let settings: Settings
    private let live = LiveReload()
    private let lock = NSLock()
    private let rebuilds = DispatchQueue(label: "hoithao.rebuild")
    private var site: MemorySite?
    private var paths: Set<String> = []
    private var errors: [Diagnostic] = []
    private var buildNumber = 0
    private var watcher: FileWatcher?
    private let log: @Sendable (String) -> Void

    public init(builder: SiteBuilder, settings: Settings, log: @escaping @Sendable (String) -> Void) {
        self.builder = builder
        self.settings = settings
        self.log = log
    }

    /// Binds, builds, starts watching and serves until stopped; prints the address once it listens.
    public func run() async throws {
        let server = HTTPServer(
            address: try .inet(ip4: settings.host, port: settings.port), timeout: 60, logger: .disabled)
        if settings.liveReload {
            await server.appendRoute(
                HTTPRoute(LiveReload.path), to: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: live)))
        }
        await server.appendRoute("GET *") { [self] request in response(for: request) }
        await server.appendRoute("HEAD *") { [self] request in response(for: request) }
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw ServeError.notListening }
        builder.options.baseURL = "http://\(settings.host):\(port)/"
        rebuild()
        if settings.liveReload {
            let watcher = FileWatcher(roots: [builder.options.contentPath, builder.options.themePath]) { [self] in
                rebuilds.async { self.rebuild() }
            }
            _ = watcher.start()
            self.watcher = watcher
        }
        log("Serving \(builder.options.contentPath) at http://\(settings.host):\(port)/ (Ctrl-C to stop)")
        try await task.value
    }

    /// Builds again; on errors the last good site stays up and pages show the errors.
    func rebuild() {
        lock.lock()
        let previous = site
        lock.unlock()
        let (built, report) = builder.buildInMemory(previous: previous)
        lock.lock()
        if let built {
            site = built
            paths = Set(built.files.keys)
        }
        errors = report.diagnostics.filter { $0.severity == .error }
        buildNumber += 1
        let number = buildNumber
        lock.unlock()
        for diagnostic in report.diagnostics { log(diagnostic.description) }
        if built != nil {
            log("Built \(report.pagesWritten) pages (\(report.pagesRendered) rendered) in \(report.milliseconds) ms.")
        }
        live.announce(build: number)
    }

    private func response(for request: HTTPRequest) -> HTTPResponse {
        lock.lock()
        let files = site?.files ?? [:]
        let paths = self.paths
        let errors = self.errors
        lock.unlock()
        // The raw path, not FlyingFox's standardized one, which drops the trailing slash folders need.
        switch SitePaths.resolve(request.target.path(percentEncoded: false), in: paths) {
        case .forbidden:
            return HTTPResponse(
                statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                body: Data("403 Forbidden\n".utf8))
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location])
        case .notFound:
            return page(
                files["404.html"] ?? Data("404 Not Found\n".utf8), path: "404.html", status: .notFound, errors: errors)
        case .file(let path):
            return page(files[path] ?? Data(), path: path, status: .ok, errors: errors)
        }
    }

    private func page(_ data: Data, path: String, status: HTTPStatusCode, errors: [Diagnostic]) -> HTTPResponse {
        let type = SitePaths.contentType(of: path)
        var body = data
        var status = status
        if type.hasPrefix("text/html"), settings.liveReload {
            if !errors.isEmpty {
                body = ErrorOverlay.page(errors)
                status = .internalServerError
            }
            body = LiveReload.inject(into: body)
        }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }
}

/// Why the server could not start.
enum ServeError: Error, CustomStringConvertible {
    case notListening

    var description: String { "the server did not start listening" }
}
