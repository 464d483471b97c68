import Foundation
import HoithaoBuild
import HoithaoContent
import TestSupport
import Testing

/// The paths a build read, through the real file system.
private final class Reads: @unchecked Sendable {
    private var paths: [String] = []
    private let lock = NSLock()

    func record(_ path: String) {
        lock.withLock { paths.append(path) }
    }

    var papers: [String] {
        lock.withLock {
            paths.filter { $0.contains("/papers/") && $0.hasSuffix(".md") }.map { ($0 as NSString).lastPathComponent }
                .sorted()
        }
    }

    /// Disk access that records every file read.
    var files: FileAccess {
        FileAccess(
            read: { path in
                self.record(path)
                return try FileAccess.disk.read(path)
            },
            list: FileAccess.disk.list)
    }
}

@Suite("Papers kept from the last build")
struct PaperCacheTests {
    let paper = "workshops/hoi-thao-mau/papers/thuc-trang.md"

    /// Builds the site into `Output/` through `files`.
    private func build(_ site: FixtureSite, files: FileAccess = .disk) throws -> BuildReport {
        try SiteBuilder(options: site.options(), files: files).run()
    }

    @Test("An unchanged paper is not read again; a changed one is, and the output equals a clean build's")
    func unchangedPapersAreKept() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try build(site).succeeded)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới\n")
        try #require(try build(site).succeeded)
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        try site.write(paper, text + "\nĐoạn thêm.\n")
        let reads = Reads()
        try #require(try build(site, files: reads.files).succeeded)
        #expect(reads.papers == ["thuc-trang.md"])
        #expect(try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html").contains("Đoạn thêm."))
        let incremental = try site.snapshot()
        #expect(try site.snapshotOfCleanBuild() == incremental)
    }

    @Test("A paper with a warning is read in every build, so the warning is never lost")
    func warningsStay() throws {
        let site = try FixtureSite(fixture: "portal")
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        try site.write(paper, text.replacingOccurrences(of: "---\n", with: "---\ntitel: x\n", options: .anchored))
        for _ in 1...3 {
            let report = try build(site)
            #expect(report.succeeded)
            #expect(report.diagnostics.contains { $0.message.contains("unknown key `titel`") })
        }
    }

    @Test("A cache from another site.yaml, or a corrupt one, is not used")
    func otherSettings() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try build(site).succeeded)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới\n")
        try #require(try build(site).succeeded)
        let folder = site.root + "/.hoithao-cache/Output.papers"
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: folder + "/hoi-thao-mau"))
        let reads = Reads()
        try #require(try build(site, files: reads.files).succeeded)
        #expect(reads.papers == ["giai-phap.md", "thuc-trang.md"])
        let siteText = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", siteText + "\n")
        let again = Reads()
        try #require(try build(site, files: again.files).succeeded)
        #expect(again.papers == ["giai-phap.md", "thuc-trang.md"])
    }
}
