import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("Links on disk and file names")
struct LinkSafetyTests {
    @Test("A symbolic link that leads outside Content/ is refused, and nothing of its target is published")
    func linkOut() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        try FileManager.default.createDirectory(
            atPath: site.contentPath + "/workshops/toi-gian/documents", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.contentPath + "/workshops/toi-gian/documents/passwd", withDestinationPath: "/etc/passwd")
        let report = try site.build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.contains("documents/passwd: error: the link leads outside its folder")
            })
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A link loop and a link to a folder are refused, not followed forever")
    func loops() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let documents = site.contentPath + "/workshops/toi-gian/documents"
        try FileManager.default.createDirectory(atPath: documents, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: documents + "/a", withDestinationPath: documents + "/b")
        try FileManager.default.createSymbolicLink(atPath: documents + "/b", withDestinationPath: documents + "/a")
        try FileManager.default.createSymbolicLink(atPath: documents + "/here", withDestinationPath: documents)
        let messages = try site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("documents/a: error: the link cannot be followed") })
        #expect(messages.contains { $0.contains("documents/here: error: links to folders are not followed") })
    }

    @Test(
        "A file Hoithao reads, linked to a copy outside Content/, is refused at its path",
        arguments: [
            "site.yaml", "workshops/toi-gian/plan.yaml", "workshops/toi-gian/index.md", "templates/page.mustache",
        ]
    )
    func readFileLinkedOut(_ path: String) throws {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/index.md"] = "Giới thiệu.\n"
        files["templates/page.mustache"] = "{{title}}\n"
        let site = try FixtureSite(files)
        let outside = site.root + "/ngoai"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: site.contentPath + "/" + path, toPath: outside + "/copy")
        try FileManager.default.createSymbolicLink(
            atPath: site.contentPath + "/" + path, withDestinationPath: outside + "/copy")
        let report = try site.build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.hasPrefix(site.contentPath + "/" + path + ": error: the link leads outside its folder")
            })
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A folder Hoithao lists, linked to a folder elsewhere, is refused at its path")
    func folderLinkedOut() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let outside = site.root + "/ngoai"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("bí mật\n".utf8).write(to: URL(fileURLWithPath: outside + "/bi-mat.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.contentPath + "/static", withDestinationPath: outside)
        let report = try site.build()
        #expect(
            report.diagnostics.map(\.description).contains(
                site.contentPath + "/static: error: links to folders are not followed; copy the folder here instead"))
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A link to a file inside Content/ is published like the file")
    func linkInside() throws {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/documents/that.txt"] = "nội dung\n"
        let site = try FixtureSite(files)
        try FileManager.default.createSymbolicLink(
            atPath: site.contentPath + "/workshops/toi-gian/documents/this.txt",
            withDestinationPath: site.contentPath + "/workshops/toi-gian/documents/that.txt")
        try #require(try site.build().succeeded)
        #expect(try site.output("toi-gian/documents/this.txt") == "nội dung\n")
    }

    @Test("File names with spaces and Vietnamese letters are published with percent-encoded links")
    func vietnameseNames() throws {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/documents/Giấy mời hội thảo.pdf"] = "%PDF-1.4\n"
        let site = try FixtureSite(files)
        try #require(try site.build().succeeded)
        let html = try site.output("toi-gian/documents/index.html")
        #expect(
            html.contains(
                "href=\"../../toi-gian/documents/Gi%E1%BA%A5y%20m%E1%BB%9Di%20h%E1%BB%99i%20th%E1%BA%A3o.pdf\""))
        #expect(site.outputFiles().contains("toi-gian/documents/Giấy mời hội thảo.pdf"))
        #expect(try LinkChecker.brokenLinks(inFolder: site.outputPath) == [])
    }

    @Test("A paper's file name too long for an address is an error at its path, not a failure to write")
    func longSlug() throws {
        var files = Fixtures.minimalSite
        let slug = String(repeating: "a", count: 251)
        files["workshops/toi-gian/papers/\(slug).md"] = "---\ntitle: Dài\n---\nNội dung.\n"
        let site = try FixtureSite(files)
        let messages = try site.build().diagnostics.map(\.description)
        #expect(
            messages == [
                site.contentPath + "/workshops/toi-gian/papers/\(slug).md: error: the name becomes part of an address "
                    + "and of file names, so it must be at most 100 characters, not 251; rename it to `"
                    + String(repeating: "a", count: 100) + ".md`"
            ])
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A content folder that is itself a link (Content/ kept in a synced folder) builds as usual")
    func contentFolderIsALink() throws {
        var files = Fixtures.minimalSite
        files["static/ban-do.txt"] = "bản đồ\n"
        let site = try FixtureSite(files)
        let kept = site.root + "/dong-bo/Content"
        try FileManager.default.createDirectory(atPath: site.root + "/dong-bo", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: site.contentPath, toPath: kept)
        try FileManager.default.createSymbolicLink(atPath: site.contentPath, withDestinationPath: kept)
        let report = try site.build()
        #expect(report.diagnostics.filter { $0.severity == .error } == [])
        #expect(try site.output("ban-do.txt") == "bản đồ\n")
    }
}
