import BuildTestSupport
import Foundation
import HoithaoBuild
import HoithaoModel
import TestSupport
import Testing

/// Each output file's SHA-256 and modification time, to see which files a build touched. (`Data.hashValue` would
/// not do: it hashes only the length and the first bytes.)
func stamps(_ site: FixtureSite) throws -> [String: String] {
    var result: [String: String] = [:]
    for path in site.outputFiles() {
        let attributes = try FileManager.default.attributesOfItem(atPath: site.outputPath + "/" + path)
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        result[path] = "\(SHA256.hex(try site.outputData(path)))@\(modified)"
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
        #expect(report.pagesWritten == 14)
        #expect(try stamps(site) == before)
    }

    @Test("A new way of setting papers (the Markdown engine's version) makes every page and book again")
    func markdownEngineChanged() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let before = try stamps(site)
        var options = site.options()
        options.markdownEngine += "+next"
        let report = try SiteBuilder(options: options).run()
        #expect(report.pagesRendered == report.pagesWritten)
        let after = try stamps(site)
        let unchanged = before.keys.filter { after[$0] == before[$0] && $0.hasSuffix(".pdf") }
        #expect(unchanged.isEmpty, "PDFs kept from the old engine: \(unchanged.sorted())")
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
        // The search index, which holds the paper's words, changes too.
        let changed = after.keys.filter { after[$0] != before[$0] && !$0.hasPrefix("search/") }.sorted()
        #expect(
            changed == [
                "hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.epub", "hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.pdf",
                "hoi-thao-mau/proceedings/index.html", "hoi-thao-mau/proceedings/thuc-trang/index.html",
                "hoi-thao-mau/proceedings/thuc-trang/thuc-trang.pdf",
            ])
        #expect(try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html").contains("Nội dung mới."))
    }

    @Test("Files a change does not touch keep their bytes and modification time through many rebuilds")
    func stampsSurviveRebuilds() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let first = try stamps(site)
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        for round in 1...4 {
            try site.write(paper, text.replacingOccurrences(of: "Nội dung.", with: "Nội dung \(round)."))
            try #require(try site.build().succeeded)
        }
        let last = try stamps(site)
        let kept = first.keys.filter {
            !$0.contains("thuc-trang") && !$0.contains("ky-yeu") && !$0.hasSuffix("proceedings/index.html")
                && !$0.hasPrefix("search/")
        }
        #expect(kept.count > 20)
        #expect(kept.allSatisfy { first[$0] == last[$0] })
    }

    @Test("A paper's title shows on the home page's card digest and the workshop's pages, so changing it renders them")
    func frontMatterChanged() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        try site.write(
            paper, text.replacingOccurrences(of: "title: Thực trạng sản xuất vải thiều", with: "title: Thực trạng mới"))
        let report = try site.build()
        #expect(report.pagesRendered == 12)
        #expect(try site.output("hoi-thao-mau/agenda/index.html").contains("Thực trạng mới"))
    }

    @Test("The incremental result is byte-identical to a clean build")
    func sameAsClean() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới\n")
        try site.write("workshops/hoi-thao-mau/index.md", "Giới thiệu khác.\n")
        try #require(try site.build().succeeded)
        #expect(try site.matchesCleanBuild())
    }

    @Test("A corrupt cache costs time, never correctness")
    func corruptCache() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try Data("hoithao-cache 0.1.0\ngarbage without a tab\n".utf8).write(
            to: URL(fileURLWithPath: site.root + "/.hoithao-cache/Output.pages/workshop-hoi-thao-mau"))
        try site.write(paper, "---\ntitle: Khác\n---\nThân bài mới.\n")
        let report = try site.build()
        #expect(report.pagesRendered == 14)
        #expect(try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html").contains("Thân bài mới."))
    }

    @Test("A cache shard written over a longer one and cut short (a killed build) is not read")
    func mixedShard() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let shard = site.root + "/.hoithao-cache/Output.pages/workshop-hoi-thao-mau"
        let text = try String(contentsOfFile: shard, encoding: .utf8)
        try Data((text + "0000000000000000\thoi-thao-mau/venue/index.html\nend 99\n").utf8)
            .write(to: URL(fileURLWithPath: shard))
        try site.write(paper, "---\ntitle: Khác\n---\nThân bài mới.\n")
        #expect(try site.build().pagesRendered == 14)
    }

    @Test("A page cache left without its completion mark (a build killed after the swap) is not trusted")
    func incompleteCache() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        unlink(site.root + "/.hoithao-cache/Output.pages/.complete")
        try site.write(paper, "---\ntitle: Khác\n---\nThân bài mới.\n")
        #expect(try site.build().pagesRendered == 14)
    }

    @Test("`Content/` with a trailing slash is the same folder: a site.yaml change shows on every page")
    func trailingSlash() throws {
        let site = try FixtureSite(fixture: "portal")
        var options = site.options()
        options.contentPath += "/"
        try #require(try SiteBuilder(options: options).run().succeeded)
        let text = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", text.replacingOccurrences(of: "name: ", with: "name: Cổng mới "))
        try #require(try SiteBuilder(options: options).run().succeeded)
        #expect(try site.output("hoi-thao-mau/agenda/index.html").contains("Cổng mới"))
    }

    @Test("An author's own file swapped for one of the same size shows its new SHA-256")
    func sameSizeAuthorFile() throws {
        let site = try FixtureSite(fixture: "portal")
        let file = "workshops/hoi-thao-mau/papers/thuc-trang.txt"
        let original = try Data(contentsOf: URL(fileURLWithPath: site.contentPath + "/" + file))
        try #require(try site.build().succeeded)
        var changed = original
        changed[0] = changed[0] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try site.write(file, changed)
        try #require(try site.build().succeeded)
        let page = try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html")
        #expect(page.contains(SHA256.hex(changed)))
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
        #expect(report.pagesRendered == 14)
        #expect(try site.output("index.html").contains("Trang đầu"))
    }
}

