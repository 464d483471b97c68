import ArgumentParser
import HoithaoBuild
import HoithaoContent
import HoithaoModel

extension WebServer: ExpressibleByArgument {}

/// `hoithao deploy-config`: prints what a web server needs to serve the built site.
struct DeployConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy-config",
        abstract: "Print the web server configuration that serves the built site (nginx, apache or iis).")

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The web server: nginx, apache or iis (default: `server:` in site.yaml).")
    var server: WebServer?

    @Option(help: "The public address of the site, overriding base_url in site.yaml (its path is the sub-folder).")
    var baseURL: String?

    @Option(help: "The folder on the server that holds the built site (the contents of Output/).")
    var root = "/var/www/hoithao"

    func validate() throws {
        if let baseURL, BaseURL.normalize(baseURL) == nil {
            throw ValidationError(
                "--base-url must be an absolute http or https address such as https://example.org/hoithao/")
        }
    }

    func run() throws {
        let (config, diagnostics) = ContentLoader().loadSiteConfig(from: content)
        for diagnostic in diagnostics {
            Console.error(diagnostic.description)
        }
        guard let config, !diagnostics.hasErrors else { throw ExitCode(1) }
        guard let server = server ?? config.server else {
            Console.error(
                "error: say which web server: `--server nginx` (or apache, iis), or `server: nginx` in site.yaml")
            throw ExitCode(2)
        }
        let site = ServerConfig(server: server, baseURL: baseURL.flatMap(BaseURL.normalize) ?? config.baseURL)
        print(site.serverSnippet(root: root), terminator: "")
    }
}
