import Foundation
import TestSupport
import Testing

@Suite("hoithao new")
struct NewCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-new-\(UUID().uuidString)").path

    /// The warning for a placeholder left at `place` (`path:line:column`) of the files `new` wrote.
    private func placeholder(_ place: String, _ key: String?, _ advice: String) -> String {
        let what = key.map { "`\($0)` is" } ?? "this line is"
        return "\(place): warning: \(what) still the example `hoithao new` wrote; \(advice)"
    }

    /// The warnings for the placeholders of a paper `new paper` wrote at `path`.
    private func paperPlaceholders(_ path: String) -> [String] {
        [
            placeholder(path + ":4:11", "authors[1].name", "write the author's name, family name first"),
            placeholder(path + ":5:18", "authors[1].affiliation", "write the author's institution, or delete the line"),
            placeholder(path + ":8:11", "abstract", "write the paper's abstract"),
            placeholder(path + ":9:12", "keywords[1]", "write the paper's keywords"),
            placeholder(path + ":15:1", nil, "write the paper's text"),
        ]
    }

    @Test("`new site`, `new workshop` and `new paper` make files that build, with a warning for each placeholder")
    func newThenBuild() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try hoithao(["new", "site", "demo"], in: folder).status == 0)
        let site = folder + "/demo"
        #expect(FileManager.default.fileExists(atPath: site + "/Themes/default/templates/base.mustache"))
        #expect(try hoithao(["new", "workshop", "hoi-thao-2"], in: site).status == 0)
        #expect(try hoithao(["new", "paper", "hoi-thao-2", "Giải pháp phát triển"], in: site).status == 0)
        let paper = "Content/workshops/hoi-thao-2/papers/giai-phap-phat-trien.md"
        #expect(FileManager.default.fileExists(atPath: site + "/" + paper))
        let check = try hoithao(["check", "--links"], in: site)
        #expect(check.status == 0)
        let first = "Content/workshops/hoi-thao-dau-tien/"
        let second = "Content/workshops/hoi-thao-2/"
        let plan = { (folder: String, title: String) in
            [
                placeholder(folder + "plan.yaml:8:8", "title", title),
                placeholder(
                    folder + "plan.yaml:24:10", "project.title",
                    "write the title of the project the workshop serves, or delete `project`"),
                placeholder(folder + "plan.yaml:26:8", "theme", "write the theme, or delete the line"),
                placeholder(
                    folder + "plan.yaml:32:5", "topics[1]", "write a topic the workshop will clarify, or delete it"),
                placeholder(
                    folder + "plan.yaml:33:5", "topics[2]", "write a topic the workshop will clarify, or delete it"),
                placeholder(folder + "plan.yaml:35:7", "date", "write the workshop's (first) day"),
                placeholder(folder + "plan.yaml:36:11", "end_date", "write the last day, or delete the line"),
                placeholder(
                    folder + "plan.yaml:43:9", "venue.name", "write the room or hall, e.g. `Hội trường tầng 5`"),
                placeholder(folder + "plan.yaml:45:12", "venue.address", "write the venue's address"),
                placeholder(
                    folder + "plan.yaml:48:15", "venue.directions", "say how to find the room, or delete `directions`"),
            ]
        }
        let introduction = { (folder: String) in
            [
                placeholder(folder + "index.md:1:1", nil, "introduce the workshop in your own words"),
                placeholder(folder + "index.md:5:1", nil, "say why the workshop is held"),
            ]
        }
        let samplePaper = { (folder: String) in
            [
                placeholder(
                    folder + "papers/tham-luan-mau.md:2:8", "title",
                    "this is the sample paper: write a real paper's title, or delete the file")
            ] + paperPlaceholders(folder + "papers/tham-luan-mau.md")
        }
        let title = "write the workshop's full title, as its Kế hoạch gives it"
        let expected =
            [placeholder("Content/pages/gioi-thieu.md:4:1", nil, "say who runs the portal and what it is for")]
            + introduction(second) + paperPlaceholders(paper) + samplePaper(second) + plan(second, title)
            + introduction(first) + samplePaper(first) + plan(first, title)
        #expect(check.errors.split(separator: "\n").map(String.init) == expected)
        let build = try hoithao(["build"], in: site)
        #expect(build.status == 0)
        // `build` also says, once, that the new site has no `base_url` yet.
        #expect(
            build.errors.split(separator: "\n").map(String.init).filter {
                !$0.hasPrefix("Content/site.yaml: warning: `base_url` is not set")
            } == expected)
        #expect(
            try String(contentsOfFile: site + "/Output/hoi-thao-2/index.html", encoding: .utf8).contains(
                "Hội thảo hoi-thao-2"))
    }

    @Test("Once each placeholder is replaced, the site builds with no warning; `--title` is not a placeholder")
    func replacedPlaceholders() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try hoithao(["new", "workshop", "vai-thieu", "--title", "Hội thảo vải thiều"], in: folder).status == 0)
        #expect(try hoithao(["new", "paper", "vai-thieu", "Thị trường vải thiều"], in: folder).status == 0)
        try Data(Fixtures.site.utf8).write(to: URL(fileURLWithPath: folder + "/Content/site.yaml"))
        let workshop = folder + "/Content/workshops/vai-thieu/"
        try FileManager.default.removeItem(atPath: workshop + "papers/tham-luan-mau.md")
        let replacements = [
            "plan.yaml": [
                ("Tên đề tài", "Cụm tương hỗ vải thiều"), ("Chủ đề của hội thảo", "Thị trường vải thiều"),
                ("Thực trạng.", "Sản lượng."), ("Giải pháp.", "Xuất khẩu."), ("22/5/2030", "22/5/2027"),
                ("Tên hội trường", "Hội trường tầng 5"), ("Số nhà, đường, phường (xã), tỉnh (thành phố)", "Bắc Giang"),
                ("Lối vào, chỗ để xe.", "Cổng chính ở đường Lý Tự Trọng."),
            ],
            "index.md": [
                ("Giới thiệu hội thảo, viết bằng **Markdown**.", "Hội thảo về vải thiều."),
                ("Vì sao tổ chức hội thảo.", "Vì mùa vải."),
            ],
            "papers/thi-truong-vai-thieu.md": [
                ("Họ và tên tác giả", "Trần Thị Bình"), ("Tên cơ quan", "Viện Cây ăn quả"),
                ("Tóm tắt tham luận.", "Thị trường."), ("từ khoá", "vải thiều"), ("Nội dung tham luận.", "Nội dung."),
            ],
        ]
        for (file, pairs) in replacements {
            var text = try String(contentsOfFile: workshop + file, encoding: .utf8)
            for (placeholder, value) in pairs {
                #expect(text.contains(placeholder), "\(file): \(placeholder)")
                text = text.replacingOccurrences(of: placeholder, with: value)
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: workshop + file))
        }
        let check = try hoithao(["check"], in: folder)
        #expect(check.status == 0)
        #expect(check.errors == "")
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

    @Test("`new paper` with a title that has no letters or digits writes nothing; a long title gives a short name")
    func paperTitles() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try hoithao(["new", "site", "demo"], in: folder).status == 0)
        let site = folder + "/demo"
        #expect(try hoithao(["new", "workshop", "w"], in: site).status == 0)
        let papers = site + "/Content/workshops/w/papers"
        let before = try FileManager.default.contentsOfDirectory(atPath: papers)
        for title in ["", "!!!", "  "] {
            let result = try hoithao(["new", "paper", "w", title], in: site)
            #expect(result.status == 2)
            #expect(
                result.errors.contains(
                    "error: the title \"\(title)\" has no letters or digits to name the paper's file"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: papers) == before)
        let long = String(repeating: "Thực trạng sản xuất vải thiều ", count: 12)
        #expect(try hoithao(["new", "paper", "w", long], in: site).status == 0)
        let made = try FileManager.default.contentsOfDirectory(atPath: papers).filter { !before.contains($0) }
        #expect(made.count == 1)
        #expect(made.allSatisfy { $0.hasPrefix("thuc-trang-san-xuat-vai-thieu-") && $0.utf8.count <= 103 })
        #expect(try hoithao(["check", "--no-books"], in: site).status == 0)
        let workshop = try hoithao(["new", "workshop", String(repeating: "a", count: 101)], in: site)
        #expect(workshop.status == 2)
        #expect(workshop.errors.contains("is longer than a name in an address may be (100 characters)"))
    }

    @Test("`new site` in a folder with spaces says how to enter it in a shell, quoted")
    func folderWithSpaces() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try hoithao(["new", "site", "Cổng hội thảo"], in: folder)
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("Next: cd 'Cổng hội thảo' && hoithao serve\n"))
        let plain = try hoithao(["new", "site", "cong-hoi-thao"], in: folder)
        #expect(plain.output.hasSuffix("Next: cd cong-hoi-thao && hoithao serve\n"))
    }

    @Test("hoithao outside a portal's folder says how to start one")
    func outsideAPortal() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try hoithao(["build"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("Content: error: the content folder does not exist; "))
        #expect(run.errors.contains("`hoithao new site FOLDER`"))
    }
}
