import HoithaoModel

/// The programme part of a Kế hoạch (CHƯƠNG TRÌNH), written so that `hoithao import` reads every
/// day, session and speaker back: a heading per day, unless the programme is the workshop's first
/// day alone, a heading per session
/// that has a title, chair or room (or per session when a day has several), then each item with
/// its own room and its speakers beneath.
extension KeHoachDocument {
    static func programme(_ agenda: [AgendaDay], firstDay: CalendarDate) -> [Block] {
        var blocks: [Block] = []
        for day in agenda {
            if agenda.count > 1 || day.date != firstDay {
                blocks.append(.heading("Ngày \(short(day.date)) (\(weekdays[day.date.isoWeekday - 1]))"))
            }
            for session in day.sessions where !session.items.isEmpty {
                if let heading = heading(session, alone: day.sessions.count == 1) { blocks.append(.heading(heading)) }
                blocks.append(.programme(session.items.map { entry($0, in: session) }))
            }
        }
        return blocks
    }

    /// "Phiên: Phiên toàn thể (chủ trì: …; phòng: …)"; nil for the only session of a day with
    /// nothing to say about it.
    static func heading(_ session: AgendaSession, alone: Bool) -> String? {
        let details = [session.chair.map { "chủ trì: " + $0 }, session.room.map { "phòng: " + $0 }].compactMap { $0 }
        guard session.title != nil || !details.isEmpty || !alone else { return nil }
        let numbered = session.title.map { PlanImporter.numberedSession.firstMatch(in: FoldedText($0)) != nil } ?? false
        let title = numbered ? session.title ?? "" : "Phiên" + (session.title.map { ": " + $0 } ?? "")
        return title
            + (details.isEmpty ? "" : " (" + details.joined(separator: "; ") + ")")
    }

    /// The item's line, with its room when it is not its session's, and its speakers' line.
    static func entry(_ item: AgendaItem, in session: AgendaSession) -> ProgrammeEntry {
        let end = item.end.map { " - " + clock($0) } ?? ""
        let room = item.room.flatMap { $0 == session.room ? nil : " (phòng: \($0))" } ?? ""
        let speakers = item.speakers.map { $0.name + ($0.affiliation.map { " – " + $0 } ?? "") }
        return ProgrammeEntry(
            item: "\(clock(item.start))\(end): \(item.title)\(room)",
            speakers: speakers.isEmpty ? nil : "Trình bày: " + speakers.joined(separator: "; "))
    }
}
