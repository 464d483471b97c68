import BuildTestSupport
import Foundation
import HoithaoBuild
import HoithaoContent
import HoithaoMarkdown
import TestSupport
import Testing

@Suite("Each paper's Markdown is parsed once per build, for its page, its PDF, the book and the EPUB")
struct ParseOnceTests {
    let paper = "workshops/hoi-thao-mau/papers/thuc-trang.md"

    /// The bodies of the site's papers and introductions, as the loader reads them.
    private func texts(_ site: FixtureSite) throws -> [String] {
        let loaded = try #require(ContentLoader().load(from: site.contentPath).site)
        return loaded.workshops.flatMap { [$0.introduction.markdown] + $0.papers.map(\.body.markdown) }
    }

    /// Builds with a counter of the parses, and returns it.
    private func countedBuild(_ site: FixtureSite) throws -> ParsedMarkdown {
        var builder = SiteBuilder(options: site.options())
        let parsed = ParsedMarkdown(keepsDocuments: true)
        builder.parsedMarkdown = parsed
        #expect(try builder.run().succeeded)
        return parsed
    }

    @Test("A clean build parses each paper and introduction once, and makes every book and PDF")
    func cleanBuild() throws {
        let site = try FixtureSite(fixture: "portal")
        let parsed = try countedBuild(site)
        let texts = try texts(site)
        #expect(texts.count == 3)
        for text in texts { #expect(parsed.parses(of: text) == 1, "\(text.prefix(60))") }
        for file in ["hoi-thao-mau-ky-yeu.pdf", "hoi-thao-mau-ky-yeu.epub", "thuc-trang/thuc-trang.pdf"] {
            #expect(FileManager.default.fileExists(atPath: site.outputPath + "/hoi-thao-mau/proceedings/" + file))
        }
    }

    @Test("After a paper's body changes, the next build parses it once, and no text twice")
    func oneChanged() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        try site.write(paper, text + "\nĐoạn thêm.\n")
        let parsed = try countedBuild(site)
        let texts = try texts(site)
        let changed = try #require(texts.first { $0.contains("Đoạn thêm.") })
        #expect(parsed.parses(of: changed) == 1)
        for text in texts { #expect(parsed.parses(of: text) <= 1, "\(text.prefix(60))") }
    }
}