@Suite("Incremental builds: repairs")
struct IncrementalRepairTests {
    @Test("A clean build sweeps a file added to Output/ by hand, which the spare then holds")
    func cleanBuildSweeps() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try #require(try site.build().succeeded)
        try Data("tay\n".utf8).write(to: URL(fileURLWithPath: site.outputPath + "/them-tay.html"))
        let text = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", text + "\n")
        try #require(try site.build().succeeded)
        var options = site.options()
        options.clean = true
        try #require(try SiteBuilder(options: options).run().succeeded)
        #expect(!site.outputFiles().contains("them-tay.html"))
    }

    @Test("A file deleted from Output/ by hand comes back on the next build")
    func deletedOutputFile() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try FileManager.default.removeItem(atPath: site.outputPath + "/hoi-thao-mau/venue/index.html")
        try #require(try site.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.outputPath + "/hoi-thao-mau/venue/index.html"))
    }
}

@Suite("The spare build: the build before last, written over by the next one")
struct SpareBuildTests {
    let paper = "workshops/hoi-thao-mau/papers/thuc-trang.md"

    /// Each output file's inode.
    private func inodes(_ site: FixtureSite) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for path in site.outputFiles() {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.outputPath + "/" + path)
            result[path] = attributes[.systemFileNumber] as? Int
        }
        return result
    }

    private func cleanBuild(_ site: FixtureSite) throws {
        var options = site.options()
        options.clean = true
        try #require(try SiteBuilder(options: options).run().succeeded)
    }

    @Test("A full build writes over the files of the build before last instead of creating new ones")
    func recyclesFiles() throws {
        let site = try FixtureSite(fixture: "portal")
        try cleanBuild(site)
        let first = try inodes(site)
        try cleanBuild(site)
        #expect(FileManager.default.fileExists(atPath: site.root + "/.hoithao-cache/Output.spare/index.html"))
        try cleanBuild(site)
        #expect(try inodes(site) == first)
    }

    @Test("What the build before last had and this one does not make is swept; the result equals a fresh build")
    func sweepsStaleFiles() throws {
        let site = try FixtureSite(fixture: "portal")
        let added = "workshops/hoi-thao-mau/papers/tham-luan-moi.md"
        let body = "---\ntitle: Khác\n---\n## Mới\n"
        try #require(try site.build().succeeded)
        try site.write(added, "---\ntitle: Tham luận mới\n---\nNội dung.\n")
        try #require(try site.build().succeeded)
        try FileManager.default.removeItem(atPath: site.contentPath + "/" + added)
        try FileManager.default.removeItem(atPath: site.contentPath + "/pages/gioi-thieu.md")
        try #require(try site.build().succeeded)
        // The spare now holds the build with the added paper in it.
        try site.write(paper, body)
        try #require(try site.build().succeeded)
        #expect(!site.outputFiles().contains { $0.contains("tham-luan-moi") || $0.contains("gioi-thieu") })
        let recycled = try site.snapshot()

        let fresh = try FixtureSite(fixture: "portal")
        try FileManager.default.removeItem(atPath: fresh.contentPath + "/pages/gioi-thieu.md")
        try fresh.write(paper, body)
        try #require(try fresh.build().succeeded)
        #expect(try fresh.snapshot() == recycled)
    }

    @Test("Writing over the spare never writes into a file with another name, a folder or a link: they are replaced")
    func sharedEntriesAreReplaced() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới\n")
        try #require(try site.build().succeeded)
        let spare = site.root + "/.hoithao-cache/Output.spare/hoi-thao-mau/"
        let witness = site.root + "/witness.html"
        try FileManager.default.linkItem(atPath: spare + "proceedings/thuc-trang/index.html", toPath: witness)
        let before = try Data(contentsOf: URL(fileURLWithPath: witness))
        try FileManager.default.removeItem(atPath: spare + "agenda/index.html")
        try FileManager.default.createDirectory(
            atPath: spare + "agenda/index.html/inside", withIntermediateDirectories: true)
        try FileManager.default.removeItem(atPath: spare + "venue/index.html")
        try FileManager.default.createSymbolicLink(atPath: spare + "venue/index.html", withDestinationPath: witness)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới hơn\n")
        try #require(try site.build().succeeded)
        #expect(try Data(contentsOf: URL(fileURLWithPath: witness)) == before)
        #expect(try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html").contains("Mới hơn"))
        #expect(try site.matchesCleanBuild())
    }

    @Test("A failed build over a spare whose files are hard links to Output/'s leaves Output/ byte-identical")
    func failureOverSharedSpare() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        try site.write(paper, "---\ntitle: Khác\n---\n## Mới\n")
        try #require(try site.build().succeeded)
        // Earlier versions linked unchanged files into the staging folder; make the spare look like that.
        let spare = site.root + "/.hoithao-cache/Output.spare"
        for path in site.outputFiles() {
            try? FileManager.default.removeItem(atPath: spare + "/" + path)
            try FileManager.default.createDirectory(
                atPath: ((spare + "/" + path) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.linkItem(atPath: site.outputPath + "/" + path, toPath: spare + "/" + path)
        }
        let before = try site.snapshot()
        let other = "workshops/hoi-thao-mau/papers/giai-phap.md"
        let otherText = try String(contentsOfFile: site.contentPath + "/" + other, encoding: .utf8)
        try site.write(other, otherText + "\nĐoạn mới hơn.\n")
        let written = Counter()
        var builder = SiteBuilder(options: site.options())
        // The downloads (the paper's PDF among them) are written before any page, so failing at the first page
        // comes after a shared file was written. Data.write writes through a hard link: the sink must unlink first.
        builder.writeFile = { path, data in
            if path.hasSuffix(".html") { throw CocoaError(.fileWriteOutOfSpace) }
            _ = written.increment()
            try data.write(to: URL(fileURLWithPath: path))
        }
        #expect(try !builder.run().succeeded)
        #expect(written.value > 0)
        #expect(try site.snapshot() == before)
        try #require(try site.build().succeeded)
        #expect(try site.output("hoi-thao-mau/proceedings/giai-phap/index.html").contains("Đoạn mới hơn."))
    }
}
