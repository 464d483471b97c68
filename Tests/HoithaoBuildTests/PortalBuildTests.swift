import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("Building the fixture portal end to end")
struct PortalBuildTests {
    @Test("Every page type is written where the URL scheme says")
    func pagesAndPaths() throws {
        let site = try FixtureSite(fixture: "portal")
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(
            site.outputFiles().filter { !$0.hasPrefix("search/") || $0 == "search/index.html" } == [
                ".hoithao-output", "404.html", "assets/my-agenda.js", "assets/search.js", "assets/style.css",
                "favicon.svg", "feed.xml", "gioi-thieu/index.html",
                "hoi-thao-mau/agenda/index.html", "hoi-thao-mau/agenda/ngay-1-0730.ics",
                "hoi-thao-mau/agenda/ngay-1-0800.ics", "hoi-thao-mau/agenda/ngay-1.ics",
                "hoi-thao-mau/agenda/ngay-2-0800-2.ics", "hoi-thao-mau/agenda/ngay-2-0800.ics",
                "hoi-thao-mau/agenda/ngay-2.ics", "hoi-thao-mau/calendar.ics",
                "hoi-thao-mau/documents/giay moi.txt",
                "hoi-thao-mau/documents/index.html", "hoi-thao-mau/index.html", "hoi-thao-mau/organization/index.html",
                "hoi-thao-mau/participants/index.html", "hoi-thao-mau/proceedings/giai-phap/giai-phap.bib",
                "hoi-thao-mau/proceedings/giai-phap/giai-phap.pdf", "hoi-thao-mau/proceedings/giai-phap/giai-phap.ris",
                "hoi-thao-mau/proceedings/giai-phap/index.html", "hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.epub",
                "hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.pdf",
                "hoi-thao-mau/proceedings/hoi-thao-mau-tep-tac-gia.zip",
                "hoi-thao-mau/proceedings/hoi-thao-mau.bib", "hoi-thao-mau/proceedings/hoi-thao-mau.ris",
                "hoi-thao-mau/proceedings/index.html", "hoi-thao-mau/proceedings/thuc-trang/index.html",
                "hoi-thao-mau/proceedings/thuc-trang/thuc-trang.bib",
                "hoi-thao-mau/proceedings/thuc-trang/thuc-trang.pdf",
                "hoi-thao-mau/proceedings/thuc-trang/thuc-trang.ris",
                "hoi-thao-mau/proceedings/thuc-trang/thuc-trang.txt",
                "hoi-thao-mau/schedule.json", "hoi-thao-mau/speakers/index.html",
                "hoi-thao-mau/venue/index.html", "index.html",
                "robots.txt", "search/index.html", "sitemap.xml",
            ])
        #expect(report.pagesWritten == 14)
    }

