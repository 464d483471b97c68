import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

/// The portal fixture with a second workshop, built with every file's timestamps trusted at once (a real build
/// trusts only files older than two seconds).
private final class TwoWorkshops {
    let site: FixtureSite
    static let first = "hoi-thao-mau"
    static let second = "hoi-thao-thu-hai"

    /// Without `search`, the site has no index, so that only the workshops' own files change.
    init(search: Bool = false) throws {
        site = try FixtureSite(fixture: "portal")
        let workshops = site.contentPath + "/workshops/"
        try FileManager.default.copyItem(atPath: workshops + Self.first, toPath: workshops + Self.second)
        if !search {
            let config = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
            try site.write("site.yaml", config + "search: false\n")
        }
    }

    /// Whether the index's term shards list `term` (a folded word).
    func indexes(_ term: String) throws -> Bool {
        try site.outputFiles().filter { $0.hasPrefix("search/t-") }.contains {
            try site.output($0).contains("\"\(term)\":[")
        }
    }

    func options(settling: Double = 0) -> BuildOptions {
        var options = site.options()
        options.settlingSeconds = settling
        return options
    }

    @discardableResult
    func build(settling: Double = 0) throws -> BuildReport {
        let report = try SiteBuilder(options: options(settling: settling)).run()
        guard report.succeeded else { throw FailedBuild(diagnostics: report.diagnostics.map(\.description)) }
        return report
    }

    /// Appends a paragraph to a paper's body in `workshop`: a change only that paper's page and book show.
    func changeBody(of workshop: String, _ words: String) throws {
        let paper = "workshops/\(workshop)/papers/giai-phap.md"
        let text = try String(contentsOfFile: site.contentPath + "/" + paper, encoding: .utf8)
        try site.write(paper, text + "\n\(words)\n")
    }
}

@Suite("Workshop rebuilds: a build reads only the workshops whose files changed")
struct WorkshopRebuildTests {
    @Test("With no file changed, a build reads nothing and touches no output file")
    func nothingChanged() throws {
        let fixture = try TwoWorkshops()
        try fixture.build()
        let before = try stamps(fixture.site)
        let report = try fixture.build()
        #expect(report.workshopsRead == [])
        #expect(report.pagesWritten == 23)
        #expect(try stamps(fixture.site) == before)
    }

