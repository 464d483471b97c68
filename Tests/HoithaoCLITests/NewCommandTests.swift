import Foundation
import TestSupport
import Testing

@Suite("hoithao new")
struct NewCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-new-\(UUID().uuidString)").path

    @Test("`new site`, `new workshop` and `new paper` make files that build with no problems")
    func newThenBuild() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try hoithao(["new", "site", "demo"], in: folder).status == 0)
        let site = folder + "/demo"
        #expect(FileManager.default.fileExists(atPath: site + "/Themes/default/templates/base.mustache"))
        #expect(try hoithao(["new", "workshop", "hoi-thao-2", "--title", "Hội thảo thứ hai"], in: site).status == 0)
        #expect(try hoithao(["new", "paper", "hoi-thao-2", "Giải pháp phát triển"], in: site).status == 0)
        #expect(
            FileManager.default.fileExists(
                atPath: site + "/Content/workshops/hoi-thao-2/papers/giai-phap-phat-trien.md"))
        let check = try hoithao(["check", "--links"], in: site)
        #expect(check.status == 0)
        #expect(check.errors == "")
        let build = try hoithao(["build"], in: site)
        #expect(build.status == 0)
        #expect(
            try String(contentsOfFile: site + "/Output/hoi-thao-2/index.html", encoding: .utf8).contains(
                "Hội thảo thứ hai"))
    }

    @Test("`new` never overwrites a file and refuses a name that is not a slug")
    func refusals() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try hoithao(["new", "workshop", "w"], in: folder).status == 0)
        let plan = folder + "/Content/workshops/w/plan.yaml"
        try Data("title: mine\n".utf8).write(to: URL(fileURLWithPath: plan))
        let again = try hoithao(["new", "workshop", "w"], in: folder)
        #expect(again.status == 2)
        #expect(again.errors.contains("already exists; Hoithao never overwrites it"))
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == "title: mine\n")
        let bad = try hoithao(["new", "workshop", "Hội Thảo"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.errors.contains("use `hoi-thao`"))
        #expect(try hoithao(["new", "paper", "khong-co", "Bài"], in: folder).status == 2)
    }
}
