import TestSupport
import Testing

@Suite("Placeholders `hoithao new` wrote are warned of until replaced")
struct PlaceholderTests {
    let path = "Content/workshops/thu/plan.yaml"

    @Test("A sample value at its own key is a warning that says what to write")
    func sampleValue() {
        let plan = "title: Hội thảo\ndate: 22/5/2020\nvenue:\n  name: Tên hội trường\ntheme: Chủ đề của hội thảo\n"
        #expect(
            planDiagnostics(plan) == [
                "\(path):4:9: warning: `venue.name` is still the example `hoithao new` wrote; write the room or hall, "
                    + "e.g. `Hội trường tầng 5`",
                "\(path):5:8: warning: `theme` is still the example `hoithao new` wrote; write the theme, or delete the line",
            ])
    }

    @Test("The title made from the folder's name is a placeholder; any other title is not")
    func titleFromSlug() {
        #expect(
            planDiagnostics("title: Hội thảo thu\ndate: 22/5/2020\nvenue:\n  name: Hội trường\n") == [
                "\(path):1:8: warning: `title` is still the example `hoithao new` wrote; write the workshop's full "
                    + "title, as its Kế hoạch gives it"
            ])
        #expect(planDiagnostics("title: Hội thảo thu 2024\ndate: 22/5/2020\nvenue:\n  name: Hội trường\n") == [])
    }

    @Test("The same text under another key, or changed at all, is the user's own")
    func userValues() {
        let plan = Fixtures.minimalPlan + "funding: Chủ đề của hội thảo\ntheme: Chủ đề của hội thảo năm nay\n"
        #expect(planDiagnostics(plan) == [])
    }

    @Test("Sample lines of an introduction and a paper are warned of at their lines")
    func sampleLines() {
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/index.md": "Mở đầu.\n\nVì sao tổ chức hội thảo.\n",
            "workshops/thu/papers/bai.md":
                "---\ntitle: Bài\nabstract: Tóm tắt tham luận.\n---\n\nNội dung tham luận.\n",
        ])
        #expect(
            messages == [
                "Content/workshops/thu/index.md:3:1: warning: this line is still the example `hoithao new` wrote; "
                    + "say why the workshop is held",
                "Content/workshops/thu/papers/bai.md:3:11: warning: `abstract` is still the example `hoithao new` "
                    + "wrote; write the paper's abstract",
                "Content/workshops/thu/papers/bai.md:6:1: warning: this line is still the example `hoithao new` "
                    + "wrote; write the paper's text",
            ])
    }
}
