import Foundation
import HoithaoContent
import HoithaoModel
import TestSupport
import Testing

/// Loads `files` (paths under `Content/`) from memory and returns every diagnostic as printed.
func diagnostics(_ files: [String: String]) -> [String] {
    let memory = FileAccess.memory(files.reduce(into: [:]) { $0["Content/" + $1.key] = Data($1.value.utf8) })
    return ContentLoader(files: memory).load(from: "Content").diagnostics.map(\.description)
}

func planDiagnostics(_ plan: String) -> [String] {
    diagnostics(["site.yaml": Fixtures.site, "workshops/thu/plan.yaml": plan])
}

@Suite("Diagnostics point at the file, line and column, and say what to write")
struct DiagnosticsTests {
    @Test("A word where a number belongs")
    func wrongType() {
        let plan = """
            title: Hội thảo
            date: 22/5/2020
            venue:
              name: Hội trường
            participants:
              expected: "bảy mươi"

            """
        #expect(
            planDiagnostics(plan) == [
                "Content/workshops/thu/plan.yaml:6:13: error: `participants.expected` must be a whole number from 0 to 1000000, "
                    + "not \"bảy mươi\"; write for example `expected: 70`"
            ])
    }

    @Test("A missing required key, with the line to add")
    func missingKey() {
        let plan = "title: Hội thảo\nvenue:\n  name: Hội trường\n"
        #expect(
            planDiagnostics(plan) == [
                "Content/workshops/thu/plan.yaml:1:1: error: missing `date`; add a line such as `date: 22/5/2020`"
            ])
    }

    @Test("A missing nested key points at its mapping")
    func missingNestedKey() {
        let plan = "title: Hội thảo\ndate: 22/5/2020\nvenue:\n  address: Bắc Giang\n"
        #expect(
            planDiagnostics(plan) == [
                "Content/workshops/thu/plan.yaml:4:3: error: missing `venue.name`; add a line such as `name: Hội trường tầng 5`"
            ])
    }

    @Test("A date that cannot be read lists the accepted formats")
    func unreadableDate() {
        let plan = "title: Hội thảo\ndate: 22.5.2020\nvenue:\n  name: Hội trường\n"
        #expect(
            planDiagnostics(plan) == [
                "Content/workshops/thu/plan.yaml:2:7: error: `date` has `22.5.2020`, which is not valid; write it as "
                    + "`22/5/2020`, `22/05/2020`, `2020-05-22` or `ngày 22 tháng 5 năm 2020` (a real date)"
            ])
    }

    @Test("A time that does not exist says how to write one")
    func impossibleTime() {
        let plan = "title: Hội thảo\ndate: 22/5/2020\nstart_time: \"25:00\"\nvenue:\n  name: Hội trường\n"
        let messages = planDiagnostics(plan)
        #expect(
            messages.first?.hasPrefix("Content/workshops/thu/plan.yaml:3:13: error: `start_time` has `25:00`") == true)
        #expect(messages.first?.contains("24-hour clock") == true)
    }

    @Test("An unknown key is a warning with a did-you-mean")
    func unknownKey() {
        let plan = "title: Hội thảo\ndate: 22/5/2020\nvenue:\n  name: Hội trường\nfundng: Ngân sách\n"
        #expect(
            planDiagnostics(plan) == [
                "Content/workshops/thu/plan.yaml:5:1: warning: unknown key `fundng` is ignored; did you mean `funding`?"
            ])
    }

    @Test("A YAML syntax error, with a hint")
    func syntaxError() {
        let plan = "title: Chủ đề: vải thiều\ndate: 22/5/2020\n"
        let messages = planDiagnostics(plan)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("Content/workshops/thu/plan.yaml:1:14: error: YAML syntax error") == true)
        #expect(messages.first?.contains("must be put in quotes") == true)
    }

    @Test("A YAML syntax error at the end of a file without a last line break is on its last line, not after it")
    func syntaxErrorAtTheEnd() {
        for (plan, place) in [("title: [", "1:9"), ("title: [\n", "2:1")] {
            let messages = planDiagnostics(plan)
            #expect(messages.count == 1)
            #expect(
                messages.first?.hasPrefix("Content/workshops/thu/plan.yaml:\(place): error: YAML syntax error") == true,
                "\(messages)")
        }
    }

    @Test("A key written twice")
    func duplicateKey() {
        let plan = "title: A\ntitle: B\ndate: 22/5/2020\nvenue:\n  name: Hội trường\n"
        let messages = planDiagnostics(plan)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("plan.yaml:1:1: error: the key `title` appears twice") == true)
    }

    @Test("A wrong choice suggests the nearest word")
    func wrongChoice() {
        let plan = "title: Hội thảo\ndate: 22/5/2020\nstatus: canceled\nvenue:\n  name: Hội trường\n"
        #expect(
            planDiagnostics(plan) == [
                "Content/workshops/thu/plan.yaml:3:9: error: `status` must be one of `scheduled`, `postponed`, "
                    + "`cancelled`; did you mean `cancelled`?"
            ])
    }

    @Test("An agenda item naming a paper that does not exist")
    func missingPaper() {
        let plan = """
            title: Hội thảo
            date: 22/5/2020
            venue:
              name: Hội trường
            agenda:
              - date: 22/5/2020
                items:
                  - start: "8:00"
                    title: Tham luận
                    paper: thuc-trang

            """
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": plan,
            "workshops/thu/papers/thuc-trang-san-xuat.md": "---\ntitle: Thực trạng\n---\nBody\n",
        ])
        #expect(
            messages == [
                "Content/workshops/thu/plan.yaml:10:16: error: `agenda[1].items[1].paper` names \"thuc-trang\", "
                    + "which is not a paper of this workshop; did you mean `thuc-trang-san-xuat`?"
            ])
    }

    @Test("Errors in the front matter of a paper count lines from the top of the file")
    func frontMatterLines() {
        let paper = "---\ntitle: Thực trạng\nauthors:\n  - name: A\n    orcid: 1234\n---\nBody\n"
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/papers/thuc-trang.md": paper,
        ])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("Content/workshops/thu/papers/thuc-trang.md:5:12: error: `orcid`") == true)
    }

    @Test("A front matter block that never closes")
    func unclosedFrontMatter() {
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/papers/bai.md": "---\ntitle: Bài\nBody\n",
        ])
        #expect(messages.first?.hasPrefix("Content/workshops/thu/papers/bai.md:1:1: error: the front matter") == true)
    }

    @Test("A folder name that is not a slug says which slug to use")
    func badFolderName() {
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/Hội thảo Đắk Lắk/plan.yaml": Fixtures.minimalPlan,
        ])
        #expect(
            messages == [
                "Content/workshops/Hội thảo Đắk Lắk: error: the name becomes part of a URL, so it must be a slug; "
                    + "rename it to `hoi-thao-dak-lak`"
            ])
    }

    @Test("A workshop folder without a plan")
    func missingPlan() {
        let messages = diagnostics(["site.yaml": Fixtures.site, "workshops/thu/index.md": "Giới thiệu\n"])
        #expect(
            messages == [
                "Content/workshops/thu/plan.yaml: error: the file is missing; create it with at least `title: Hội thảo …`"
            ])
    }

    @Test("A file that is not UTF-8 points at the bad byte")
    func notUTF8() {
        let memory = FileAccess.memory([
            "Content/site.yaml": Data(Fixtures.site.utf8),
            "Content/workshops/thu/plan.yaml": Data("title: H".utf8) + Data([0xF4, 0x69]) + Data("i\n".utf8),
        ])
        let messages = ContentLoader(files: memory).load(from: "Content").diagnostics.map(\.description)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("Content/workshops/thu/plan.yaml:1:9: error: the file is not UTF-8") == true)
    }

    @Test("All problems are reported, not just the first, sorted by place")
    func allProblems() {
        let plan = "title: Hội thảo\ndate: 31/4/2020\nstart_time: sáng\nvenue:\n  name: Hội trường\n  latitude: 200\n"
        let lines = planDiagnostics(plan).map { $0.split(separator: " ").first ?? "" }
        let path = "Content/workshops/thu/plan.yaml"
        #expect(lines == ["\(path):2:7:", "\(path):3:13:", "\(path):5:3:", "\(path):6:13:"])
    }
}
