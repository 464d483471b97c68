import Foundation
import HoithaoModel

/// The programme: "7h30 - 8h00: Đón tiếp đại biểu", untimed items ("Khai mạc Hội thảo"), and the
/// lines `export-plan` writes around them: "Ngày 14/10/2027 (Thứ Năm)" starts a day, "Phiên: … (chủ
/// trì: …; phòng: …)" a session, and "Trình bày: Name, affiliation; …" names an item's speakers.
extension PlanImporter {
    static let timedItem = TextPattern(
        #"^\s*(\d{1,2})\s*(?:h(?![a-z])|:|"# + TextPattern.kw("giờ") + #")\s*(\d{2})?\s*(?:(?:[-–—]|"#
            + TextPattern.kw("đến")
            + #")\s*(\d{1,2})\s*(?:h(?![a-z])|:|"# + TextPattern.kw("giờ") + #")\s*(\d{2})?)?\s*[:.–—-]?\s*"#)
    static let dayHeading = TextPattern(
        "^" + TextPattern.kw("ngày") + #"\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b"#)
    static let sessionHeading = TextPattern("^" + TextPattern.kw("phiên") + #"(?![a-z])\s*:?\s*"#)
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
        for line in lines {
            if let item = Self.timedItem(line) {
                append(item)
            } else if let match = Self.dayHeading.firstMatch(in: line.folded),
                let day = match.group(1).flatMap(Int.init),
                let month = match.group(2).flatMap(Int.init), let year = match.group(3).flatMap(Int.init),
                let date = CalendarDate(year: year, month: month, day: day)
            {
                draft.agenda.append(DraftDay(date: date))
            } else if let match = Self.sessionHeading.firstMatch(in: line.folded) {
                startSession(Self.session(Self.trimmed(match.rest)))
            } else if let match = Self.speakersLine.firstMatch(in: line.folded), addSpeakers(match.rest) {
                // Added to the item before.
            } else {
                draft.untimedProgramme.append(line.text)
            }
            found("agenda", line)
        }
        if !draft.untimedProgramme.isEmpty {
            note(
                "\(draft.untimedProgramme.count) programme item(s) have no time; plan.yaml's agenda needs a start "
                    + "time for each item, so they are listed under “Chương trình” in index.md")
        }
    }

    private static func timedItem(_ line: DocumentLine) -> AgendaItem? {
        guard let match = timedItem.firstMatch(in: line.folded), let hour = match.group(1).flatMap(Int.init),
            let start = TimeOfDay(hour: hour, minute: match.group(2).flatMap(Int.init) ?? 0), !match.rest.isEmpty
        else { return nil }
        let end = match.group(3).flatMap(Int.init).flatMap {
            TimeOfDay(hour: $0, minute: match.group(4).flatMap(Int.init) ?? 0)
        }
        return AgendaItem(start: start, end: end, title: match.rest, kind: kind(of: match.rest))
    }

    /// "Plenary session (chủ trì: X; phòng: Y)": the title, then the chair and room in brackets.
    private static func session(_ text: String) -> AgendaSession {
        var session = AgendaSession(items: [])
        var title = text
        if text.hasSuffix(")"), let open = text.range(of: "(", options: .backwards) {
            let details = text[open.upperBound..<text.index(before: text.endIndex)].split(separator: ";")
            for detail in details.map({ trimmed(String($0)) }) {
                let folded = FoldedText.fold(detail)
                if folded.hasPrefix("chu tri:") {
                    session.chair = trimmed(String(detail.dropFirst("chủ trì:".count)))
                } else if folded.hasPrefix("phong:") {
                    session.room = trimmed(String(detail.dropFirst("phòng:".count)))
                }
            }
            if session.chair != nil || session.room != nil { title = trimmed(String(text[..<open.lowerBound])) }
        }
        session.title = title.isEmpty ? nil : title
        return session
    }

    private mutating func append(_ item: AgendaItem) {
        if draft.agenda.isEmpty { draft.agenda.append(DraftDay()) }
        let day = draft.agenda.count - 1
        if draft.agenda[day].sessions.isEmpty { draft.agenda[day].sessions.append(AgendaSession(items: [])) }
        draft.agenda[day].sessions[draft.agenda[day].sessions.count - 1].items.append(item)
    }

    private mutating func startSession(_ session: AgendaSession) {
        if draft.agenda.isEmpty { draft.agenda.append(DraftDay()) }
        draft.agenda[draft.agenda.count - 1].sessions.append(session)
    }

    /// "Name, affiliation; Name": the speakers of the last item of the last session; false when
    /// that session has no item yet.
    private mutating func addSpeakers(_ text: String) -> Bool {
        let speakers = text.split(separator: ";").map { Self.trimmed(String($0)) }.filter { !$0.isEmpty }.map { entry in
            guard let comma = entry.range(of: ", ") else { return Speaker(name: entry) }
            return Speaker(
                name: String(entry[..<comma.lowerBound]), affiliation: Self.trimmed(String(entry[comma.upperBound...])))
        }
        guard let day = draft.agenda.indices.last, let session = draft.agenda[day].sessions.indices.last,
            let item = draft.agenda[day].sessions[session].items.indices.last
        else { return false }
        draft.agenda[day].sessions[session].items[item].speakers += speakers
        return true
    }
}
