import HoithaoModel
import HoithaoRoutes

/// A web server's configuration for the built site: the 404 page, `index.html` as the folder index, the media
/// types of the downloads servers do not all know, and caching of `assets/`.
public struct ServerConfig: Sendable {
    /// The media types Hoithao's downloads need, by extension; servers know `.html`, `.pdf`, `.zip` and `.css`.
    static let mediaTypes: [(suffix: String, type: String)] = [
        ("ics", "text/calendar; charset=utf-8"),
        ("epub", "application/epub+zip"),
        ("json", "application/json; charset=utf-8"),
        ("bib", "application/x-bibtex; charset=utf-8"),
        ("ris", "application/x-research-info-systems; charset=utf-8"),
    ]
    /// How long browsers may keep the theme's assets without asking again: a day, so a new stylesheet is
    /// seen the next day at the latest (their names do not change with their content).
    static let assetSeconds = 86_400

    public let server: WebServer
    /// The site's path on the server, from `base_url` (`/hoithao/`), or `/` without one.
    public let basePath: String

    public init(server: WebServer, baseURL: String?) {
        self.server = server
        basePath = baseURL.flatMap(Self.path(of:)) ?? "/"
    }

    /// The file the build writes into the site for this server, with its text; nil for nginx, which reads
    /// no file from the site (`hoithao deploy-config` prints its snippet).
    public var siteFile: (path: String, text: String)? {
        let text: String? =
            switch server {
            case .apache: htaccess
            case .iis: webConfig
            case .nginx: nil
            }
        return text.flatMap { text in Routes.serverFile(server).map { ($0, text) } }
    }

    /// The address of the page for a missing address, on the server.
    private var notFound: String { basePath + Routes.notFound.file }

    /// What to add to the server's own configuration, for `root` (the folder the site is copied to).
    public func serverSnippet(root: String) -> String {
        switch server {
        case .nginx: nginx(root: root)
        case .apache: apacheSite(root: root)
        case .iis: webConfig
        }
    }

    private static func path(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }

    private var htaccess: String {
        var lines = [
            "# Made by Hoithao from site.yaml (server: apache), and made again by every build.",
            "# Apache reads it when the site's folder allows it: AllowOverride FileInfo Indexes.",
            "DirectoryIndex \(Routes.folderIndex)",
            "ErrorDocument 404 \(notFound)",
            "AddDefaultCharset utf-8",
        ]
        lines += Self.mediaTypes.map { "AddType \"\($0.type)\" .\($0.suffix)" }
        lines += [
            "<IfModule mod_headers.c>",
            "  <If \"%{REQUEST_URI} =~ m#^\(basePath)\(Routes.assets)/#\">",
            "    Header set Cache-Control \"public, max-age=\(Self.assetSeconds)\"",
            "  </If>",
            "</IfModule>",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private func apacheSite(root: String) -> String {
        let folder = root.hasSuffix("/") ? root : root + "/"
        var lines = ["# Made by Hoithao: add to the <VirtualHost> that serves the site (mod_alias, mod_headers)."]
        if basePath != "/" { lines.append("Alias \(basePath) \(folder)") }
        lines += [
            "<Directory \(folder)>",
            "    Options -Indexes",
            "    AllowOverride FileInfo Indexes",
            "    Require all granted",
            "</Directory>",
            "# The site's own .htaccess (written by `hoithao build` with `server: apache`) sets the rest.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private var webConfig: String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!-- Made by Hoithao from site.yaml (server: iis), and made again by every build. -->",
            "<configuration>",
            "  <system.webServer>",
            "    <defaultDocument enabled=\"true\">",
            "      <files>",
            "        <clear />",
            "        <add value=\"\(Routes.folderIndex)\" />",
            "      </files>",
            "    </defaultDocument>",
            "    <staticContent>",
        ]
        for (suffix, type) in Self.mediaTypes {
            lines.append("      <remove fileExtension=\".\(suffix)\" />")
            lines.append("      <mimeMap fileExtension=\".\(suffix)\" mimeType=\"\(type)\" />")
        }
        lines += [
            "    </staticContent>",
            "    <httpErrors errorMode=\"Custom\" existingResponse=\"Replace\">",
            "      <remove statusCode=\"404\" subStatusCode=\"-1\" />",
            "      <error statusCode=\"404\" path=\"\(Escape.attribute(notFound))\" responseMode=\"ExecuteURL\" />",
            "    </httpErrors>",
            "  </system.webServer>",
            "  <location path=\"\(Routes.assets)\">",
            "    <system.webServer>",
            "      <staticContent>",
            "        <clientCache cacheControlMode=\"UseMaxAge\" cacheControlMaxAge=\"1.00:00:00\" />",
            "      </staticContent>",
            "    </system.webServer>",
            "  </location>",
            "</configuration>",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private func nginx(root: String) -> String {
        let folder = root.hasSuffix("/") ? root : root + "/"
        var lines = [
            "# Made by Hoithao (hoithao deploy-config): put this inside the server { } block that serves the site.",
            "location \(basePath) {",
            basePath == "/" ? "    root \(folder);" : "    alias \(folder);",
            "    index \(Routes.folderIndex);",
            "    charset utf-8;",
            "    error_page 404 \(notFound);",
            "    include mime.types;",
            "    types {",
        ]
        // nginx's mime.types already names .json; a second entry would be a warning at every start.
        for (suffix, type) in Self.mediaTypes where suffix != "json" {
            lines.append("        \(type.split(separator: ";")[0]) \(suffix);")
        }
        lines += [
            "    }",
            "    charset_types text/calendar application/json application/x-bibtex application/x-research-info-systems"
                + " application/xml application/atom+xml;",
            "    location \(basePath)\(Routes.assets)/ {",
            "        add_header Cache-Control \"public, max-age=\(Self.assetSeconds)\";",
            "    }",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
