import HoithaoModel
import HoithaoTheme

/// Small texts made from model values for display.
enum Format {
    /// "12 KB", "1,3 MB" in Vietnamese or "1.3 MB" in English.
    static func fileSize(_ bytes: Int, language: Language) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let kilobytes = Double(bytes) / 1024
        if kilobytes < 1024 { return "\(Int(kilobytes.rounded())) KB" }
        let tenths = Int((kilobytes / 1024 * 10).rounded())
        let separator = language == .vietnamese ? "," : "."
        return "\(tenths / 10)\(separator)\(tenths % 10) MB"
    }

    /// "Nguyễn Văn A (Viện Rau quả)".
    static func speaker(_ speaker: Speaker) -> String {
        speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
    }

    /// "Thứ Sáu, 22/5/2020", or a range over several days.
    static func dates(_ plan: Plan, _ t: ThemeStrings) -> String {
        guard let end = plan.endDate, end != plan.date else { return t.weekdayDate(plan.date) }
        return t.weekdayDate(plan.date) + " – " + t.weekdayDate(end)
    }

    /// "7 giờ 30", "7 giờ 30 – 11 giờ 30".
    static func times(start: TimeOfDay?, end: TimeOfDay?, _ t: ThemeStrings) -> String? {
        guard let start else { return nil }
        guard let end else { return t.time(start) }
        return t.time(start) + " – " + t.time(end)
    }

    /// The venue on one line: room, building, address.
    static func venueLine(_ venue: Venue) -> String {
        ([venue.name, venue.building, venue.address] as [String?]).compactMap { $0 }.joined(separator: ", ")
    }

    /// The file type a visitor recognizes: "PDF", "DOCX".
    static func fileType(_ fileExtension: String) -> String {
        fileExtension.isEmpty ? "—" : fileExtension.uppercased()
    }

    /// A list of texts for a template: `{{#list}}<ul>{{#items}}<li>{{text}}</li>{{/items}}</ul>{{/list}}`;
    /// nil when empty, so the template leaves out the list and its heading.
    static func list(_ texts: [String]) -> TemplateContext? {
        group(texts.map { ["text": $0] })
    }

    /// Any list for a template, as `{{#group}}…{{#items}}…{{/items}}…{{/group}}`; nil when empty.
    static func group(_ entries: [TemplateContext]) -> TemplateContext? {
        entries.isEmpty ? nil : ["items": entries]
    }
}
