import TestSupport
import Testing

/// A one-day plan with `fields` and an agenda from 7:30 to 16:30 in `room` (none: at the venue).
private func plan(_ fields: String, room: String? = nil) -> String {
    let room = room.map { "        room: \($0)\n" } ?? ""
    return "title: Hội thảo\ndate: 22/5/2020\nvenue:\n  name: Hội trường tầng 5\n" + fields + """
        agenda:
          - date: 22/5/2020
            items:
              - start: "7:30"
                title: Đón tiếp
        \(room)      - start: "16:00"
                end: "16:30"
                title: Bế mạc
        \(room)
        """
}

@Suite("A plan that contradicts itself is warned of, at the line")
struct PlanContradictionTests {
    let path = "Content/workshops/thu/plan.yaml"

    @Test("Times and part of day that agree with the agenda give no warning")
    func agreeing() {
        #expect(planDiagnostics(plan("start_time: \"7:30\"\nend_time: \"16:30\"\npart_of_day: all-day\n")) == [])
    }

    @Test("`all-day` with an `end_time` before the agenda's end is one warning, at `end_time`")
    func endTimeBeforeAgenda() {
        #expect(
            planDiagnostics(plan("start_time: \"7:30\"\nend_time: \"11:30\"\npart_of_day: all-day\n")) == [
                "\(path):6:11: warning: `end_time` 11:30 is before the agenda's last item, “Bế mạc”, ends at 16:30; "
                    + "write `end_time: \"16:30\"`, or fix the agenda"
            ])
    }

    @Test("A `start_time` after the agenda's first item")
    func startTimeAfterAgenda() {
        #expect(
            planDiagnostics(plan("start_time: \"8:00\"\n")) == [
                "\(path):5:13: warning: `start_time` 08:00 is after the agenda's first item, “Đón tiếp”, starts at "
                    + "07:30; write `start_time: \"07:30\"`, or fix the agenda"
            ])
    }

    @Test(
        "A part of day the hours do not fit",
        arguments: [
            (
                "part_of_day: morning\n", true,
                "`part_of_day: morning` does not fit the workshop's hours, 07:30–16:30; "
                    + "write `part_of_day: all-day`"
            ),
            (
                "start_time: \"7:30\"\nend_time: \"11:30\"\npart_of_day: all-day\n", false,
                "`part_of_day: all-day` does not fit the workshop's hours, 07:30–11:30; write `part_of_day: morning`"
            ),
            (
                "start_time: \"14:00\"\npart_of_day: morning\n", false,
                "`part_of_day: morning` does not fit the workshop's hours, 14:00; write `part_of_day: afternoon`"
            ),
            (
                "start_time: \"19:00\"\npart_of_day: afternoon\n", false,
                "`part_of_day: afternoon` does not fit the workshop's hours, 19:00; write `part_of_day: evening`"
            ),
        ])
    func partOfDay(fields: String, withAgenda: Bool, message: String) {
        let text = withAgenda ? plan(fields) : "title: Hội thảo\ndate: 22/5/2020\nvenue:\n  name: Hội trường\n" + fields
        let line = fields.split(separator: "\n").count + 4
        #expect(planDiagnostics(text) == ["\(path):\(line):14: warning: \(message), or fix the times"])
    }

    @Test("A venue that none of the agenda's rooms matches, when every item has a room")
    func venueNotARoom() {
        #expect(
            planDiagnostics(plan("", room: "Phòng họp số 2")) == [
                "\(path):4:9: warning: the venue, “Hội trường tầng 5”, is none of the agenda's rooms (“Phòng họp số 2”); "
                    + "write the hall the agenda uses in `venue.name`, or correct the rooms"
            ])
        #expect(planDiagnostics(plan("", room: "hội trường tầng 5")) == [])
        #expect(planDiagnostics(plan("", room: "Phòng họp Hội trường tầng 5")) == [])
    }

    @Test("A plan with an error is not also warned of contradictions")
    func noWarningsAfterErrors() {
        let messages = planDiagnostics(plan("start_time: \"7:30\"\nend_time: \"11:30\"\nfunding: [a: b]\n"))
        #expect(messages.count == 1)
        #expect(messages.first?.contains("error: `funding` must be text") == true, "\(messages)")
    }
}