    @Test("Every generated page matches its golden file byte for byte (HOITHAO_RECORD=1 re-records)")
    func goldenPages() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let texts = site.outputFiles().filter {
            ["html", "xml", "txt", "ics", "json", "bib", "ris"].contains($0.split(separator: ".").last ?? "")
        }
        // Every text file of the site has a golden file, and every golden file is still made.
        #expect(texts.count == 33)
        let stored = FileManager.default.enumerator(atPath: Golden.folder() + "/portal")?.allObjects as? [String]
        #expect(Set(stored ?? []).filter { $0.contains(".") } == Set(texts))
        for path in texts {
            let actual = try site.outputData(path)
            let expected = try Golden.expected("portal/" + path, in: Golden.folder(), actual: actual)
            #expect(expected == actual, "\(path) differs from Golden/portal/\(path); re-record with HOITHAO_RECORD=1")
        }
    }

    @Test("Links between pages are relative, so the site works from file:// and any sub-path")
    func relativeLinks() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let paper = try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html")
        #expect(paper.contains("href=\"../../../assets/style.css\""))
        #expect(paper.contains("href=\"../../../hoi-thao-mau/agenda/index.html\""))
        #expect(paper.contains("href=\"../../../hoi-thao-mau/proceedings/thuc-trang/thuc-trang.txt\""))
        #expect(
            paper.contains(
                "<link rel=\"canonical\" href=\"https://hoithao.example.vn/thu/hoi-thao-mau/proceedings/thuc-trang/\">")
        )
        let documents = try site.output("hoi-thao-mau/documents/index.html")
        #expect(documents.contains("href=\"../../hoi-thao-mau/documents/giay%20moi.txt\""))
    }

    @Test("Every breadcrumb links each step but the last, which alone is the current page")
    func breadcrumbs() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        for path in site.outputFiles() where path.hasSuffix("index.html") {
            let page = try site.output(path)
            guard let start = page.range(of: "<nav class=\"breadcrumb"),
                let end = page.range(of: "</nav>", range: start.upperBound..<page.endIndex)
            else { continue }
            let steps = page[start.upperBound..<end.lowerBound].components(separatedBy: "<li>").dropFirst()
            #expect(
                steps.dropLast().allSatisfy { $0.hasPrefix("<a href=") },
                "\(path): a step before the last is not a link")
            #expect(
                steps.last?.contains("aria-current=\"page\"") == true, "\(path): the last step is not the current page")
        }
    }

    @Test("Text from content is escaped; Markdown is rendered")
    func escaping() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let overview = try site.output("hoi-thao-mau/index.html")
        #expect(overview.contains("Hội thảo “Vải thiều &amp; thị trường” &lt;thử&gt;"))
        #expect(!overview.contains("<thử>"))
        #expect(overview.contains("<strong>thử nghiệm</strong>"))
        #expect(try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html").contains("Tóm tắt &lt;ngắn&gt;."))
    }

    @Test(
        "Private author contacts reach no output file in any spelling: pages, PDF text, metadata and links, EPUB, zip")
    func privateContacts() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        // What each file read through a tool must show, so that a tool that read nothing is never taken for a
        // file that shows nothing private. Nguyễn Văn A is the author whose contacts are private.
        let shown = [
            "hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.pdf": "Nguyễn Văn A",
            "hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.epub": "Nguyễn Văn A",
            "hoi-thao-mau/proceedings/thuc-trang/thuc-trang.pdf": "Nguyễn Văn A",
            "hoi-thao-mau/proceedings/giai-phap/giai-phap.pdf": "Lê Văn C",
            "hoi-thao-mau/proceedings/hoi-thao-mau-tep-tac-gia.zip": "Bản gốc.",
        ]
        let files = site.outputFiles()
        #expect(files.count == 93)
        #expect(Set(shown.keys).isSubset(of: files))
        for path in files {
            let full = site.outputPath + "/" + path
            let text = path.hasSuffix(".pdf") ? try ReadableText.everything(inPDF: full) : try ReadableText.of(full)
            #expect(!text.isEmpty, "\(path) is empty")
            if let name = shown[path] { #expect(text.contains(name), "\(path) does not show \(name)") }
            for value in ["rieng-tu@example.org", "0900 111 222"] {
                let shows = ReadableText.shows(value, in: text)
                #expect(!shows, "\(path) shows \(value)")
            }
        }
        let paper = try site.output("hoi-thao-mau/proceedings/thuc-trang/index.html")
        #expect(paper.contains("cong-khai@example.org"))
        // The search itself finds a value however it is spelled.
        #expect(
            ReadableText.shows("0900 111 222", in: "Tel. 0900-111.222") && ReadableText.shows("a@b.vn", in: "A@B.VN"))
        #expect(ReadableText.shows("Đặng", in: "ĐẶNG".decomposedStringWithCanonicalMapping))
    }

    @Test("The EPUB it makes, whose titles hold `&`, `<` and quotes, passes epubcheck with no error and no warning")
    func epubcheck() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let epub = site.outputPath + "/hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.epub"
        let report = try ExternalTool.text(["java", "-jar", ExternalTool.epubcheck, epub], includeErrors: true)
        #expect(report.contains("No errors or warnings detected"), "\(report)")
    }

    @Test("NFD input comes out NFC")
    func nfdInput() throws {
        let title = "Hội thảo Đắk Lắk"
        let plan = Fixtures.minimalPlan.replacingOccurrences(of: "Hội thảo tối giản", with: title)
        let site = try FixtureSite([
            "site.yaml": Fixtures.site, "workshops/toi-gian/plan.yaml": plan.decomposedStringWithCanonicalMapping,
        ])
        try #require(try site.build().succeeded)
        let html = try site.output("toi-gian/index.html")
        // String comparison is up to canonical equivalence, so compare bytes.
        #expect(Data(html.utf8).range(of: Data(title.decomposedStringWithCanonicalMapping.utf8)) == nil)
        #expect(Data(html.utf8).range(of: Data(title.precomposedStringWithCanonicalMapping.utf8)) != nil)
    }

    @Test("A workshop with only a title, a date and a venue builds, and shows its start time, not a programme")
    func minimalWorkshop() throws {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/plan.yaml"] = Fixtures.minimalPlan + "start_time: \"7:30\"\n"
        let site = try FixtureSite(files)
        try #require(try site.build().diagnostics.isEmpty)
        let agenda = try site.output("toi-gian/agenda/index.html")
        #expect(agenda.contains("7 giờ 30"))
        #expect(!agenda.contains("agenda-item"))
        #expect(!FileManager.default.fileExists(atPath: site.outputPath + "/toi-gian/proceedings/index.html"))
    }

    @Test("Draft workshops, papers and pages stay out unless asked for")
    func drafts() throws {
        var files = Fixtures.minimalSite
        files["workshops/nhap/plan.yaml"] = Fixtures.minimalPlan + "draft: true\n"
        files["workshops/toi-gian/papers/bai-nhap.md"] = "---\ntitle: Bài nháp\ndraft: true\n---\nNHAP-BAI\n"
        files["pages/trang-nhap.md"] = "---\ntitle: Trang nháp\ndraft: true\n---\nNHAP-TRANG\n"
        let site = try FixtureSite(files)
        try #require(try site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.outputPath + "/nhap"))
        let outputs = site.outputFiles()
        // The minimal workshop's pages and calendar, and the site's own: so the loop below reads something.
        #expect(outputs.count >= 9, "\(outputs)")
        for path in outputs {
            let text = try ReadableText.of(site.outputPath + "/" + path)
            #expect(!text.contains("NHAP-") && !text.contains("nháp"), "\(path) shows a draft")
        }
        var options = site.options()
        options.includeDrafts = true
        try #require(try SiteBuilder(options: options).run().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.outputPath + "/nhap/index.html"))
    }

    @Test("Two things that want the same address are an error")
    func collisions() throws {
        var files = Fixtures.minimalSite
        files["pages/toi-gian.md"] = "---\ntitle: Trùng\n---\n"
        let site = try FixtureSite(files)
        let report = try site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.message).contains { $0.contains("same address") })
    }
}

@Suite("The build report")
struct BuildReportTests {
    @Test("It times each step in order; an incremental build also saves the paper cache")
    func phases() throws {
        let site = try FixtureSite(fixture: "portal")
        let first = try site.build()
        #expect(
            first.phases.map(\.name) == [
                "stamps", "load", "prepare", "downloads", "files", "pages", "sweep", "swap", "cache",
            ])
        #expect(first.phases.map(\.milliseconds).reduce(0, +) <= first.milliseconds)
        try site.write("workshops/hoi-thao-mau/index.md", "Giới thiệu khác.\n")
        let second = try site.build()
        #expect(second.phases.map(\.name).last == "paper cache")
        for report in [first, second] { #expect(inStepOrder(report.phases), "\(report.phases.map(\.name))") }
    }

    /// Whether the steps ran in the order `BuildStep` lists them, each once.
    private func inStepOrder(_ phases: [BuildPhase]) -> Bool {
        let ran = phases.map(\.step)
        return ran == BuildStep.allCases.filter(ran.contains)
    }
}
