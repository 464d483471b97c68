import FlyingFox
import FlyingSocks
import Foundation
import HoithaoBuild
import HoithaoModel
import HoithaoRoutes

/// `hoithao serve`: builds the site into memory, serves it on loopback, and rebuilds when files change.
public final class DevServer: @unchecked Sendable {
    /// How the server runs.
    public struct Settings: Sendable {
        public var host = "127.0.0.1"
        public var port: UInt16 = 1111
        /// Watch the files and reload open pages; off serves the site exactly as built.
        public var liveReload = true
        /// A connection that sends nothing for this long is closed.
        public var idleTime: Duration = .seconds(60)
        /// At most this many connections may wait for a request at once.
        public var maximumWaiting = 200

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

    /// Binds, builds, starts watching and serves until stopped; prints the address once it listens. Requests are
    /// read by `ServeConnection`, never by FlyingFox's server; FlyingFox's handlers answer the live-reload socket.
    public func run() async throws {
        let address = try Self.address(settings.host, port: settings.port)
        let listening = try Socket(domain: Int32(type(of: address).family))
        try listening.setValue(true, for: .localAddressReuse)
        try listening.bind(to: address)
        try listening.listen()
        let port: UInt16
        switch try listening.sockname() {
        case .ip4(_, let number), .ip6(_, let number): port = number
        default: throw ServeError.notListening
        }
        let pool = GuardedSocketPool(
            HTTPServer.defaultPool(), idleTime: settings.idleTime, maximumWaiting: settings.maximumWaiting)
        try await pool.prepare()
        let listener = try AsyncSocket(socket: listening, pool: pool)
        let origin = "http://\(Self.urlHost(settings.host)):\(port)"
        let liveSocket: (any HTTPHandler)? =
            settings.liveReload
            ? SameOriginHandler(
                inner: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: live)), port: port,
                loopback: Self.isLoopback(settings.host)) : nil
        builder.options.baseURL = origin + "/"
        rebuild()
        if settings.liveReload {
            let watcher = FileWatcher(roots: [builder.options.contentPath, builder.options.themePath]) { [self] in
                rebuilds.async { self.rebuild() }
            }
            _ = watcher.start()
            self.watcher = watcher
        }
        log("Serving \(builder.options.contentPath) at \(origin)/ (Ctrl-C to stop)")
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            for try await connection in listener.sockets {
                group.addTask { [self] in
                    await ServeConnection(socket: connection) { request in
                        await self.answer(request, liveSocket: liveSocket)
                    }.run()
                }
            }
        }
    }

    /// The live-reload socket at its path; pages to GET, their headers to HEAD; any other method 405.
    private func answer(_ request: HTTPRequest, liveSocket: (any HTTPHandler)?) async -> HTTPResponse {
        if let liveSocket, request.target.path() == LiveReload.path {
            return (try? await liveSocket.handleRequest(request)) ?? HTTPResponse(statusCode: .internalServerError)
        }
        switch request.method {
        case .GET:
            return response(for: request)
        case .HEAD:
            // The headers a GET would have, Content-Length included, and no body.
            let full = response(for: request)
            var headers = full.headers
            headers[.contentLength] = String((try? await full.bodyData.count) ?? 0)
            return HTTPResponse(statusCode: full.statusCode, headers: headers, body: Data())
        default:
            return HTTPResponse(
                statusCode: .methodNotAllowed,
                headers: [HTTPHeader("Allow"): "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                body: Data("405 Method Not Allowed: this server answers GET and HEAD\n".utf8))
        }
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

    /// The socket address for `host`: `localhost` is 127.0.0.1; anything else must be an IPv4 or IPv6 address.
    static func address(_ host: String, port: UInt16) throws -> any SocketAddress {
        if host == "localhost" { return try sockaddr_in.inet(ip4: "127.0.0.1", port: port) }
        if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: port) }
        return try sockaddr_in.inet(ip4: host, port: port)
    }

    /// Whether `host` reaches this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// `host` as a URL writes it: `localhost` as 127.0.0.1 (what is bound), an IPv6 address in brackets.
    static func urlHost(_ host: String) -> String {
        host == "localhost" ? "127.0.0.1" : host.contains(":") ? "[\(host)]" : host
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
            let missing = Routes.notFound.file
            return page(
                files[missing] ?? Data("404 Not Found\n".utf8), path: missing, status: .notFound, errors: errors)
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
