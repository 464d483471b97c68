import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("The search index and the search box of a built site")
struct SearchBuildTests {
    static func build(_ site: FixtureSite) throws {
        var options = site.options()
        options.makesBooks = false
        let report = try SiteBuilder(options: options).run()
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
    }

    @Test(
        "The manifest names every shard there is, each shard and document chunk is a script call, and every page has the box"
    )
    func filesExist() throws {
        let site = try FixtureSite(fixture: "portal")
        try Self.build(site)
        let files = site.outputFiles().filter { $0.hasPrefix("search/") }
        #expect(files.contains("search/manifest.js") && files.contains("search/index.html"))
        #expect(files.contains("search/d-0.js") && files.contains("search/t-va.js"))
        let manifest = try site.output("search/manifest.js")
        let shards = files.filter { $0.hasPrefix("search/t-") }
        #expect(shards.count > 20)
        for shard in shards {
            #expect(manifest.contains("\"\(shard.dropFirst("search/".count))\""), "\(shard) is not in the manifest")
            #expect(try site.output(shard).hasPrefix("hoithaoSearch.terms("))
        }
        #expect(try site.output("search/t-va.js").contains("\"vai\":["))
        #expect(try site.output("search/d-0.js").contains("Thực trạng sản xuất vải thiều"))
        for page in site.outputFiles().filter({ $0.hasSuffix(".html") && $0 != "404.html" }) {
            let html = try site.output(page)
            #expect(html.contains("<form class=\"site-search\" role=\"search\""), "\(page) has no search box")
            #expect(html.contains("assets/search.js\" defer></script>"), "\(page) does not load the script")
        }
        #expect(try site.output("assets/search.js").contains("hoithaoSearch"))
    }

    @Test("Two clean builds write the same index, byte for byte")
    func deterministic() throws {
        let first = try FixtureSite(fixture: "portal")
        let second = try FixtureSite(fixture: "portal")
        try Self.build(first)
        try Self.build(second)
        let files = first.outputFiles().filter { $0.hasPrefix("search/") }
        #expect(files == second.outputFiles().filter { $0.hasPrefix("search/") })
        for path in files { #expect(try first.outputData(path) == second.outputData(path), "\(path) differs") }
    }

    @Test("An edited paper is found by its new words after the next build")
    func rebuiltAfterAnEdit() throws {
        let site = try FixtureSite(fixture: "portal")
        try site.build()
        try site.write(
            "workshops/hoi-thao-mau/papers/giai-phap.md",
            "---\ntitle: Giải pháp\nauthors: [Lê Văn C]\norder: 2\n---\nMột đoạn về kho lạnh Zyxtrồng.\n")
        try site.build()
        #expect(try site.output("search/t-zy.js").contains("\"zyxtrong\":["))
        #expect(try site.matchesCleanBuild())
    }

    @Test("`search: false` in site.yaml writes no index, no search page and no box")
    func switchedOff() throws {
        let site = try FixtureSite(fixture: "portal")
        let config = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", config + "search: false\n")
        try Self.build(site)
        #expect(!site.outputFiles().contains { $0.hasPrefix("search/") })
        #expect(try !site.output("index.html").contains("site-search"))
    }
}
