import TestSupport
import Testing

/// A plan whose agenda is `agenda` (YAML lines indented under `agenda:`).
func agendaPlan(_ agenda: String, extra: String = "") -> String {
    "title: Hội thảo\ndate: 22/5/2020\nvenue:\n  name: Hội trường\n\(extra)agenda:\n" + agenda
}

@Suite("Agenda checks")
struct AgendaDiagnosticsTests {
    let path = "Content/workshops/thu/plan.yaml"

    @Test("Two items in the same room at the same time")
    func overlap() {
        let plan = agendaPlan(
            """
              - date: 22/5/2020
                sessions:
                  - room: Phòng A
                    items:
                      - {start: "8:00", end: "9:00", title: Báo cáo đề dẫn}
                  - room: Phòng A
                    items:
                      - {start: "8:30", title: Tham luận 1}

            """)
        #expect(
            planDiagnostics(plan) == [
                "\(path):13:13: error: “Tham luận 1” at 08:30 overlaps “Báo cáo đề dẫn” (08:00–09:00) in the same room, "
                    + "Phòng A; change a time or a room"
            ])
    }

    @Test("An end date before the start date is an error, even with an agenda (it had crashed the build)")
    func endDateBeforeStartWithAgenda() {
        let plan = agendaPlan(
            """
              - date: 22/5/2020
                items:
                  - {start: "8:00", title: Khai mạc}

            """, extra: "end_date: 20/5/2020\n")
        let diagnostics = planDiagnostics(plan)
        #expect(diagnostics.contains { $0.contains("`end_date` 20/5/2020 is before `date` 22/5/2020") })
    }

    @Test("Parallel items in different rooms are fine")
    func parallel() {
        let plan = agendaPlan(
            """
              - date: 22/5/2020
                sessions:
                  - {room: Hội trường, items: [{start: "8:00", end: "9:00", title: A}]}
                  - {room: Phòng B, items: [{start: "8:00", end: "9:00", title: B}]}

            """)
        #expect(planDiagnostics(plan) == [])
    }

    @Test("Items out of order are a warning and are shown sorted")
    func order() {
        let plan = agendaPlan(
            "  - date: 22/5/2020\n    items:\n      - {start: \"9:00\", title: B}\n      - {start: \"8:00\", title: A}\n"
        )
        #expect(
            planDiagnostics(plan) == [
                "\(path):8:7: warning: items are not in time order (08:00 comes after 09:00); they are shown sorted by time"
            ])
    }

    @Test("An item that ends before it starts")
    func endBeforeStart() {
        let plan = agendaPlan("  - date: 22/5/2020\n    items:\n      - {start: \"9:00\", end: \"8:30\", title: B}\n")
        #expect(planDiagnostics(plan) == ["\(path):8:30: error: the item ends (08:30) before it starts (09:00)"])
    }

    @Test("A day outside the workshop's dates")
    func outsideDates() {
        let plan = agendaPlan("  - date: 24/5/2020\n    items:\n      - {start: \"9:00\", title: B}\n")
        #expect(
            planDiagnostics(plan) == [
                "\(path):6:11: error: agenda day 24/5/2020 is outside the workshop's dates (22/5/2020 to 22/5/2020); "
                    + "fix the day or set `end_date` in the plan"
            ])
    }

    @Test("A day with no items")
    func emptyDay() {
        let plan = agendaPlan("  - date: 22/5/2020\n")
        #expect(
            planDiagnostics(plan) == [
                "\(path):6:5: error: agenda day 22/5/2020 has no items; add its `items:` or remove the day"
            ])
    }

    @Test("An unknown kind suggests the nearest; a site may add its own kinds")
    func kinds() {
        let plan = agendaPlan(
            "  - date: 22/5/2020\n    items:\n      - {start: \"9:00\", title: B, kind: openning}\n      - {start: \"10:00\", title: C, kind: field-trip}\n"
        )
        let messages = planDiagnostics(plan)
        #expect(messages.count == 2)
        #expect(
            messages.first?.hasPrefix(
                "\(path):8:41: error: `agenda[1].items[1].kind` \"openning\" is not a kind of item; did you mean `opening`? (the kinds are"
            ) == true)
        let custom = diagnostics([
            "site.yaml": Fixtures.site + "agenda_kinds:\n  field-trip: Tham quan thực địa\n",
            "workshops/thu/plan.yaml": agendaPlan(
                "  - date: 22/5/2020\n    items:\n      - {start: \"10:00\", title: C, kind: field-trip}\n"),
        ])
        #expect(custom == [])
    }

    @Test("A revision naming an item that is not in the agenda")
    func revisionTitle() {
        let plan = agendaPlan(
            "  - date: 22/5/2020\n    items:\n      - {start: \"8:00\", title: Khai mạc hội thảo}\n",
            extra: "revisions:\n  - {date: 20/5/2020, note: Đổi giờ, items: [Khai mac hoi thao]}\n")
        #expect(
            planDiagnostics(plan) == [
                "\(path):6:46: error: `revisions[1].items[1]` \"Khai mac hoi thao\" is not the title of an agenda item; "
                    + "did you mean “Khai mạc hội thảo”?"
            ])
    }
}