    @Test("A paper's body change reads only its workshop; the spare catches up; the output equals a clean build's")
    func bodyChanges() throws {
        let fixture = try TwoWorkshops()
        try fixture.build()
        try fixture.changeBody(of: TwoWorkshops.first, "Đoạn một.")
        // The first build was clean, so which files differ from the spare is not known: the whole site is read.
        #expect(try fixture.build().workshopsRead == nil)
        let before = try stamps(fixture.site)
        try fixture.changeBody(of: TwoWorkshops.second, "Đoạn hai.")
        let report = try fixture.build()
        #expect(report.workshopsRead == [TwoWorkshops.second])
        #expect(report.pagesRendered == 2)
        #expect(
            report.phases.map(\.name) == [
                "stamps", "load", "prepare", "catch up", "downloads", "files", "pages", "swap", "cache",
            ])
        let after = try stamps(fixture.site)
        let touched = after.keys.filter { after[$0] != before[$0] }
        #expect(!touched.isEmpty && touched.allSatisfy { $0.hasPrefix(TwoWorkshops.second + "/") })
        #expect(
            try fixture.site.output(TwoWorkshops.second + "/proceedings/giai-phap/index.html").contains("Đoạn hai."))
        // The spare is the build before last: it must take the first change before this one is written.
        try fixture.changeBody(of: TwoWorkshops.first, "Đoạn ba.")
        #expect(try fixture.build().workshopsRead == [TwoWorkshops.first])
        #expect(try fixture.site.matchesCleanBuild())
    }

    @Test(
        "With search on, a paper's body change reads only its workshop and writes only the index's files it changes; its new word is found, the old one not"
    )
    func bodyChangesWithSearch() throws {
        let fixture = try TwoWorkshops(search: true)
        try fixture.changeBody(of: TwoWorkshops.second, "Kho Zyxcu.")
        try fixture.build()
        try fixture.changeBody(of: TwoWorkshops.first, "Đoạn một.")
        #expect(try fixture.build().workshopsRead == nil)
        #expect(try fixture.indexes("zyxcu"))
        let before = try stamps(fixture.site)
        let paper = "workshops/\(TwoWorkshops.second)/papers/giai-phap.md"
        let text = try String(contentsOfFile: fixture.site.contentPath + "/" + paper, encoding: .utf8)
        try fixture.site.write(paper, text.replacingOccurrences(of: "Kho Zyxcu.", with: "Kho Qwvmới."))
        let report = try fixture.build()
        #expect(report.workshopsRead == [TwoWorkshops.second])
        #expect(try fixture.indexes("qwvmoi") && !fixture.indexes("zyxcu"))
        let after = try stamps(fixture.site)
        let touched = after.keys.filter { after[$0] != before[$0] }
        #expect(touched.allSatisfy { $0.hasPrefix(TwoWorkshops.second + "/") || $0.hasPrefix("search/") })
        let index = after.keys.filter { $0.hasPrefix("search/") && $0.hasSuffix(".js") }
        #expect(touched.contains { $0.hasPrefix("search/") } && index.contains { after[$0] == before[$0] })
        #expect(try fixture.site.matchesCleanBuild())
    }

    @Test("An edit that keeps the file's size and is made within the same second is still seen")
    func sameSizeEdit() throws {
        let fixture = try TwoWorkshops()
        try fixture.changeBody(of: TwoWorkshops.first, "Đoạn A.")
        try fixture.build()
        try fixture.changeBody(of: TwoWorkshops.first, "Đoạn B.")
        try fixture.build()
        let paper = fixture.site.contentPath + "/workshops/\(TwoWorkshops.first)/papers/giai-phap.md"
        let text = try String(contentsOfFile: paper, encoding: .utf8)
        try fixture.site.write(
            "workshops/\(TwoWorkshops.first)/papers/giai-phap.md",
            text.replacingOccurrences(of: "Đoạn B.", with: "Đoạn C."))
        #expect(try fixture.build().workshopsRead == [TwoWorkshops.first])
        #expect(try fixture.site.output(TwoWorkshops.first + "/proceedings/giai-phap/index.html").contains("Đoạn C."))
    }

    @Test("A change the home page or feeds show (a paper's title) reads the whole site")
    func listedChange() throws {
        let fixture = try TwoWorkshops()
        try fixture.build()
        try fixture.build()
        let paper = "workshops/\(TwoWorkshops.second)/papers/giai-phap.md"
        let text = try String(contentsOfFile: fixture.site.contentPath + "/" + paper, encoding: .utf8)
        try fixture.site.write(paper, text.replacingOccurrences(of: "title: ", with: "title: Mới "))
        #expect(try fixture.build().workshopsRead == nil)
        #expect(try fixture.site.matchesCleanBuild())
    }

    @Test("A new workshop, or a change outside the workshops' folders, reads the whole site")
    func siteChanges() throws {
        let fixture = try TwoWorkshops()
        try fixture.build()
        try fixture.build()
        let workshops = fixture.site.contentPath + "/workshops/"
        try FileManager.default.copyItem(atPath: workshops + TwoWorkshops.first, toPath: workshops + "hoi-thao-ba")
        #expect(try fixture.build().workshopsRead == nil)
        #expect(try fixture.build().workshopsRead == [])
        let text = try String(contentsOfFile: fixture.site.contentPath + "/site.yaml", encoding: .utf8)
        try fixture.site.write("site.yaml", text.replacingOccurrences(of: "Cổng thử nghiệm", with: "Cổng mới"))
        #expect(try fixture.build().workshopsRead == nil)
        #expect(try fixture.site.matchesCleanBuild())
    }

    @Test("A file changed too recently for its timestamps to be trusted is read again by the next build")
    func recentFilesAreReadAgain() throws {
        let fixture = try TwoWorkshops()
        try fixture.build(settling: 3600)
        #expect(try fixture.build().workshopsRead == nil)
        #expect(try fixture.build().workshopsRead == [])
    }

    @Test("A workshop with a warning is read by every build, so the warning is never lost")
    func warningsAreRepeated() throws {
        let fixture = try TwoWorkshops()
        try fixture.site.write("workshops/\(TwoWorkshops.second)/ghi-chu.txt", "Ghi chú.\n")
        try fixture.build()
        let report = try fixture.build()
        #expect(report.workshopsRead == [TwoWorkshops.second])
        #expect(report.diagnostics.contains { $0.location.path.hasSuffix("ghi-chu.txt") })
    }

    @Test("A workshop rebuild that fails leaves Output/ as it was, and the next build reads the whole site")
    func failedRebuild() throws {
        let fixture = try TwoWorkshops()
        try fixture.build()
        try fixture.changeBody(of: TwoWorkshops.first, "Đoạn một.")
        try fixture.build()
        let before = try fixture.site.snapshot()
        try fixture.changeBody(of: TwoWorkshops.second, "Đoạn hai.")
        var builder = SiteBuilder(options: fixture.options())
        builder.writeFile = { path, _ in
            if path.hasSuffix(".html") { throw CocoaError(.fileWriteOutOfSpace) }
        }
        let failed = try builder.run()
        #expect(!failed.succeeded && failed.workshopsRead == [TwoWorkshops.second])
        #expect(try fixture.site.snapshot() == before)
        #expect(try fixture.build().workshopsRead == nil)
        #expect(try fixture.site.matchesCleanBuild())
    }
    @Test("A warning in the site's own files is said again by a build that finds nothing changed")
    func siteWarningsAreRepeated() throws {
        let fixture = try TwoWorkshops()
        try fixture.site.write("pages/ghi-chu.txt", "Ghi chú.\n")
        try fixture.build()
        let report = try fixture.build()
        #expect(report.workshopsRead == nil)
        #expect(report.diagnostics.contains { $0.location.path.hasSuffix("ghi-chu.txt") })
    }

    @Test("A file of the site that becomes a folder of the same name does not stop the next workshop rebuild")
    func fileBecomesFolder() throws {
        let fixture = try TwoWorkshops()
        try fixture.site.write("static/tai-lieu", "Một tệp.\n")
        try fixture.build()
        try fixture.build()
        try FileManager.default.removeItem(atPath: fixture.site.contentPath + "/static/tai-lieu")
        try fixture.site.write("static/tai-lieu/ban-do.txt", "Một thư mục.\n")
        #expect(try fixture.build().workshopsRead == nil)
        try fixture.changeBody(of: TwoWorkshops.first, "Đoạn mới.")
        #expect(try fixture.build().workshopsRead == [TwoWorkshops.first])
        #expect(try fixture.site.matchesCleanBuild())
    }

    @Test("A change to a theme's template reached through a link inside the theme is seen")
    func linkedTemplates() throws {
        let fixture = try TwoWorkshops()
        let theme = fixture.site.root + "/Theme"
        let shared = theme + "/shared"
        try FileManager.default.copyItem(atPath: Repository.defaultTheme, toPath: theme)
        let partials = theme + "/templates/partials"
        let partial = try FileManager.default.contentsOfDirectory(atPath: partials).sorted()[0]
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: partials + "/" + partial, toPath: shared + "/" + partial)
        try FileManager.default.createSymbolicLink(
            atPath: partials + "/" + partial, withDestinationPath: shared + "/" + partial)
        var options = fixture.options()
        options.themePath = theme
        try #require(try SiteBuilder(options: options).run().succeeded)
        try #require(try SiteBuilder(options: options).run().workshopsRead == [])
        let text = try String(contentsOfFile: shared + "/" + partial, encoding: .utf8)
        try Data((text + "<!-- đã sửa -->\n").utf8).write(to: URL(fileURLWithPath: shared + "/" + partial))
        let report = try SiteBuilder(options: options).run()
        #expect(report.workshopsRead == nil)
        #expect(report.pagesRendered > 0)
    }

    @Test("A theme's folder of templates that is a link to a folder elsewhere is refused with its path")
    func linkedTemplateFolder() throws {
        let fixture = try TwoWorkshops()
        let theme = fixture.site.root + "/Theme"
        let shared = fixture.site.root + "/shared-partials"
        try FileManager.default.copyItem(atPath: Repository.defaultTheme, toPath: theme)
        try FileManager.default.moveItem(atPath: theme + "/templates/partials", toPath: shared)
        try FileManager.default.createSymbolicLink(atPath: theme + "/templates/partials", withDestinationPath: shared)
        var options = fixture.options()
        options.themePath = theme
        let report = try SiteBuilder(options: options).run()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description).contains(
                theme + "/templates/partials: error: links to folders are not followed; copy the folder here instead"))
    }
}

