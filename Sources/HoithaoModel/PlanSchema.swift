/// The schema of a workshop's `plan.yaml`, declared once: `PlanReader` takes its keys, `hoithao new` its comments,
/// `hoithao import` its order, and docs/content.md its table (a test compares them).
public enum PlanSchema {
    private typealias F = SchemaField

    /// The file's own keys, in the order a plan is written.
    public static let root = SchemaField(
        "plan.yaml", .mapping, help: "the workshop's plan",
        fields: [
            F("title", .text, "required", help: "the workshop's title", vietnamese: "tên hội thảo"),
            F(
                "example", .flag, help: "labels the workshop as a demonstration",
                vietnamese: "ví dụ"),
            F(
                "draft", .flag, help: "leaves the workshop out of the site unless `--drafts`",
                vietnamese: "bản nháp"),
            F(
                "language", .choice(["vi", "en"], standard: nil), "default the site's",
                help: "the language of the workshop's pages", vietnamese: "ngôn ngữ"),
            F(
                "status", .choice(WorkshopStatus.allCases.map(\.rawValue), standard: WorkshopStatus.scheduled.rawValue),
                help: "shown on its card and pages", vietnamese: "tình trạng"),
            F(
                "document", .mapping, help: "the Kế hoạch document itself", vietnamese: "văn bản Kế hoạch",
                fields: document),
            F(
                "organizers", .texts, help: "the organizing bodies",
                vietnamese: "đơn vị tổ chức, phối hợp"),
            F(
                "project", .mappingOrText("title"), help: "the research project the workshop serves",
                vietnamese: "nhiệm vụ, đề tài", fields: project),
            F("theme", .text, help: "the theme", vietnamese: "chủ đề"),
            F("chairs", .texts, help: "who chairs the workshop", vietnamese: "chủ trì"),
            F(
                "purposes", .texts, help: "purposes and requirements",
                vietnamese: "mục đích, yêu cầu"),
            F("topics", .texts, help: "the questions to discuss", vietnamese: "nội dung"),
            F("date", .date, "required", help: "the (first) day", vietnamese: "ngày đầu tiên"),
            F(
                "end_date", .date, "on or after `date`", help: "the last day of a workshop of several days",
                vietnamese: "ngày cuối"),
            F("start_time", .time, help: "when it starts", vietnamese: "giờ bắt đầu"),
            F(
                "end_time", .time, "after `start_time` on a one-day workshop", help: "when it ends",
                vietnamese: "giờ kết thúc"),
            F(
                "part_of_day", .choice(PartOfDay.allCases.map(\.rawValue), standard: nil),
                help: "the part of the day", vietnamese: "buổi sáng, chiều, tối, cả ngày"),
            F(
                "timezone", .text, "an IANA zone; default the site's", help: "the zone of every time in the plan",
                vietnamese: "múi giờ"),
            F(
                "venue", .mapping, "required", help: "where it takes place", vietnamese: "địa điểm",
                fields: venue),
            F(
                "participants", .mapping, help: "who takes part", vietnamese: "thành phần đại biểu",
                fields: participants),
            F("funding", .text, help: "how it is funded", vietnamese: "kinh phí thực hiện"),
            F(
                "organizing_units", .list, help: "who does what", vietnamese: "tổ chức thực hiện",
                fields: [
                    F("name", .text, "required", help: "the unit"),
                    F("tasks", .texts, help: "its tasks"),
                ]),
            F("recipients", .texts, help: "who receives the plan", vietnamese: "nơi nhận"),
            F("electronic_recipients", .texts, help: "who receives an electronic copy", vietnamese: "bản điện tử"),
            F(
                "signer", .mapping, help: "who signs the plan", vietnamese: "người ký",
                fields: [
                    F("title", .text, help: "the signer's position (`Giám đốc`)"),
                    F("name", .text, "required in the mapping", help: "the signer's name"),
                ]),
            F(
                "documents", .list,
                help: "titles for the files in `documents/` (a file without one is shown by its name)",
                vietnamese: "tài liệu",
                fields: [
                    F("file", .text, "required; a file in `documents/`", help: "the file's name"),
                    F("title", .text, "required", help: "the title shown for it"),
                ]),
            F("agenda", .list, help: "the programme, day by day", vietnamese: "chương trình", fields: agendaDay),
            F(
                "revisions", .list, "oldest first", help: "changes after publication, shown with the agenda",
                vietnamese: "thay đổi sau khi đăng",
                fields: [
                    F("date", .date, "required", help: "when the change was made"),
                    F("time", .time, help: "at what time"),
                    F("note", .text, "required", help: "what changed (`Khai mạc lùi sang 8 giờ`)"),
                    F("items", .texts, "titles of agenda items", help: "the items the change concerns"),
                ]),
        ])

