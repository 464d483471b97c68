import Foundation
import HoithaoBuild
import TestSupport
import Testing

/// Each output file's inode and modification time, to see which files a build touched.
func stamps(_ site: FixtureSite) throws -> [String: String] {
    var result: [String: String] = [:]
    for path in site.outputFiles() {
        let attributes = try FileManager.default.attributesOfItem(atPath: site.outputPath + "/" + path)
        let inode = attributes[.systemFileNumber] as? Int ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        result[path] = "\(inode)@\(modified)"
    }
    return result
}

@Suite("Incremental builds")
struct IncrementalBuildTests {
    let paper = "workshops/hoi-thao-mau/papers/thuc-trang.md"

    @Test("A rebuild with nothing changed renders nothing and touches no file")
    func nothingChanged() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let before = try stamps(site)
        let report = try site.build()
        #expect(report.pagesRendered == 0)
        #expect(report.pagesWritten == 12)
        #expect(try stamps(site) == before)
    }

    @Test(
        "After one paper's body changes, only what shows it changes: its page and PDF, the books, the list of downloads"
    )
    func onePaperChanged() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let before = try stamps(site)
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        try site.write(paper, text.replacingOccurrences(of: "Nội dung.", with: "Nội dung mới."))
        let report = try site.build()
        #expect(report.pagesRendered == 2)
        let after = try stamps(site)
        let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(
            changed == [
                "hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.epub", "hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.pdf",
                "hoi-thao-mau/proceedings/index.html", "hoi-thao-mau/proceedings/thuc-trang/index.html",
                "hoi-thao-mau/proceedings/thuc-trang/thuc-trang.pdf",
            ])
        #expect(try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html").contains("Nội dung mới."))
    }

    @Test("A paper's title shows on the home page's card digest and the workshop's pages, so changing it renders them")
    func frontMatterChanged() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        try site.write(
            paper, text.replacingOccurrences(of: "title: Thực trạng sản xuất vải thiều", with: "title: Thực trạng mới"))
        let report = try site.build()
        #expect(report.pagesRendered == 10)
        #expect(try site.output("hoi-thao-mau/agenda/index.html").contains("Thực trạng mới"))
    }

    @Test("The incremental result is byte-identical to a clean build")
    func sameAsClean() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới\n")
        try site.write("workshops/hoi-thao-mau/index.md", "Giới thiệu khác.\n")
        try #require(try site.build().succeeded)
        let incremental = try site.snapshot()
        var options = site.options()
        options.clean = true
        try #require(try SiteBuilder(options: options).run().succeeded)
        #expect(try site.snapshot() == incremental)
    }

    @Test("A corrupt cache costs time, never correctness")
    func corruptCache() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try Data("hoithao-cache 0.1.0\ngarbage without a tab\n".utf8).write(
            to: URL(fileURLWithPath: site.root + "/.hoithao-cache/Output.cache"))
        try site.write(paper, "---\ntitle: Khác\n---\nThân bài mới.\n")
        let report = try site.build()
        #expect(report.pagesRendered == 12)
        #expect(try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html").contains("Thân bài mới."))
    }

    @Test("A theme change renders every page again")
    func themeChanged() throws {
        let site = try FixtureSite(fixture: "portal")
        let theme = site.root + "/Theme"
        try FileManager.default.copyItem(atPath: Repository.defaultTheme, toPath: theme)
        var options = site.options()
        options.themePath = theme
        try #require(try SiteBuilder(options: options).run().succeeded)
        let strings = theme + "/strings/vi.yaml"
        let text = try String(contentsOfFile: strings, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "nav_home: Trang chủ", with: "nav_home: Trang đầu").utf8)
            .write(to: URL(fileURLWithPath: strings))
        let report = try SiteBuilder(options: options).run()
        #expect(report.pagesRendered == 12)
        #expect(try site.output("index.html").contains("Trang đầu"))
    }
}

@Suite("Incremental builds: repairs")
struct IncrementalRepairTests {
    @Test("A file deleted from Output/ by hand comes back on the next build")
    func deletedOutputFile() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try FileManager.default.removeItem(atPath: site.outputPath + "/hoi-thao-mau/venue/index.html")
        try #require(try site.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.outputPath + "/hoi-thao-mau/venue/index.html"))
    }
}
