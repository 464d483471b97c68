import ArgumentParser
import Dispatch
import Foundation
import HoithaoBuild
import HoithaoServer

/// `hoithao serve`: builds into memory, serves on loopback, rebuilds on change and reloads open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site while you edit: rebuilds on every save and reloads the pages open in the browser.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The address to listen on; anything but a loopback address exposes your drafts to the network.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 1111

    @Flag(help: "Serve the site exactly as built: no watching, no reload script.")
    var noLiveReload = false

    /// Seconds of silence after which a connection is closed (a test shortens it).
    @Option(help: .hidden)
    var idleSeconds = 60

    func validate() throws {
        var address = in6_addr()
        guard host == "localhost" || inet_pton(AF_INET, host, &address) == 1 || inet_pton(AF_INET6, host, &address) == 1
        else {
            throw ValidationError(
                "--host must be an IP address such as 127.0.0.1 or ::1, or localhost; `\(host)` is not one "
                    + "(a name other than localhost is not looked up)")
        }
    }

    func run() async throws {
        if !DevServer.isLoopback(host) {
            Console.error(
                "warning: serving on \(host), which other computers can reach: they will see drafts and "
                    + "unfinished pages. Use --host 127.0.0.1 unless you mean it.")
        }
        var options = BuildOptions(contentPath: site.content, themePath: site.theme, outputPath: nil)
        options.includeDrafts = site.drafts
        var settings = DevServer.Settings()
        settings.host = host
        settings.port = port
        settings.liveReload = !noLiveReload
        settings.idleTime = .seconds(max(idleSeconds, 1))
        let server = DevServer(builder: SiteBuilder(options: options), settings: settings) { line in
            // Whole lines, at once: a test or a terminal reads them as they come.
            Console.output(line)
        }
        Self.stopOnInterrupt()
        do {
            try await server.run()
        } catch {
            Console.error("error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(2)
        }
    }

    /// Ctrl-C ends the server cleanly, with exit status 0.
    private static func stopOnInterrupt() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        source.setEventHandler {
            FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
            Foundation.exit(0)
        }
        source.resume()
        interruptSource = source
    }

    nonisolated(unsafe) private static var interruptSource: DispatchSourceSignal?
}
