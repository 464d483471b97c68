import Foundation
import HoithaoContent
import HoithaoImport
import HoithaoModel
import TestSupport
import Testing

@Suite("export-plan: the plan as a Kế hoạch, and back")
struct ExportPlanTests {
    /// plan.yaml without its comments: the values alone.
    func values(_ yaml: String?) -> [String] {
        (yaml ?? "").split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
            .map(String.init)
    }

    func imported(_ text: String) throws -> (ImportResult, Plan) {
        let result = PlanImporter.run(text, source: "round-trip")
        let (plan, diagnostics) = try ImportFixtures.load(result)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return (result, try #require(plan))
    }

    /// What a Kế hoạch's programme says of each item: times, title, kind, room and speakers, by day and session.
    static func shape(_ agenda: [AgendaDay]) -> [String] {
        func shape(_ item: AgendaItem) -> String {
            let speakers = item.speakers.map { "\($0.name) (\($0.affiliation ?? "-"))" }.joined(separator: ", ")
            let times = "\(item.start.minutesSinceMidnight)-\(item.end?.minutesSinceMidnight ?? 0)"
            return "\(times) \(item.title) \(item.kind.id) \(item.room ?? "-") \(speakers)"
        }
        return agenda.flatMap { day in
            ["\(day.date.day)/\(day.date.month)"]
                + day.sessions.flatMap { session in
                    ["\(session.title ?? "-") | \(session.room ?? "-") | \(session.chair ?? "-")"]
                        + session.items.map(shape)
                }
        }
    }

    @Test("import → export-plan → import gives the same plan.yaml values", arguments: ["seed", "2023"])
    func roundTrip(_ name: String) throws {
        let text =
            name == "seed"
            ? try ImportFixtures.seed
            : try String(
                contentsOfFile: ImportFixtures.folder + "/ke-hoach-chuyen-doi-so-2023.txt", encoding: .utf8)
        let (first, plan) = try imported(text)
        let exported = KeHoachMarkdown.text(plan)
        let (second, again) = try imported(exported)
        #expect(values(second.planYAML) == values(first.planYAML))
        #expect(second.report.unplaced.isEmpty, "\(second.report.unplaced)")
        #expect(KeHoachMarkdown.text(again) == exported)
    }

    @Test("A programme of two days, with sessions, chairs, rooms (the items' own too) and speakers, comes back")
    func programmeRoundTrip() throws {
        var (_, plan) = try imported(try ImportFixtures.seed)
        let second = try #require(CalendarDate(year: 2020, month: 5, day: 23))
        plan.endDate = second
        func item(
            _ hour: Int, _ title: String, _ kind: AgendaItemKind, _ speakers: [Speaker] = [], room: String? = nil
        ) -> AgendaItem {
            AgendaItem(
                start: TimeOfDay(hour: hour, minute: 0)!, end: TimeOfDay(hour: hour, minute: 45), title: title,
                kind: kind, speakers: speakers, room: room)
        }
        plan.agenda = [
            AgendaDay(
                date: plan.date,
                sessions: [
                    AgendaSession(
                        title: "Phiên toàn thể: Thực trạng", room: "Hội trường A", chair: "Giám đốc Sở KH&CN",
                        items: [
                            item(
                                8, "Khai mạc Hội thảo", .opening,
                                [Speaker(name: "Nguyễn Thanh Bình", affiliation: "Sở KH&CN, tỉnh Bắc Giang")]),
                            item(
                                9, "Báo cáo đề dẫn", .keynote,
                                [Speaker(name: "Dr. Lê Thị Hồng"), Speaker(name: "ThS. Trần An")]),
                        ]),
                    AgendaSession(
                        room: "Phòng họp B", items: [item(10, "Thảo luận", .discussion, room: "Phòng họp C")]),
                ]),
            AgendaDay(date: second, sessions: [AgendaSession(items: [item(8, "Bế mạc Hội thảo", .closing)])]),
        ]
        let exported = KeHoachMarkdown.text(plan)
        let (result, again) = try imported(exported)
        #expect(Self.shape(again.agenda) == Self.shape(plan.agenda))
        #expect(result.report.damaged.isEmpty, "\(result.report.damaged)")
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
        #expect(KeHoachMarkdown.text(again) == exported)
    }

    @Test(
        "A complete hand-written plan.yaml, exported and imported: what a Kế hoạch says comes back, the rest is not invented"
    )
    func handWrittenRoundTrip() throws {
        let yaml = try String(contentsOfFile: ImportFixtures.folder + "/plan-viet-tay.yaml", encoding: .utf8)
        let files = FileAccess.memory([
            "Content/site.yaml": Data(Fixtures.site.utf8), "Content/workshops/viet-tay/plan.yaml": Data(yaml.utf8),
            "Content/workshops/viet-tay/documents/ke-hoach.pdf": Data("%PDF-1.4\n".utf8),
        ])
        let (site, diagnostics) = ContentLoader(files: files).load(from: "Content")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let plan = try #require(site?.workshops.first?.plan)
        // The fixture fills every field, so that no value comes back only because it was empty both times.
        #expect(plan.revisions.count == 1 && plan.venue.coordinates != nil && plan.documentTitles.count == 1)
        #expect(plan.status == .postponed && plan.participants.count == 2 && plan.agenda.first?.sessions.count == 1)
        let (result, again) = try imported(KeHoachMarkdown.text(plan))
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
        #expect(result.report.damaged.isEmpty, "\(result.report.damaged)")
        #expect(again.title == plan.title && again.theme == plan.theme && again.funding == plan.funding)
        #expect(again.document == plan.document && again.project == plan.project && again.signer == plan.signer)
        #expect(again.organizers == plan.organizers && again.chairs == plan.chairs)
        #expect(again.purposes == plan.purposes && again.topics == plan.topics)
        #expect(again.date == plan.date && again.startTime == plan.startTime && again.endTime == plan.endTime)
        #expect(again.partOfDay == plan.partOfDay)
        #expect(again.expectedDelegates == plan.expectedDelegates && again.participants == plan.participants)
        #expect(again.organizingUnits == plan.organizingUnits)
        #expect(again.recipients == plan.recipients && again.electronicRecipients == plan.electronicRecipients)
        #expect(again.venue.name == plan.venue.name && again.venue.building == plan.venue.building)
        #expect(again.venue.address == plan.venue.address)
        #expect(Self.shape(again.agenda) == Self.shape(plan.agenda))
        // A Kế hoạch has no place for these, and import never invents a value.
        #expect(again.status == .scheduled && again.venue.coordinates == nil && again.venue.directions == nil)
        #expect(again.documentTitles.isEmpty && again.revisions.isEmpty && !again.isExample)
    }

    @Test("The Markdown follows the official layout: header, title, Roman parts in order, signer last")
    func layout() throws {
        let (_, plan) = try imported(try ImportFixtures.seed)
        let markdown = KeHoachMarkdown.text(plan)
        let order = [
            "Số: /KH-KHCN", "Bắc Giang, ngày … tháng 5 năm 2020", "## KẾ HOẠCH", "### Tổ chức Hội thảo “Phát triển",
            "#### I. MỤC ĐÍCH, YÊU CẦU", "#### II. NỘI DUNG", "**III. THÀNH PHẦN:** Dự kiến 70 đại biểu",
            "#### IV. THỜI GIAN VÀ ĐỊA ĐIỂM", "**1. Thời gian:** Buổi sáng, từ 7 giờ 30 ngày 22/5/2020 (Thứ Sáu).",
            "**V. KINH PHÍ THỰC HIỆN:**", "#### VI. TỔ CHỨC THỰC HIỆN", "***Nơi nhận:***", "***Bản điện tử:***",
            "**GIÁM ĐỐC**", "**Nguyễn Thanh Bình**",
        ]
        let positions = order.map { markdown.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "\(zip(order, positions).filter { $0.1 == nil }.map(\.0))")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
    }

    @Test("The HTML page is print-ready and escapes every value")
    func html() throws {
        let (_, seedPlan) = try imported(try ImportFixtures.seed)
        var plan = seedPlan
        plan.title = "A <script>alert('x')</script> & “B”"
        plan.signer = Signer(title: "Giám đốc", name: "Nguyễn \"Bình\"")
        let item = AgendaItem(
            start: TimeOfDay(hour: 8, minute: 0)!, title: "<i>Khai mạc</i>", speakers: [Speaker(name: "A & <B>")])
        plan.agenda = [AgendaDay(date: plan.date, sessions: [AgendaSession(items: [item])])]
        let page = KeHoachHTML.page(plan)
        #expect(
            page.contains("<li>8 giờ: &lt;i&gt;Khai mạc&lt;/i&gt;<ul><li>Trình bày: A &amp; &lt;B&gt;</li></ul></li>"))
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("@page { size: A4;"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("A &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; “B”"))
        #expect(page.contains("Nguyễn &quot;Bình&quot;"))
        #expect(page.contains("<h2><span class=\"part\">III. THÀNH PHẦN:</span> Dự kiến 70 đại biểu</h2>"))
        #expect(page.contains("Trung tâm Ứng dụng KH&amp;CN"))
    }
}
