import TestSupport
import Testing

/// A plan of `title`, `date` and `venue` followed by `lines`.
private func plan(_ lines: String, date: String = "22/5/2020") -> String {
    "title: Hội thảo\ndate: \(date)\nvenue:\n  name: Hội trường\n" + lines
}

@Suite("Messages a newcomer understands: dates say why, curly quotes are named")
struct PlainMessagesTests {
    let path = "Content/workshops/thu/plan.yaml"

    @Test(
        "A date the calendar does not have says why, in the user's own writing",
        arguments: [
            ("31/4/2024", "`date` has `31/4/2024`, which does not exist: April has 30 days"),
            (
                "29/2/2023",
                "`date` has `29/2/2023`, which does not exist: 2023 is not a leap year, so February has 28 days"
            ),
            ("31/13/2024", "`date` has `31/13/2024`, which does not exist: there is no month 13"),
            (
                "5/22/2024",
                "`date` has `5/22/2024`, which does not exist: there is no month 22; the day comes first, as in `22/5/2024`"
            ),
            ("2024-04-31", "`date` has `2024-04-31`, which does not exist: April has 30 days"),
            (
                "ngày 0 tháng 5 năm 2024",
                "`date` has `ngày 0 tháng 5 năm 2024`, which does not exist: there is no day 0"
            ),
        ])
    func impossibleDates(date: String, message: String) {
        #expect(planDiagnostics(plan("", date: date)) == ["\(path):2:7: error: \(message)"])
    }

    @Test("29 February of a leap year is a date")
    func leapDay() {
        #expect(planDiagnostics(plan("", date: "29/2/2024")) == [])
    }

    @Test("A month that does not exist in a partial date")
    func partialDate() {
        #expect(
            planDiagnostics(plan("document:\n  date: 13/2020\n")) == [
                "\(path):6:9: error: `document.date` has `13/2020`, which does not exist: there is no month 13"
            ])
    }

    @Test("Dates inside messages are written day/month/year, as the user writes them")
    func datesAsWritten() {
        #expect(
            planDiagnostics(plan("end_date: 14/1/2027\n", date: "15/1/2027")) == [
                "\(path):5:11: error: `end_date` 14/1/2027 is before `date` 15/1/2027; "
                    + "the workshop must end on or after its first day"
            ])
    }

    @Test("A value that starts with a curly quote, as Word types it, is named with the line to write instead")
    func curlyQuotesSyntaxError() {
        #expect(
            planDiagnostics("title: “Hội thảo: Vải thiều”\ndate: 22/5/2020\nvenue:\n  name: Hội trường\n") == [
                "\(path):1:8: error: “ is a curly quote, as Word types it, and YAML does not take it for a quote; "
                    + "write straight quotes: `title: \"Hội thảo: Vải thiều\"`"
            ])
        #expect(
            planDiagnostics(plan("topics:\n  - ‘Thực trạng: giải pháp’\n")) == [
                "\(path):6:5: error: ‘ is a curly quote, as Word types it, and YAML does not take it for a quote; "
                    + "write straight quotes: `- 'Thực trạng: giải pháp'`"
            ])
    }

    @Test("Curly quotes around a whole value are a warning, since they would be printed")
    func curlyQuotesKept() {
        #expect(
            planDiagnostics(plan("theme: “Vải thiều”\nchairs:\n  - “Giám đốc”\n")) == [
                "\(path):5:8: warning: `theme` is wrapped in curly quotes, as Word types them, and they stay part of "
                    + "the text; write `theme: \"Vải thiều\"` (straight quotes), or put the whole value in straight "
                    + "quotes to keep them",
                "\(path):7:5: warning: `chairs[1]` is wrapped in curly quotes, as Word types them, and they stay part "
                    + "of the text; write `- \"Giám đốc\"` (straight quotes), or put the whole value in straight "
                    + "quotes to keep them",
            ])
        #expect(planDiagnostics(plan("theme: Hội thảo “Vải thiều” 2024\nchairs: ['“Giám đốc”']\n")) == [])
    }

    @Test("A line indented with a tab says so")
    func tabIndent() {
        #expect(
            planDiagnostics("title: Hội thảo\ndate: 22/5/2020\nvenue:\n\tname: Hội trường\n") == [
                "\(path):4:1: error: YAML syntax error: found character that cannot start any token (while scanning "
                    + "for the next token at line 4); the line is indented with a tab: indent with spaces"
            ])
    }

    @Test("An end time before the start time is an error when the workshop ends on its first day, `end_date` or not")
    func endTimeBeforeStartTime() {
        #expect(
            planDiagnostics(plan("end_date: 22/5/2020\nstart_time: \"7:30\"\nend_time: \"7:00\"\n")) == [
                "\(path):7:11: error: `end_time` 07:00 is not after `start_time` 07:30; write the time the workshop "
                    + "ends, on the 24-hour clock (5 pm is `17:00`)"
            ])
    }

    @Test("Text where a mapping belongs shows the mapping to write, with the text as its first key")
    func textForMapping() {
        #expect(
            planDiagnostics("title: Hội thảo\ndate: 22/5/2020\nvenue: Hội trường tầng 5\n") == [
                "\(path):3:8: error: `venue` must be a mapping of keys and values (such as `name: …`), not the text "
                    + "\"Hội trường tầng 5\"; write `venue:` and below it, indented by two spaces, "
                    + "`name: Hội trường tầng 5`"
            ])
    }
}