    /// The top-level field `key`, or the one at a dotted path (`venue.name`, `agenda.sessions.items`).
    public static func field(_ path: String) -> SchemaField? { root.field(path) }

    /// The keys under the field at `path`; `""` for the file's own.
    public static func keys(_ path: String) -> [String] { root.keys(path) }

    private static let document = [
        F("number", .text, help: "\"Số: …\", kept as written, blanks included (`/KH-KHCN`)", vietnamese: "số văn bản"),
        F("place", .text, help: "where it was issued", vietnamese: "nơi ban hành"),
        F("date", .partialDate, help: "when it was issued", vietnamese: "ngày ban hành"),
        F(
            "supervising_agency", .text,
            help: "the body above the issuer, printed above its name (`UBND tỉnh Bắc Giang`)",
            vietnamese: "cơ quan chủ quản"),
        F("issuer", .text, help: "the issuing body", vietnamese: "cơ quan ban hành"),
    ]

    private static let project = [
        F("title", .text, "required in the mapping", help: "the project's title"),
        F("kind", .text, help: "its kind (`Nhiệm vụ KH&CN cấp tỉnh`)"),
    ]

    private static let venue = [
        F("name", .text, "required", help: "the room or hall", vietnamese: "phòng, hội trường"),
        F("building", .text, help: "the building or institution", vietnamese: "toà nhà, cơ quan"),
        F("address", .text, help: "the address", vietnamese: "địa chỉ"),
        F(
            "latitude", .decimal(NumberRange.latitude), "with `longitude`", help: "for a link to OpenStreetMap",
            vietnamese: "vĩ độ"),
        F(
            "longitude", .decimal(NumberRange.longitude), "with `latitude`", help: "for a link to OpenStreetMap",
            vietnamese: "kinh độ"),
        F("directions", .markdown, help: "how to get there, parking", vietnamese: "chỉ đường"),
    ]

    private static let participants = [
        F(
            "expected", .wholeNumber(NumberRange.people, unit: nil),
            help: "the expected number of delegates", vietnamese: "dự kiến số đại biểu"),
        F(
            "categories", .list, help: "the categories of delegates", vietnamese: "các thành phần",
            fields: [
                F("name", .text, "required", help: "the category (`Đại biểu Trung ương`)"),
                F(
                    "count", .wholeNumber(NumberRange.people, unit: nil),
                    help: "its expected count; with a count for every category the page draws a chart",
                    vietnamese: "số dự kiến"),
                F(
                    "attended", .wholeNumber(NumberRange.people, unit: nil), "after the event",
                    help: "how many came, for the report (`hoithao print report`)", vietnamese: "số thực tế tham dự"),
                F("members", .texts, help: "its member organizations, as written in the plan"),
            ]),
    ]

    private static let agendaDay = [
        F("date", .date, "required; within `date` … `end_date`", help: "the day"),
        F(
            "sessions", .list, help: "the day's sessions", vietnamese: "các phiên",
            fields: [
                F("title", .text, help: "the session's title (`Phiên toàn thể`)"),
                F("room", .text, help: "its room"),
                F("chair", .text, help: "who chairs it"),
                F(
                    "items", .list, help: "its items; a day's own `items` take the same fields",
                    fields: agendaItem),
            ]),
        F(
            "items", .list,
            help: "the day's items when it has one session without a title (a day has `sessions` or `items`, not both)",
            vietnamese: "các mục", fields: agendaItem, documentsFields: false),
    ]

    private static let agendaItem = [
        F("start", .time, "required", help: "when the item starts"),
        F("end", .time, "after `start`", help: "when it ends"),
        F(
            "duration", .wholeNumber(NumberRange.minutes, unit: "minutes"), "instead of `end`",
            help: "how long it lasts", vietnamese: "thời lượng"),
        F("title", .text, "required", help: "what happens"),
        F(
            "kind", .choice(AgendaItemKind.builtIn.map(\.id), standard: AgendaItemKind.other.id),
            "or a kind of `agenda_kinds`", help: "the kind of item, which the theme labels and styles",
            vietnamese: "loại mục"),
        F(
            "speakers", .list, "each a name, or a mapping", help: "who speaks", vietnamese: "người trình bày",
            fields: [
                F("name", .text, "required in the mapping", help: "the speaker's name"),
                F("affiliation", .text, help: "the speaker's organization"),
            ]),
        F("room", .text, help: "the item's own room, instead of the session's", vietnamese: "phòng"),
        F("paper", .text, "a paper's slug", help: "links the item to the paper's page", vietnamese: "tham luận"),
        F("description", .markdown, help: "notes", vietnamese: "ghi chú"),
    ]
}
