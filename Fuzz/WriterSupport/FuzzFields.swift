import HoithaoModel

/// The fuzz bytes as text fields: split at NUL bytes, each decoded as UTF-8 (invalid bytes become U+FFFD); at
/// least `minimum` of them, empty ones added.
func fuzzFields(_ start: UnsafePointer<UInt8>, _ count: Int, minimum: Int) -> [String] {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    var fields = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    while fields.count < minimum { fields.append("") }
    return fields
}

/// A workshop whose title is `fields[0]`, venue `fields[1]`, and one agenda item for each further field, with
/// a paper whose title, abstract and keywords are fields too.
func fuzzWorkshop(_ fields: [String]) -> Workshop {
    let date = CalendarDate(year: 2026, month: 5, day: 22) ?? CalendarDate(daysSinceEpoch: 0)
    var plan = Plan(title: fields[0], date: date, timeZone: "Asia/Ho_Chi_Minh", venue: Venue(name: fields[1]))
    let start = TimeOfDay(hour: 8, minute: 0) ?? TimeOfDay.midnight
    plan.agenda = [
        AgendaDay(
            date: date,
            sessions: [AgendaSession(items: fields.dropFirst(2).map { AgendaItem(start: start, title: $0) })])
    ]
    let paper = Paper(
        slug: "bai", title: fields[2], authors: [Author(name: fields[0])], abstract: fields[1],
        keywords: Array(fields.dropFirst(3)), body: .empty, source: "bai.md")
    return Workshop(
        slug: "thu", plan: plan, introduction: .empty, papers: [paper], attachments: [], planPath: "thu/plan.yaml")
}

/// Stops the run with `message` when a written file does not read back as it should: a finding for libFuzzer.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
