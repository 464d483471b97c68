import Foundation
import HoithaoContent
import TestSupport
import Testing

/// A plan whose agenda is one day, 22/5/2020, with one item that names `paper`.
private let planNamingPaper = agendaPlan(
    "  - date: 22/5/2020\n    items:\n      - {start: \"8:00\", title: Tham luận, paper: thuc-trang}\n")

@Suite("One mistake gives one message, not a cascade")
struct OneMistakeTests {
    let path = "Content/workshops/thu/plan.yaml"

    @Test("A paper whose front matter cannot be read is not also said to be missing from the plan's agenda")
    func unreadablePaper() {
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": planNamingPaper,
            "workshops/thu/papers/thuc-trang.md": "---\ntitle: Thực trạng: giải pháp\n---\nBody\n",
        ])
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasPrefix("Content/workshops/thu/papers/thuc-trang.md:2:18: error: YAML syntax error")
                == true, "\(messages)")
    }

    @Test("A paper file whose name is not a slug is said once, at the file")
    func paperNameNotASlug() {
        #expect(
            diagnostics([
                "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": planNamingPaper,
                "workshops/thu/papers/Thực trạng.md": "---\ntitle: Thực trạng\n---\nBody\n",
            ]) == [
                "Content/workshops/thu/papers/Thực trạng.md: error: the name becomes part of a URL, so it must be a "
                    + "slug; rename it to `thuc-trang.md`"
            ])
    }

    @Test("A paper without its title is said once, at the paper")
    func paperWithoutTitle() {
        #expect(
            diagnostics([
                "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": planNamingPaper,
                "workshops/thu/papers/thuc-trang.md": "---\nabstract: Tóm tắt\n---\nBody\n",
            ]) == [
                "Content/workshops/thu/papers/thuc-trang.md:2:1: error: missing `title`; add a line such as "
                    + "`title: Thực trạng sản xuất vải thiều`"
            ])
    }

    @Test("An item may name a draft paper: no message, and no link until the paper is published")
    func draftPaper() {
        #expect(
            diagnostics([
                "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": planNamingPaper,
                "workshops/thu/papers/thuc-trang.md": "---\ntitle: Thực trạng\ndraft: true\n---\nBody\n",
            ]) == [])
    }

    @Test("An end date that does not exist is said once, not again for each agenda day after the first")
    func impossibleEndDate() {
        let plan = agendaPlan(
            "  - date: 23/5/2020\n    items:\n      - {start: \"8:00\", title: Bế mạc}\n",
            extra: "end_date: 32/5/2020\n")
        #expect(
            planDiagnostics(plan) == [
                "\(path):5:11: error: `end_date` has `32/5/2020`, which does not exist: May has 31 days"
            ])
    }

    @Test("A misspelled `end_date` is one warning, with no agenda day said to be outside the dates")
    func misspelledEndDate() {
        let plan = agendaPlan(
            "  - date: 23/5/2020\n    items:\n      - {start: \"8:00\", title: Bế mạc}\n", extra: "enddate: 23/5/2020\n"
        )
        #expect(
            planDiagnostics(plan) == [
                "\(path):5:1: warning: unknown key `enddate` is ignored; did you mean `end_date`?"
            ])
    }

    @Test("A misspelled required key is one error at the misspelling, not also a missing key")
    func misspelledRequiredKey() {
        #expect(
            planDiagnostics("titel: Hội thảo\ndate: 22/5/2020\nvenue:\n  name: Hội trường\n") == [
                "\(path):1:1: error: unknown key `titel`; did you mean `title`? Rename it: `title` is required"
            ])
        #expect(
            planDiagnostics("title: Hội thảo\ndate: 22/5/2020\nvenue:\n  nam: Hội trường\n") == [
                "\(path):4:3: error: unknown key `venue.nam`; did you mean `name`? Rename it: `name` is required"
            ])
    }

    @Test("A revision naming an item whose time cannot be read is not also said to name no item")
    func revisionOfUnreadableItem() {
        let plan = agendaPlan(
            "  - date: 22/5/2020\n    items:\n      - {start: \"8h61\", title: Khai mạc}\n",
            extra: "revisions:\n  - {date: 20/5/2020, note: Đổi giờ, items: [Khai mạc]}\n")
        let messages = planDiagnostics(plan)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("\(path):10:17: error: `agenda[1].items[1].start` has `8h61`") == true)
    }

    @Test("A site.yaml that cannot be read does not make the site's own agenda kinds unknown")
    func kindsOfUnreadableSite() {
        let messages = diagnostics([
            "site.yaml": "name: [Cổng\n",
            "workshops/thu/plan.yaml": agendaPlan(
                "  - date: 22/5/2020\n    items:\n      - {start: \"10:00\", title: C, kind: field-trip}\n"),
        ])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("Content/site.yaml:2:1: error: YAML syntax error") == true, "\(messages)")
    }

    @Test("A document the plan names but documents/ lacks is an error at its `file:` line")
    func missingDocument() {
        let plan = Fixtures.minimalPlan + "documents:\n  - file: giay-moi.pdf\n    title: Giấy mời\n"
        #expect(
            planDiagnostics(plan) == [
                "\(path):6:11: error: `documents` names \"giay-moi.pdf\", which is not a file in "
                    + "Content/workshops/thu/documents/; add the file or fix the name"
            ])
    }

    @Test("A document that is a link leading out of the content is said once, at the link")
    func refusedDocument() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let workshop = root + "/Content/workshops/thu"
        try FileManager.default.createDirectory(atPath: workshop + "/documents", withIntermediateDirectories: true)
        try Data(Fixtures.site.utf8).write(to: URL(fileURLWithPath: root + "/Content/site.yaml"))
        let plan = Fixtures.minimalPlan + "documents:\n  - file: passwd\n    title: Mật khẩu\n"
        try Data(plan.utf8).write(to: URL(fileURLWithPath: workshop + "/plan.yaml"))
        try FileManager.default.createSymbolicLink(
            atPath: workshop + "/documents/passwd", withDestinationPath: "/etc/passwd")
        let messages = ContentLoader(files: .disk).load(from: root + "/Content").diagnostics.map(\.description)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.contains("documents/passwd: error: the link leads outside") == true, "\(messages)")
    }
}
