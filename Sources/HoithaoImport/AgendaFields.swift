import Foundation
import HoithaoModel

/// The programme: "7h30 - 8h00: Đón tiếp đại biểu", untimed items ("Khai mạc Hội thảo"), and the
/// lines `export-plan` writes around them: "Ngày 14/10/2027 (Thứ Năm)" starts a day, "Phiên: … (chủ
/// trì: …; phòng: …)" a session, "(phòng: …)" after an item its own room, and "Trình bày: Name –
/// affiliation; …" names an item's speakers.
extension PlanImporter {
    static let timedItem = TextPattern(
        #"^\s*(\d{1,2})\s*(?:h(?![a-z])|:|"# + TextPattern.kw("giờ") + #")\s*(\d{2})?\s*(?:(?:[-–—]|"#
            + TextPattern.kw("đến")
            + #")\s*(\d{1,2})\s*(?:h(?![a-z])|:|"# + TextPattern.kw("giờ") + #")\s*(\d{2})?)?\s*[:.–—-]?\s*"#)
    /// "Ngày 14/10/2027 (Thứ Năm)" and nothing more: a line that goes on is an item without a time.
    static let dayHeading = TextPattern(
        "^" + TextPattern.kw("ngày") + #"\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*(?:\([^()]*\))?\s*$"#)
    /// "Phiên: title", "Phiên (chủ trì: …)" or "Phiên" alone; "Phiên toàn thể" is not a heading.
    static let sessionHeading = TextPattern("^" + TextPattern.kw("phiên") + #"\s*(?::|(?=\()|$)\s*"#)
    /// "Phiên 1", "Phiên II: …": a session titled by its number, written as its title is.
    static let numberedSession = TextPattern(
        "^" + TextPattern.kw("phiên") + #"\s+(\d{1,2}|[ivx]{1,4})(?![a-z0-9])\s*:?\s*"#)
    static let speakersLine = TextPattern(
        "^" + TextPattern.any(["trình bày", "người trình bày", "báo cáo viên"]) + #"\s*:\s*"#)
    static let kinds: [(AgendaItemKind, [String])] = [
        (.registration, ["đón tiếp", "đăng ký"]), (.opening, ["khai mạc", "phát biểu khai"]),
        (.keynote, ["đề dẫn", "báo cáo chính"]), (.paper, ["tham luận", "báo cáo"]),
        (.discussion, ["thảo luận", "trao đổi"]), (.breakTime, ["giải lao", "nghỉ giữa"]),
        (.lunch, ["ăn trưa", "nghỉ trưa"]), (.closing, ["bế mạc", "tổng kết", "kết luận"]),
    ]

    static func kind(of title: String) -> AgendaItemKind {
        kinds.first { TextPattern(TextPattern.any($0.1)).matches(title) }?.0 ?? .other
    }

    mutating func readAgenda(_ lines: [DocumentLine]) {
        // Day and session headings take effect with the first item after them; one with no item
        // after it is kept as an untimed line rather than lost.
        var day: (date: CalendarDate, line: DocumentLine)?
        var session: (session: AgendaSession, line: DocumentLine)?
        func keepUnused(_ line: DocumentLine?) {
            if let line { draft.untimedProgramme.append(line.text) }
        }
        for line in lines {
            if let item = Self.timedItem(line) {
                if let day { startDay(day.date) }
                if let session { startSession(session.session) }
                (day, session) = (nil, nil)
                append(item)
            } else if let match = Self.dayHeading.firstMatch(in: line.folded), let date = Self.date(match) {
                keepUnused(day?.line)
                keepUnused(session?.line)
                (day, session) = ((date, line), nil)
            } else if let match = Self.sessionHeading.firstMatch(in: line.folded) {
                keepUnused(session?.line)
                session = (Self.session(Self.trimmed(match.rest)), line)
            } else if let match = Self.numberedSession.firstMatch(in: line.folded), let number = match.group(1) {
                keepUnused(session?.line)
                var numbered = Self.session(Self.trimmed(match.rest))
                numbered.title = "Phiên \(number)" + (numbered.title.map { ": " + $0 } ?? "")
                session = (numbered, line)
            } else if day == nil, session == nil, let match = Self.speakersLine.firstMatch(in: line.folded),
                addSpeakers(match.rest)
            {
                // Added to the item before.
            } else {
                draft.untimedProgramme.append(line.text)
            }
            found("agenda", line)
        }
        keepUnused(day?.line)
        keepUnused(session?.line)
        if !draft.untimedProgramme.isEmpty {
            note(
                "\(draft.untimedProgramme.count) programme item(s) have no time; plan.yaml's agenda needs a start "
                    + "time for each item, so they are listed under “Chương trình” in index.md")
        }
    }

    /// Puts the programme's days in order once the workshop's date is known: the days before the
    /// first heading are its first day, days named twice are one, and `end_date` reaches the last.
    mutating func settleAgenda() {
        guard let first = draft.date, !draft.agenda.isEmpty else { return }
        var days: [DraftDay] = []
        for day in draft.agenda {
            let date = day.date ?? first
            if let index = days.firstIndex(where: { $0.date == date }) {
                days[index].sessions += day.sessions
            } else {
                days.append(DraftDay(date: date, sessions: day.sessions))
            }
        }
        draft.agenda = days.sorted { ($0.date ?? first) < ($1.date ?? first) }
        if let last = draft.agenda.last?.date, last > (draft.endDate ?? first) {
            draft.endDate = last
            note("the programme runs to \(last.day)/\(last.month)/\(last.year), so that is the end date")
        }
        if let earliest = draft.agenda.first?.date, earliest < first {
            note(
                "the programme has a day (\(earliest.day)/\(earliest.month)/\(earliest.year)) before the "
                    + "workshop's date; check the dates")
        }
    }

    private static func date(_ match: TextMatch) -> CalendarDate? {
        guard let day = match.group(1).flatMap(Int.init), let month = match.group(2).flatMap(Int.init),
            let year = match.group(3).flatMap(Int.init)
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func timedItem(_ line: DocumentLine) -> AgendaItem? {
        guard let match = timedItem.firstMatch(in: line.folded), let hour = match.group(1).flatMap(Int.init),
            let start = TimeOfDay(hour: hour, minute: match.group(2).flatMap(Int.init) ?? 0), !match.rest.isEmpty
        else { return nil }
        let end = match.group(3).flatMap(Int.init).flatMap {
            TimeOfDay(hour: $0, minute: match.group(4).flatMap(Int.init) ?? 0)
        }
        var item = AgendaItem(start: start, end: end, title: match.rest, kind: kind(of: match.rest))
        // "… (phòng: Hội trường B)": the item's own room, as `export-plan` writes it.
        if item.title.hasSuffix(")"), let open = item.title.range(of: " (phòng: ", options: .backwards) {
            item.room = trimmed(String(item.title[open.upperBound..<item.title.index(before: item.title.endIndex)]))
            item.title = trimmed(String(item.title[..<open.lowerBound]))
        }
        return item
    }

    /// "Plenary session (chủ trì: X; phòng: Y)": the title, then the chair and room in the brackets
    /// that close the line (a chair may hold brackets and semicolons of its own).
    private static func session(_ text: String) -> AgendaSession {
        var session = AgendaSession(items: [])
        var title = text
        if text.hasSuffix(")"), let open = openingBracket(closingAt: text) {
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let folded = FoldedText.fold(inner)
            let characters = Array(inner)
            func value(from start: Int, to end: Int) -> String? {
                let value = trimmed(String(characters[min(start, end)..<end]))
                return value.isEmpty ? nil : value
            }
            func offset(_ index: String.Index) -> Int { folded.distance(from: folded.startIndex, to: index) }
            // "chủ trì: A (B); C; phòng: D": the chair runs to the last "; phòng:".
            let roomMark = folded.range(of: "; phong:", options: .backwards)
            if folded.hasPrefix("chu tri:") {
                session.chair = value(
                    from: "chu tri:".count, to: roomMark.map { offset($0.lowerBound) } ?? characters.count)
            }
            let room = folded.hasPrefix("phong:") ? 0 : roomMark.map { offset($0.lowerBound) + 2 }
            if let room { session.room = value(from: room + "phong:".count, to: characters.count) }
            if session.chair != nil || session.room != nil { title = trimmed(String(text[..<open])) }
        }
        session.title = title.isEmpty ? nil : title
        return session
    }

    /// The "(" that the ")" ending `text` closes.
    private static func openingBracket(closingAt text: String) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == ")" { depth += 1 }
            if text[index] == "(" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    private mutating func append(_ item: AgendaItem) {
        if draft.agenda.isEmpty { draft.agenda.append(DraftDay()) }
        let day = draft.agenda.count - 1
        if draft.agenda[day].sessions.isEmpty { draft.agenda[day].sessions.append(AgendaSession(items: [])) }
        draft.agenda[day].sessions[draft.agenda[day].sessions.count - 1].items.append(item)
    }

    private mutating func startDay(_ date: CalendarDate) {
        if draft.agenda.last?.date != date { draft.agenda.append(DraftDay(date: date)) }
    }

    private mutating func startSession(_ session: AgendaSession) {
        if draft.agenda.isEmpty { draft.agenda.append(DraftDay()) }
        draft.agenda[draft.agenda.count - 1].sessions.append(session)
    }

    /// "Name, affiliation; Name": the speakers of the last item of the last session; false when
    /// that session has no item yet.
    private mutating func addSpeakers(_ text: String) -> Bool {
        // "Name – affiliation" as `export-plan` writes it, "Name - affiliation" or "Name, affiliation" as people do.
        let speakers = text.split(separator: ";").map { Self.trimmed(String($0)) }.filter { !$0.isEmpty }.map { entry in
            guard let mark = entry.range(of: " – ") ?? entry.range(of: " - ") ?? entry.range(of: ", ") else {
                return Speaker(name: entry)
            }
            return Speaker(
                name: String(entry[..<mark.lowerBound]), affiliation: Self.trimmed(String(entry[mark.upperBound...])))
        }
        guard let day = draft.agenda.indices.last, let session = draft.agenda[day].sessions.indices.last,
            let item = draft.agenda[day].sessions[session].items.indices.last
        else { return false }
        draft.agenda[day].sessions[session].items[item].speakers += speakers
        return true
    }
}
