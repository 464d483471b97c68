import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("Authors' files and output addresses: each address is claimed once, no draft's file is published")
struct AuthorFileTests {
    /// The minimal site with one paper, `giai-phap`, offering `file`.
    private func siteWithPaper(offering file: String, _ extra: [String: String] = [:]) throws -> FixtureSite {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/papers/giai-phap.md"] = "---\ntitle: Giải pháp\nfile: \(file)\n---\nNội dung.\n"
        files["workshops/toi-gian/papers/\(file)"] = "%PDF-1.4 tệp của tác giả\n"
        return try FixtureSite(files.merging(extra) { _, new in new })
    }

    @Test("A paper's file named like the PDF Hoithao makes of the paper is an error naming both, with or without books")
    func fileTakesThePaperPDF() throws {
        for makesBooks in [true, false] {
            let site = try siteWithPaper(offering: "giai-phap.pdf")
            var options = site.options()
            options.makesBooks = makesBooks
            let report = try SiteBuilder(options: options).run()
            #expect(
                report.diagnostics.map(\.description) == [
                    site.contentPath + "/workshops/toi-gian/papers/giai-phap.pdf: error: " + site.contentPath
                        + "/workshops/toi-gian/papers/giai-phap.pdf would be published as "
                        + "toi-gian/proceedings/giai-phap/giai-phap.pdf, which is already the PDF Hoithao makes of "
                        + site.contentPath + "/workshops/toi-gian/papers/giai-phap.md; rename one of them"
                ])
            #expect(!FileManager.default.fileExists(atPath: site.outputPath))
        }
    }

    @Test("A paper whose file is its own Markdown (private fields and all) stops the build, and Output/ is kept")
    func fileIsThePaperItself() throws {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/papers/giai-phap.md"] =
            "---\ntitle: Giải pháp\nauthors:\n  - name: A\n    email: rieng-tu@example.vn\n---\nNội dung.\n"
        let site = try FixtureSite(files)
        try #require(try site.build().succeeded)
        let before = try site.snapshot()
        try site.write(
            "workshops/toi-gian/papers/giai-phap.md",
            "---\ntitle: Giải pháp\nfile: giai-phap.md\nauthors:\n  - name: A\n    email: rieng-tu@example.vn\n---\n"
                + "Nội dung.\n")
        let report = try site.build()
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.hasPrefix(
                    site.contentPath + "/workshops/toi-gian/papers/giai-phap.md:3:7: error: `file` \"giai-phap.md\" is "
                        + "not a document that can be published beside a paper")
            })
        #expect(try site.snapshot() == before)
        #expect(!before.keys.contains { $0.hasSuffix(".md") })
    }

    @Test("A document named like a page Hoithao makes is an error, and the previous Output/ is kept")
    func documentTakesAPage() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        try #require(try site.build().succeeded)
        let before = try site.snapshot()
        try site.write("workshops/toi-gian/documents/index.html", "<p>trang giả</p>\n")
        let report = try site.build()
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.hasSuffix(
                    "documents/index.html would be published as toi-gian/documents/index.html, which is already the "
                        + "page Hoithao makes there; rename one of them")
            })
        #expect(try site.snapshot() == before)
    }

    @Test("Two static files whose names differ only in case are one address")
    func caseOnly() throws {
        var files = Fixtures.minimalSite
        files["static/tai-lieu/Ban-do.txt"] = "một\n"
        files["static/tai-lieu/ban-do.txt"] = "hai\n"
        let site = try FixtureSite(files)
        let messages = try site.build().diagnostics.map(\.description)
        #expect(
            messages.contains {
                $0.contains("/static/tai-lieu/ban-do.txt would be published as tai-lieu/ban-do.txt, which is already")
            })
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A draft paper's file is published nowhere: not beside it, not in the authors' zip")
    func draftFile() throws {
        let site = try siteWithPaper(
            offering: "giai-phap-tom-tat.pdf",
            [
                "workshops/toi-gian/papers/ban-nhap.md":
                    "---\ntitle: Bản nháp\ndraft: true\nfile: ban-nhap.pdf\n---\nNội dung nháp.\n",
                "workshops/toi-gian/papers/ban-nhap.pdf": "%PDF-1.4 BAN-NHAP-BI-MAT\n",
            ])
        try #require(try site.build().succeeded)
        let outputs = site.outputFiles()
        #expect(outputs.contains("toi-gian/proceedings/giai-phap/giai-phap-tom-tat.pdf"))
        #expect(!outputs.contains { $0.contains("ban-nhap") })
        for path in outputs {
            // The author's own "PDF" is text that pdftotext refuses: it is published as it is, so read its bytes.
            let full = site.outputPath + "/" + path
            let text =
                try path.hasSuffix("-tom-tat.pdf")
                ? String(contentsOfFile: full, encoding: .utf8) : ReadableText.of(full)
            #expect(!text.contains("BAN-NHAP-BI-MAT"), "\(path)")
        }
        let zip = try ReadableText.of(site.outputPath + "/toi-gian/proceedings/toi-gian-tep-tac-gia.zip")
        #expect(zip.contains("tệp của tác giả"))
    }
}
