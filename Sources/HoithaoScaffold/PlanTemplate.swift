import HoithaoModel

/// The plan a new workshop starts from: every field of `PlanSchema` present or shown in a comment, each explained
/// in Vietnamese and English in the schema's words.
enum PlanTemplate {
    typealias Sample = Placeholder

    static func text(title: String) -> String {
        var plan = PlanLines()
        plan.note(
            """
            Kế hoạch hội thảo — the workshop's plan.
            Chỉ `title`, `date` và `venue` là bắt buộc; xoá các trường không dùng.
            Only `title`, `date` and `venue` are required; delete the fields you do not use.
            `hoithao build` nhắc từng giá trị mẫu chưa được thay / warns of each sample value not yet replaced.
            Ngày viết 22/5/2020 hoặc 2020-05-22; giờ viết "7:30" (trong dấu ngoặc kép).
            Dates are written 22/5/2020 or 2020-05-22; times "7:30" (in quotes).
            """)
        plan.blank()
        plan.line("title: \(Escape.yamlQuoted(title))", "title")
        plan.line("example: false", "example")
        plan.line("draft: false", "draft")
        plan.line("language: vi", "language")
        plan.line("status: scheduled", "status")
        plan.blank()
        plan.line("document:", "document")
        plan.line("  number: /KH-KHCN", "document.number")
        plan.line("  place: Bắc Giang", "document.place")
        plan.line("  date: 5/2020", "document.date")
        plan.line("  supervising_agency: UBND tỉnh Bắc Giang", "document.supervising_agency")
        plan.line("  issuer: Sở Khoa học và Công nghệ", "document.issuer")
        plan.blank()
        plan.line("organizers:", "organizers")
        plan.line("  - Sở Khoa học và Công nghệ")
        plan.line("project:", "project")
        plan.line("  title: \(Sample.projectTitle.text)", "project.title")
        plan.line("  kind: Nhiệm vụ KH&CN cấp tỉnh", "project.kind")
        plan.line("theme: \(Sample.theme.text)", "theme")
        plan.line("chairs:", "chairs")
        plan.line("  - Giám đốc Sở Khoa học và Công nghệ")
        plan.line("purposes:", "purposes")
        plan.line("  - Lấy ý kiến các nhà khoa học và nhà quản lý.")
        plan.line("topics:", "topics")
        plan.line("  - \(Sample.topics[0].text)")
        plan.line("  - \(Sample.topics[1].text)")
        plan.blank()
        plan.line("date: \(Sample.date.text)", "date")
        plan.line("end_date: \(Sample.endDate.text)", "end_date")
        plan.line("start_time: \"7:30\"", "start_time")
        plan.line("end_time: \"11:30\"", "end_time")
        plan.line("part_of_day: morning", "part_of_day")
        plan.line("timezone: Asia/Ho_Chi_Minh", "timezone")
        plan.blank()
        venue(&plan)
        plan.blank()
        participants(&plan)
        plan.blank()
        plan.line("funding: Kinh phí sự nghiệp khoa học và công nghệ.", "funding")
        plan.blank()
        plan.line("organizing_units:", "organizing_units")
        plan.line("  - name: Văn phòng Sở", "organizing_units.name")
        plan.line("    tasks:", "organizing_units.tasks")
        plan.line("      - Chuẩn bị hội trường.")
        plan.blank()
        plan.line("recipients:", "recipients")
        plan.line("  - Lưu VT.")
        plan.line("electronic_recipients:", "electronic_recipients")
        plan.line("  - Lãnh đạo Sở.")
        plan.line("signer:", "signer")
        plan.line("  title: Giám đốc", "signer.title")
        plan.line("  name: Nguyễn Văn A", "signer.name")
        plan.blank()
        plan.line("documents: []", "documents")
        plan.line("#  - file: ke-hoach.pdf", "documents.file")
        plan.line("#    title: Kế hoạch (bản scan)", "documents.title")
        plan.blank()
        agenda(&plan)
        plan.blank()
        plan.line("revisions: []", "revisions")
        plan.line("#  - date: 20/5/2030", "revisions.date")
        plan.line("#    time: \"17:00\"", "revisions.time")
        plan.line("#    note: Đổi giờ khai mạc", "revisions.note")
        plan.line("#    items: [Khai mạc hội thảo]", "revisions.items")
        return plan.text
    }

