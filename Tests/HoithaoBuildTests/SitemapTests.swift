import BuildTestSupport
import Foundation
import FoundationXML
import HoithaoModel
import HoithaoRoutes
import TestSupport
import Testing

@testable import HoithaoBuild

/// A site of `count` pages, each `PageKind.page`, with a public address.
private func sitemaps(pages count: Int) -> [(path: String, text: String)] {
    let pages = (0..<count).map { index in
        Page(
            slug: "trang-\(index)", title: "Trang \(index)", description: nil,
            body: RenderedMarkdown(html: "", headings: []),
            source: "Content/pages/trang-\(index).md")
    }
    let site = Site(
        config: SiteConfig(name: "Cổng", baseURL: "https://hoithao.example.vn/"), workshops: [], pages: pages,
        staticFiles: [])
    return Feeds(site: site, baseURL: "https://hoithao.example.vn/").files(
        pages: [.notFound] + pages.indices.map(PageKind.page)
    )
    .filter { $0.path.hasPrefix("sitemap") }
}

private func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

@Suite("Sitemaps within the protocol's 50,000 URLs")
struct SitemapTests {
    @Test("50,000 pages fit one sitemap.xml")
    func oneSitemap() {
        let files = sitemaps(pages: 50_000)
        #expect(files.map(\.path) == ["sitemap.xml"])
        #expect(count("<url>", in: files[0].text) == 50_000)
    }

    @Test("100,001 pages: sitemap.xml is an index of three sitemaps, none over 50,000 URLs, every page once")
    func sitemapIndex() throws {
        let files = sitemaps(pages: 100_001)
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        let index = files[0].text
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(index.contains("<sitemap><loc>https://hoithao.example.vn/sitemap-3.xml</loc></sitemap>"))
        #expect(files.dropFirst().map { count("<url>", in: $0.text) } == [50_000, 50_000, 1])
        let all = files.dropFirst().map(\.text).joined()
        #expect(all.contains("<loc>https://hoithao.example.vn/trang-100000/</loc>"))
        #expect(count("<loc>https://hoithao.example.vn/trang-0/</loc>", in: all) == 1)
        for file in files {
            #expect(XMLParser(data: Data(file.text.utf8)).parse(), "\(file.path)")
        }
    }

    @Test("A static file named like a part of the sitemap is refused: the build writes that address")
    func reservedPart() throws {
        var files = Fixtures.minimalSite
        files["static/sitemap-2.xml"] = "<urlset/>\n"
        let site = try FixtureSite(files)
        let messages = try site.build().diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("the name `sitemap-2.xml` is used by Hoithao itself") })
    }
}
