import HoithaoModel

/// A plan laid out as an official Kế hoạch: header, title, preamble, Roman-numbered parts,
/// closing, recipients and signer. The Markdown and HTML exports both render this one layout.
public struct KeHoachDocument: Sendable, Equatable {
    /// A block inside a part: a paragraph with an optional bold label, a numbered sub-heading, a
    /// list, or programme items.
    public enum Block: Sendable, Equatable {
        case labeled(String, String)
        case heading(String)
        case bullets([String])
        case programme([ProgrammeEntry])
    }

    /// A programme item's line ("8 giờ - 8 giờ 20: Khai mạc") and the one under it naming its speakers.
    public struct ProgrammeEntry: Sendable, Equatable {
        public var item: String
        public var speakers: String?
    }

    /// One Roman-numbered part: its heading (with an optional value after a colon) and blocks.
    public struct Part: Sendable, Equatable {
        public var heading: String
        public var value: String?
        public var blocks: [Block]
    }

    /// Cơ quan chủ quản, above the issuer.
    public var supervisingAgency: String?
    public var issuer: String?
    public var number: String?
    public var placeAndDate: String?
    public var title: String
    public var preamble: String
    public var parts: [Part] = []
    public var closing: String
    public var recipients: [String]
    public var electronicRecipients: [String]
    public var signerTitles: [String] = []
    public var signerName: String?

    static let weekdays = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

    public init(_ plan: Plan) {
        issuer = plan.document?.issuer
        supervisingAgency = plan.document?.supervisingAgency
        number = plan.document?.number
        placeAndDate = plan.document?.date.map { date in
            OfficialDate.placeAndDate(place: plan.document?.place, date: date, year: nil, blank: "…")
        }
        title = plan.title
        preamble = Self.preamble(plan)
        closing =
            "Trên đây là kế hoạch tổ chức \(Self.meeting(plan.title)), các phòng, đơn vị được phân công phối hợp tổ chức Hội thảo./."
        recipients = plan.recipients
        electronicRecipients = plan.electronicRecipients
        if let signer = plan.signer {
            signerTitles = (signer.title ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).uppercased()
            }.filter { !$0.isEmpty }
            signerName = signer.name
        }
        parts = Self.parts(plan)
    }

    /// "Thực hiện nhiệm vụ … “…”, A phối hợp với B tổ chức hội thảo khoa học “…” cụ thể như sau:"
    static func preamble(_ plan: Plan) -> String {
        var sentence = ""
        if let project = plan.project {
            let kind = project.kind.map { ($0.first?.lowercased() ?? "") + $0.dropFirst() + " " } ?? ""
            sentence += "Thực hiện \(kind)“\(project.title)”, "
        }
        if let first = plan.organizers.first {
            let others = plan.organizers.dropFirst().joined(separator: ", ")
            sentence += first + (others.isEmpty ? "" : " phối hợp với " + others) + " tổ chức "
        } else {
            sentence += "Tổ chức "
        }
        return sentence + meeting(plan.title) + " cụ thể như sau:"
    }

    /// "hội thảo khoa học “…”", or the title itself when it says it is a hội thảo.
    static func meeting(_ title: String) -> String {
        OfficialDate.namesMeeting(title) ? title : "hội thảo khoa học “\(title)”"
    }

    /// The trích yếu under "KẾ HOẠCH": "Tổ chức Hội thảo “…”", without saying "Hội thảo" twice.
    public var subject: String {
        "Tổ chức " + (OfficialDate.namesMeeting(title) ? title : "Hội thảo “\(title)”")
    }

    static func parts(_ plan: Plan) -> [Part] {
        var parts: [Part] = []
        if !plan.purposes.isEmpty {
            parts.append(Part(heading: "MỤC ĐÍCH, YÊU CẦU", blocks: [.bullets(plan.purposes)]))
        }
        var content: [Block] = []
        var number = 0
        func next(_ text: String) -> String {
            number += 1
            return "\(number). \(text)"
        }
        if !plan.chairs.isEmpty { content += [.heading(next("Chủ trì Hội thảo:")), .bullets(plan.chairs)] }
        if let theme = plan.theme { content.append(.labeled(next("Chủ đề Hội thảo:"), "“\(theme)”.")) }
        if !plan.topics.isEmpty {
            content += [.heading(next("Những vấn đề cần tập trung làm rõ:")), .bullets(plan.topics)]
        }
        if !content.isEmpty { parts.append(Part(heading: "NỘI DUNG", blocks: content)) }
        if plan.expectedDelegates != nil || !plan.participants.isEmpty {
            let blocks = plan.participants.enumerated().flatMap { index, category -> [Block] in
                let count = category.count.map { " (\($0) đại biểu)" } ?? ""
                let members: [Block] = category.members.isEmpty ? [] : [.bullets(category.members)]
                return [.heading("\(index + 1). \(category.name)\(count)")] + members
            }
            let value = plan.expectedDelegates.map { "Dự kiến \($0) đại biểu" }
            parts.append(Part(heading: "THÀNH PHẦN", value: value, blocks: blocks))
        }
        parts.append(
            Part(
                heading: "THỜI GIAN VÀ ĐỊA ĐIỂM",
                blocks: [.labeled("1. Thời gian:", time(plan)), .labeled("2. Địa điểm:", venue(plan.venue))]))
        let programme = Self.programme(plan.agenda, firstDay: plan.date)
        if !programme.isEmpty { parts.append(Part(heading: "CHƯƠNG TRÌNH", blocks: programme)) }
        if let funding = plan.funding { parts.append(Part(heading: "KINH PHÍ THỰC HIỆN", value: funding, blocks: [])) }
        if !plan.organizingUnits.isEmpty {
            let blocks = plan.organizingUnits.enumerated().flatMap { index, unit -> [Block] in
                [.heading("\(index + 1). \(unit.name)")] + (unit.tasks.isEmpty ? [] : [.bullets(unit.tasks)])
            }
            parts.append(Part(heading: "TỔ CHỨC THỰC HIỆN", blocks: blocks))
        }
        return parts
    }

    /// "Buổi sáng, từ 7 giờ 30 đến 11 giờ 30 ngày 22/5/2020 (Thứ Sáu)."
    static func time(_ plan: Plan) -> String {
        var pieces: [String] = []
        let parts: [PartOfDay: String] = [
            .morning: "Buổi sáng", .afternoon: "Buổi chiều", .evening: "Buổi tối", .allDay: "Cả ngày",
        ]
        if let part = plan.partOfDay.flatMap({ parts[$0] }) { pieces.append(part + ",") }
        if let start = plan.startTime { pieces.append("từ " + clock(start)) }
        if let end = plan.endTime { pieces.append("đến " + clock(end)) }
        pieces.append("ngày " + short(plan.date) + " (\(weekdays[plan.date.isoWeekday - 1]))")
        if let end = plan.endDate { pieces.append("đến ngày " + short(end) + " (\(weekdays[end.isoWeekday - 1]))") }
        let text = pieces.joined(separator: " ") + "."
        return (text.first?.uppercased() ?? "") + text.dropFirst()
    }

    static func venue(_ venue: Venue) -> String {
        venue.name + (venue.building.map { " - " + $0 } ?? "") + (venue.address.map { ", " + $0 } ?? "") + "."
    }

    static func clock(_ time: TimeOfDay) -> String {
        time.minute == 0 ? "\(time.hour) giờ" : "\(time.hour) giờ \(time.minute < 10 ? "0" : "")\(time.minute)"
    }

    static func short(_ date: CalendarDate) -> String { "\(date.day)/\(date.month)/\(date.year)" }
}
