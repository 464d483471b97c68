import Foundation
import TestSupport
import Testing

@Suite("hoithao import")
struct ImportCommandTests {
    static let seed = Repository.root + "/Tests/Fixtures/import/ke-hoach-vai-thieu-2020.md"

    @Test("Importing the seed writes a workshop that builds with zero diagnostics")
    func importThenBuild() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["import", Self.seed, "--into", "Content/workshops/vai-thieu-2020"], in: site.root)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Found 22 fields"))
        #expect(run.output.contains("Not found (2): end_time, agenda"))
        let build = try hoithao(
            ["build", "--theme", Repository.defaultTheme, "--base-url", "https://hoithao.example.vn/"], in: site.root)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.errors.isEmpty, "\(build.errors)")
        let overview = try site.output("vai-thieu-2020/index.html")
        for fact in ["Thứ Sáu, 22/5/2020", "7 giờ 30", "Phòng họp Hội trường tầng 5", "70 đại biểu", "Buổi sáng"] {
            #expect(overview.contains(fact), "overview lacks \(fact)")
        }
        let organization = try site.output("vai-thieu-2020/organization/index.html")
        #expect(organization.contains("Nguyễn Thanh Bình"))
        #expect(organization.contains("Trung tâm Ứng dụng KH&amp;CN"))
    }

    @Test("An existing workshop is not replaced without --force (exit 2); with --force it is")
    func force() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let plan = site.contentPath + "/workshops/toi-gian/plan.yaml"
        let refused = try hoithao(["import", Self.seed, "--into", "Content/workshops/toi-gian"], in: site.root)
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--force"))
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == Fixtures.minimalPlan)
        let forced = try hoithao(
            ["import", Self.seed, "--into", "Content/workshops/toi-gian", "--force"], in: site.root)
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("Nguyễn Thanh Bình"))
    }

    @Test("--dry-run prints the plan and the report and writes nothing; the default folder is the title's slug")
    func dryRun() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["import", Self.seed, "--dry-run"], in: site.root)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("== Content/workshops/phat-trien-cum-tuong-ho-trong-san-xuat"))
        #expect(run.output.contains("start_time: \"7:30\""))
        #expect(!FileManager.default.fileExists(atPath: site.contentPath + "/workshops/phat-trien-cum-tuong-ho"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.contentPath + "/workshops")
        #expect(entries == ["toi-gian"])
    }

    @Test("A missing file, or a document with no title or date, exits 1 and writes nothing")
    func contentErrors() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let missing = try hoithao(["import", "no-such-file.txt"], in: site.root)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("cannot read the file"))
        try site.write("notes.txt", "Ghi chú cuộc họp\n- Không có ngày, không có tiêu đề.\n")
        let empty = try hoithao(["import", "Content/notes.txt"], in: site.root)
        #expect(empty.status == 1)
        #expect(empty.errors.contains("title, date, venue could not be found"))
        #expect(empty.output.contains("Could not place"))
    }

    @Test("A Word file that is not a zip and a PDF that is not one exit 1 with `path: error:` and what to do")
    func refusedDocuments() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        try site.write("ke-hoach.docx", "Kế hoạch, lưu nhầm đuôi\n")
        let word = try hoithao(["import", "Content/ke-hoach.docx"], in: site.root)
        #expect(word.status == 1)
        #expect(word.errors.hasPrefix("Content/ke-hoach.docx: error: this is not a readable Word (.docx) file"))
        #expect(word.errors.contains("must be saved as .docx"))
        try site.write("ke-hoach.pdf", "%PDF-1.4\nnot a PDF\n")
        let pdf = try hoithao(["import", "Content/ke-hoach.pdf"], in: site.root)
        #expect(pdf.status == 1)
        #expect(pdf.errors.hasPrefix("Content/ke-hoach.pdf: error: this is not a readable PDF file"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: site.contentPath + "/workshops")
        #expect(entries == ["toi-gian"])
    }

    @Test("Escape sequences in a document never reach the terminal: not in the report, the plan or an error")
    func terminalEscapes() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let seed = try String(contentsOfFile: Self.seed, encoding: .utf8)
        let planted =
            seed.replacingOccurrences(of: "Tổ chức Hội thảo", with: "Tổ chức \u{1B}]0;pwned\u{7}Hội thảo\u{1B}[2J")
            + "\nDòng lạ \u{1B}[31mđỏ\u{9B}1m\u{8}\n"
        try site.write("planted.md", planted)
        try site.write("notes.txt", "Ghi chú \u{1B}[5mnhấp nháy\n")
        let runs = [
            try hoithao(["import", "Content/planted.md", "--dry-run"], in: site.root),
            try hoithao(["import", "Content/notes.txt"], in: site.root),
            try hoithao(["import", "thiếu\u{1B}]0;pwned\u{7}\u{1B}[2J.txt"], in: site.root),
        ]
        #expect(runs[0].output.contains("Dòng lạ") && runs[0].output.contains("title: Phát triển cụm"))
        #expect(runs[1].output.contains("nhấp nháy"))
        #expect(runs[2].errors.contains("thiếu.txt: error: cannot read the file"))
        for text in runs.flatMap({ [$0.output, $0.errors] }) {
            #expect(
                !text.unicodeScalars.contains {
                    $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value >= 0x7F && $0.value < 0xA0
                })
        }
    }

    @Test("--into that is not a slug is a usage error")
    func badInto() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["import", Self.seed, "--into", "Content/workshops/Vải thiều"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("vai-thieu"))
    }
}

