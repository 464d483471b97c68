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
        let build = try hoithao(["build", "--theme", Repository.defaultTheme], in: site.root)
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

    @Test("--into that is not a slug is a usage error")
    func badInto() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["import", Self.seed, "--into", "Content/workshops/Vải thiều"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("vai-thieu"))
    }
}
