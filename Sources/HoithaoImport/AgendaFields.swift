import Foundation
import HoithaoModel

/// The programme: "7h30 - 8h00: Đón tiếp đại biểu", or untimed items ("Khai mạc Hội thảo", "Bế mạc").
extension PlanImporter {
    static let timedItem = TextPattern(
        #"^\s*(\d{1,2})\s*(?:h(?![a-z])|:|"# + TextPattern.kw("giờ") + #")\s*(\d{2})?\s*(?:(?:[-–—]|"#
            + TextPattern.kw("đến")
            + #")\s*(\d{1,2})\s*(?:h(?![a-z])|:|"# + TextPattern.kw("giờ") + #")\s*(\d{2})?)?\s*[:.–—-]?\s*"#)
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
            if let match = Self.timedItem.firstMatch(in: line.folded), let hour = match.group(1).flatMap(Int.init),
                let start = TimeOfDay(hour: hour, minute: match.group(2).flatMap(Int.init) ?? 0), !match.rest.isEmpty
            {
                let end = match.group(3).flatMap(Int.init).flatMap {
                    TimeOfDay(hour: $0, minute: match.group(4).flatMap(Int.init) ?? 0)
                }
                draft.agenda.append(
                    AgendaItem(start: start, end: end, title: match.rest, kind: Self.kind(of: match.rest)))
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
}