@Suite("hoithao export-plan")
struct ExportPlanCommandTests {
    @Test("Prints the imported plan as Markdown, or writes the HTML page; the result imports to the same plan")
    func exportImported() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let imported = try hoithao(
            ["import", ImportCommandTests.seed, "--into", "Content/workshops/vai-thieu"], in: site.root)
        #expect(imported.status == 0, "\(imported.errors)")
        let markdown = try hoithao(["export-plan", "vai-thieu"], in: site.root)
        #expect(markdown.status == 0, "\(markdown.errors)")
        #expect(markdown.output.contains("**III. THÀNH PHẦN:** Dự kiến 70 đại biểu"))
        let html = try hoithao(["export-plan", "vai-thieu", "--html", "--output", "ke-hoach.html"], in: site.root)
        #expect(html.status == 0, "\(html.errors)")
        let page = try String(contentsOfFile: site.root + "/ke-hoach.html", encoding: .utf8)
        #expect(page.contains("<h1>KẾ HOẠCH</h1>"))
        try Data(markdown.output.utf8).write(to: URL(fileURLWithPath: site.root + "/ke-hoach.md"))
        let again = try hoithao(["import", "ke-hoach.md", "--into", "Content/workshops/lan-hai"], in: site.root)
        #expect(again.status == 0, "\(again.errors)")
        // The comments (whole lines, some indented) name the source document and line; every value line stays.
        let values = { (path: String) throws -> [Substring] in
            try String(contentsOfFile: site.contentPath + "/workshops/" + path, encoding: .utf8)
                .split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("#") }
        }
        #expect(try values("vai-thieu/plan.yaml").count > 60)
        #expect(try values("lan-hai/plan.yaml") == values("vai-thieu/plan.yaml"))
    }

    @Test("An unknown workshop is a usage error; a plan with errors is a content error")
    func errors() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let unknown = try hoithao(["export-plan", "khong-co"], in: site.root)
        #expect(unknown.status == 2)
        try site.write("workshops/toi-gian/plan.yaml", "title: Hội thảo\n")
        let broken = try hoithao(["export-plan", "toi-gian"], in: site.root)
        #expect(broken.status == 1)
        #expect(broken.errors.contains("plan.yaml"))
    }
}
