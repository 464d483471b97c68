import BuildTestSupport
import Foundation
import HoithaoBuild
import HoithaoContent
import TestSupport
import Testing

@Suite("Papers kept from the last build")
struct PaperCacheTests {
    let paper = "workshops/hoi-thao-mau/papers/thuc-trang.md"
    let proceedings = "hoi-thao-mau/proceedings/index.html"

    /// Builds once clean and once incrementally, so that the papers are cached.
    private func cachedSite() throws -> FixtureSite {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới\n")
        try #require(try site.build().succeeded)
        return site
    }

    /// Renames the unchanged paper inside the saved cache: output that shows the new name was made from the cache.
    private func tamper(_ site: FixtureSite) throws {
        let path = site.root + "/.hoithao-cache/Output.papers/hoi-thao-mau"
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let range = try #require(data.range(of: Data("Giải pháp".utf8)))
        data.replaceSubrange(range, with: Data("Xiải pháp".utf8))
        try data.write(to: URL(fileURLWithPath: path))
    }

    @Test("An unchanged paper comes from the cache; a changed one is read again")
    func unchangedPapersAreKept() throws {
        let site = try cachedSite()
        try tamper(site)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới\n\nĐoạn thêm.\n")
        try site.write("workshops/hoi-thao-mau/index.md", "Giới thiệu khác.\n")
        try #require(try site.build().succeeded)
        #expect(try site.output(proceedings).contains("Xiải pháp"))
        #expect(try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html").contains("Đoạn thêm."))
    }

    @Test("A paper with a warning is read in every build, so the warning is never lost")
    func warningsStay() throws {
        let site = try FixtureSite(fixture: "portal")
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        try site.write(paper, text.replacingOccurrences(of: "---\n", with: "---\ntitel: x\n", options: .anchored))
        for _ in 1...3 {
            let report = try site.build()
            #expect(report.succeeded)
            #expect(report.diagnostics.contains { $0.message.contains("unknown key `titel`") })
        }
    }

    @Test("A cache made with another site.yaml, or a corrupt one, is not used")
    func otherSettings() throws {
        let site = try cachedSite()
        try tamper(site)
        let siteText = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", siteText + "\n")
        try #require(try site.build().succeeded)
        #expect(try !site.output(proceedings).contains("Xiải pháp"))
        try Data("garbage".utf8).write(
            to: URL(fileURLWithPath: site.root + "/.hoithao-cache/Output.papers/hoi-thao-mau"))
        try site.write("workshops/hoi-thao-mau/index.md", "Giới thiệu khác.\n")
        try #require(try site.build().succeeded)
        #expect(try site.output(proceedings).contains("Giải pháp"))
        #expect(try site.matchesCleanBuild())
    }
}