    private static func venue(_ plan: inout PlanLines) {
        plan.line("venue:", "venue")
        plan.line("  name: \(Sample.venueName.text)", "venue.name")
        plan.line("  building: Sở Khoa học và Công nghệ", "venue.building")
        plan.line("  address: \(Sample.venueAddress.text)", "venue.address")
        plan.line("  # latitude: 21.2731", "venue.latitude")
        plan.line("  # longitude: 106.1946", "venue.longitude")
        plan.line("  directions: |", "venue.directions")
        plan.line("    \(Sample.venueDirections.text)")
    }

    private static func participants(_ plan: inout PlanLines) {
        plan.line("participants:", "participants")
        plan.line("  expected: 70", "participants.expected")
        plan.line("  categories:", "participants.categories")
        plan.line("    - name: Đại biểu Trung ương", "participants.categories.name")
        plan.line("      count: 20", "participants.categories.count")
        plan.line("      # attended: 18", "participants.categories.attended")
        plan.line("      members:", "participants.categories.members")
        plan.line("        - Bộ Khoa học và Công nghệ")
        plan.line("    - name: Đại biểu tỉnh")
        plan.line("      members:")
        plan.line("        - Các Sở, ban, ngành")
    }

    private static func agenda(_ plan: inout PlanLines) {
        let item = "agenda.sessions.items."
        plan.line("agenda:", "agenda")
        plan.line("  - date: 22/5/2030", "agenda.date")
        plan.line("    items:", "agenda.items")
        plan.line("      - start: \"7:30\"", item + "start")
        plan.line("        end: \"8:00\"", item + "end")
        plan.line("        title: Đón tiếp đại biểu", item + "title")
        plan.line("        kind: registration", item + "kind")
        plan.line("      - start: \"8:00\"")
        plan.line("        duration: 15", item + "duration")
        plan.line("        title: Khai mạc hội thảo")
        plan.line("        kind: opening")
        plan.line("        speakers:", item + "speakers")
        plan.line("          - name: Nguyễn Văn A", item + "speakers.name")
        plan.line("            affiliation: Sở Khoa học và Công nghệ", item + "speakers.affiliation")
        plan.line("        # room: Phòng họp số 2", item + "room")
        plan.line("        # paper: ten-tep-tham-luan", item + "paper")
        plan.line("        # description: Phát biểu của lãnh đạo Sở.", item + "description")
        plan.note("Một ngày có phiên song song viết `sessions:` thay cho `items:`:", indent: 4)
        plan.note("A day with parallel sessions has `sessions:` instead of `items:`:", indent: 4)
        plan.line("    # sessions:", "agenda.sessions")
        plan.line("    #   - title: Phiên toàn thể", "agenda.sessions.title")
        plan.line("    #     room: Hội trường tầng 5", "agenda.sessions.room")
        plan.line("    #     chair: Giám đốc Sở", "agenda.sessions.chair")
        plan.line("    #     items: …", "agenda.sessions.items")
    }
}

/// The lines of a commented YAML file, each field's comment taken from `PlanSchema` and set in one column.
struct PlanLines {
    private var lines: [String] = []
    static let commentColumn = 38

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// `text`, with the help of the field at `path` (a dotted path in `PlanSchema`) after it.
    mutating func line(_ text: String, _ path: String? = nil) {
        guard let path, let field = PlanSchema.field(path) else {
            lines.append(text)
            return
        }
        let help = [field.vietnamese, field.help, field.type.values].compactMap { $0 }.filter { !$0.isEmpty }
        let pad = String(repeating: " ", count: max(1, Self.commentColumn - text.count - 1))
        lines.append(text + pad + "# " + help.joined(separator: " / "))
    }

    mutating func note(_ text: String, indent: Int = 0) {
        for line in text.split(separator: "\n") {
            lines.append(String(repeating: " ", count: indent) + "# " + line)
        }
    }

    mutating func blank() { lines.append("") }
}