/// A change to the content between two builds, named for the test's log.
struct ContentChange: Sendable, CustomTestStringConvertible {
    let testDescription: String
    /// Makes the change in the content folder.
    let apply: @Sendable (String) throws -> Void
    /// An output file that must then have these bytes (nil: must not exist).
    let check: (path: String, bytes: String?)

    static let workshops = "/workshops/"
    static let document = TwoWorkshops.second + "/documents/giay moi.txt"

    static let all: [ContentChange] = [
        ContentChange(
            testDescription: "a workshop deleted",
            apply: { try FileManager.default.removeItem(atPath: $0 + workshops + TwoWorkshops.second) },
            check: (TwoWorkshops.second + "/index.html", nil)),
        ContentChange(
            testDescription: "a file of static/ changed",
            apply: {
                try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".utf8).write(
                    to: URL(fileURLWithPath: $0 + "/static/favicon.svg"))
            },
            check: ("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")),
        ContentChange(
            testDescription: "a file added to static/",
            apply: { try Data("Mới.\n".utf8).write(to: URL(fileURLWithPath: $0 + "/static/moi.txt")) },
            check: ("moi.txt", "Mới.\n")),
        ContentChange(
            testDescription: "a document changed",
            apply: { try Data("Giấy mời mới.\n".utf8).write(to: URL(fileURLWithPath: $0 + workshops + document)) },
            check: (document, "Giấy mời mới.\n")),
        ContentChange(
            testDescription: "a document deleted, and its title from the plan",
            apply: { content in
                try FileManager.default.removeItem(atPath: content + workshops + document)
                let plan = content + workshops + TwoWorkshops.second + "/plan.yaml"
                let text = try String(contentsOfFile: plan, encoding: .utf8)
                try Data(
                    text.replacingOccurrences(of: "documents:\n  - file: giay moi.txt\n    title: Giấy mời\n", with: "")
                        .utf8
                ).write(to: URL(fileURLWithPath: plan))
            },
            check: (document, nil)),
    ]
}

@Suite("Incremental builds after changes outside the papers equal a clean build")
struct ContentChangeTests {
    @Test("The output after the change is byte-identical to a clean build's", arguments: ContentChange.all)
    func sameAsClean(change: ContentChange) throws {
        let fixture = try TwoWorkshops()
        try fixture.build()
        try fixture.build()
        try change.apply(fixture.site.contentPath)
        try fixture.build()
        let path = fixture.site.outputPath + "/" + change.check.path
        #expect(FileManager.default.contents(atPath: path) == change.check.bytes.map { Data($0.utf8) })
        #expect(try fixture.site.matchesCleanBuild())
    }
}
