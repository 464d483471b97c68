import BuildTestSupport
import Foundation
import TestSupport
import Testing

@Suite("Publishing: the 404 page, the server's configuration, deploy-config and pack")
struct DeploymentCommandTests {
    @Test("Without a base URL the 404 page carries its style inline and no link, and build says what base_url is for")
    func notFoundWithoutBaseURL() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["build", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 0)
        let page = try site.output("404.html")
        #expect(page.contains("<style>/* Hoithao default theme."))
        #expect(!page.contains("<link rel=\"stylesheet\""))
        let links = page.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(links == ["#main"], "a relative link in a page served at any depth points somewhere else")
        let warnings = run.errors.split(separator: "\n").filter { $0.contains("warning: `base_url` is not set") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("Content/site.yaml: warning:") == true)
        let check = try hoithao(
            ["build", "--theme", Repository.defaultTheme, "--base-url", "https://a.vn/"], in: site.root)
        #expect(check.errors.isEmpty)
    }

    @Test("`server: apache` writes .htaccess with the sub-folder's 404 page and the downloads' media types")
    func apache() throws {
        var files = Fixtures.minimalSite
        files["site.yaml"] = Fixtures.site + "server: apache\nbase_url: https://so.vn/hoithao/\n"
        let site = try FixtureSite(files)
        try site.build()
        let htaccess = try site.output(".htaccess")
        #expect(htaccess.contains("ErrorDocument 404 /hoithao/404.html\n"))
        #expect(htaccess.contains("AddType \"text/calendar; charset=utf-8\" .ics\n"))
        #expect(htaccess.contains("DirectoryIndex index.html\n"))
        #expect(!site.outputFiles().contains("web.config"))
    }

    @Test("`server: iis` writes web.config; a static file of the same name is an error")
    func iis() throws {
        var files = Fixtures.minimalSite
        files["site.yaml"] = Fixtures.site + "server: iis\n"
        let site = try FixtureSite(files)
        try site.build()
        #expect(try site.output("web.config").contains("<error statusCode=\"404\" path=\"/404.html\""))
        try site.write("static/web.config", "<configuration/>")
        let report = try site.build()
        #expect(
            report.diagnostics.map(\.description).contains { $0.contains("`web.config` is used by Hoithao itself") })
    }

    @Test("An unknown server is an error at its line, with the choices")
    func unknownServer() throws {
        var files = Fixtures.minimalSite
        files["site.yaml"] = Fixtures.site + "server: ngnix\n"
        let site = try FixtureSite(files)
        let run = try hoithao(["check", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 1)
        #expect(run.errors.contains("Content/site.yaml:4:9: error: `server` must be one of `apache`, `iis`, `nginx`"))
        #expect(run.errors.contains("did you mean `nginx`?"))
    }

    @Test("deploy-config prints the nginx location for the base URL's sub-folder, and asks which server when unsaid")
    func deployConfig() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let unsaid = try hoithao(["deploy-config"], in: site.root)
        #expect(unsaid.status == 2)
        #expect(unsaid.errors.contains("--server nginx"))
        let run = try hoithao(
            ["deploy-config", "--server", "nginx", "--base-url", "https://so.vn/hoithao", "--root", "/srv/ht"],
            in: site.root)
        #expect(run.status == 0)
        #expect(run.output.contains("location /hoithao/ {\n    alias /srv/ht/;\n"))
        #expect(run.output.contains("error_page 404 /hoithao/404.html;"))
        #expect(run.output.contains("text/calendar ics;"))
    }

    @Test("pack zips the built site with index.html at its root and a SHA256SUMS that sha256sum accepts")
    func pack() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["pack", "--theme", Repository.defaultTheme, "--output", "site.zip"], in: site.root)
        #expect(run.status == 0, "\(run.errors)")
        let unpacked = site.root + "/unpacked"
        try FileManager.default.createDirectory(atPath: unpacked, withIntermediateDirectories: true)
        #expect(try tool("/usr/bin/unzip", ["-q", site.root + "/site.zip", "-d", unpacked]).status == 0)
        #expect(FileManager.default.fileExists(atPath: unpacked + "/index.html"))
        #expect(!FileManager.default.fileExists(atPath: unpacked + "/.hoithao-output"))
        let sums = try String(contentsOfFile: unpacked + "/SHA256SUMS", encoding: .utf8)
        #expect(sums.split(separator: "\n").count == site.outputFiles().filter { $0 != ".hoithao-output" }.count)
        let verified = try tool("/usr/bin/sha256sum", ["-c", "--quiet", "SHA256SUMS"], in: unpacked)
        #expect(verified.status == 0, "\(verified.output)")
        let first = try Data(contentsOf: URL(fileURLWithPath: site.root + "/site.zip"))
        #expect(
            try hoithao(["pack", "--theme", Repository.defaultTheme, "--output", "again.zip"], in: site.root).status
                == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: site.root + "/again.zip")) == first)
    }

    @Test("pack refuses to write its zip inside the output or the content folder")
    func packRefusesInsideOutput() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["pack", "--output", "Output/site.zip"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("is inside Output; write the zip somewhere else"))
    }
}

/// Runs a system tool, returning its status and what it printed on both streams.
private func tool(_ path: String, _ arguments: [String], in folder: String? = nil) throws -> (
    status: Int32, output: String
) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
