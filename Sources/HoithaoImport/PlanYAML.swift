import Foundation
import HoithaoModel

/// The plan.yaml text for a draft, in the order and schema of README.md, with a comment on every guess.
struct PlanYAML {
    let draft: PlanDraft
    let report: ImportReport
    let source: String
    private var out = YAMLText()

    init(draft: PlanDraft, report: ImportReport, source: String) {
        self.draft = draft
        self.report = report
        self.source = source
    }

    var text: String {
        var writer = self
        writer.write()
        return writer.out.text
    }

    static func date(_ date: CalendarDate) -> String { "\(date.day)/\(date.month)/\(date.year)" }

    static func partialDate(_ date: PartialDate) -> String {
        [date.day, date.month, date.year].compactMap { $0.map(String.init) }.joined(separator: "/")
    }

    static func time(_ time: TimeOfDay) -> String { "\(time.hour):\(time.minute < 10 ? "0" : "")\(time.minute)" }

    /// A comment above a field whose value was guessed, saying how, and from which line.
    private mutating func note(_ field: String, indent: Int = 0) {
        guessed(field).map { out.comment($0, indent: indent) }
    }

    private func guessed(_ field: String) -> String? {
        guard let finding = report.finding(field), let guess = finding.guess else { return nil }
        return "guessed (line \(finding.lines.first ?? 0)): \(guess)"
    }

    private mutating func write() {
        out.comment("Imported by `hoithao import` from \(source).")
        out.comment("Every value below is written in the document; lines marked “guessed” say how they were read.")
        for word in report.unrestored {
            out.comment("letters missing, left as written: " + word.description)
        }
        for key in PlanSchema.keys("") { write(key) }
    }

    /// The plan's field `key`, written in the schema's order; the fields a Kế hoạch never states (`example`,
    /// `draft`, `language`, `status`, `timezone`, `documents`, `revisions`) are left to the editor.
    private mutating func write(_ key: String) {
        note(key)
        switch key {
        case "title", "theme", "funding": out.field(key, text(key))
        case "organizers", "chairs", "purposes", "topics", "recipients", "electronic_recipients":
            out.list(key, texts(key))
        case "date", "end_date": out.field(key, (key == "date" ? draft.date : draft.endDate).map(Self.date))
        case "start_time", "end_time":
            out.field(key, (key == "start_time" ? draft.startTime : draft.endTime).map(Self.time))
        case "part_of_day": out.field(key, draft.partOfDay?.rawValue)
        case "document": writeDocument()
        case "project": draft.project.map { mapping(key, ["title": .text($0.title), "kind": .text($0.kind)]) }
        case "venue":
            draft.venue.map {
                mapping(key, ["name": .text($0.name), "building": .text($0.building), "address": .text($0.address)])
            }
        case "participants": writeParticipants()
        case "organizing_units":
            guard !draft.organizingUnits.isEmpty else { return }
            out.open(key)
            for unit in draft.organizingUnits {
                out.fields(
                    PlanSchema.keys(key), ["name": .text(unit.name), "tasks": .list(unit.tasks)], indent: 4,
                    bullet: true)
            }
        case "signer": draft.signer.map { mapping(key, ["title": .text($0.title), "name": .text($0.name)]) }
        case "agenda": writeAgenda()
        default: break
        }
    }

    private func text(_ key: String) -> String? {
        switch key {
        case "title": draft.title
        case "theme": draft.theme
        default: draft.funding
        }
    }

    private func texts(_ key: String) -> [String] {
        switch key {
        case "organizers": draft.organizers
        case "chairs": draft.chairs
        case "purposes": draft.purposes
        case "topics": draft.topics
        case "recipients": draft.recipients
        default: draft.electronicRecipients
        }
    }

    /// `key:` and, indented under it, the values given, in the schema's order.
    private mutating func mapping(_ key: String, _ values: [String: YAMLText.Value]) {
        let keys = PlanSchema.keys(key)
        out.open(key)
        out.fields(keys, values, indent: 2, comments: keys.reduce(into: [:]) { $0[$1] = guessed(key + "." + $1) })
    }

    private mutating func writeDocument() {
        let document = draft.document
        guard document != PlanDocument() else { return }
        mapping(
            "document",
            [
                "number": .text(document.number), "place": .text(document.place),
                "date": .text(document.date.map(Self.partialDate)), "issuer": .text(document.issuer),
                "supervising_agency": .text(document.supervisingAgency),
            ])
    }

    private mutating func writeParticipants() {
        guard draft.expectedDelegates != nil || !draft.participants.isEmpty else { return }
        out.open("participants")
        out.bare("expected", draft.expectedDelegates.map(String.init), indent: 2)
        guard !draft.participants.isEmpty else { return }
        note("participants.categories", indent: 2)
        out.open("categories", indent: 2)
        for category in draft.participants {
            out.fields(
                PlanSchema.keys("participants.categories"),
                [
                    "name": .text(category.name), "count": .bare(category.count.map(String.init)),
                    "attended": .bare(category.attended.map(String.init)),
                    "members": .list(category.members),
                ], indent: 6, bullet: true)
        }
    }

    private mutating func writeAgenda() {
        guard let first = draft.date, !draft.agendaItems.isEmpty else { return }
        out.open("agenda")
        for day in draft.agenda where !day.sessions.allSatisfy(\.items.isEmpty) {
            out.field("date", Self.date(day.date ?? first), indent: 4, bullet: true)
            let sessions = day.sessions.filter { !$0.items.isEmpty }
            // A day of one plain session lists its items directly, as most plans do.
            if let only = sessions.first, sessions.count == 1, only.title == nil, only.room == nil, only.chair == nil {
                writeItems(only.items, indent: 4)
                continue
            }
            out.open("sessions", indent: 4)
            for session in sessions {
                let fields = [("title", session.title), ("room", session.room), ("chair", session.chair)].compactMap {
                    key, value in value.map { (key, $0) }
                }
                for (index, (key, value)) in fields.enumerated() {
                    out.field(key, value, indent: 8, bullet: index == 0)
                }
                writeItems(session.items, indent: 8, bullet: fields.isEmpty)
            }
        }
    }

    private mutating func writeItems(_ items: [AgendaItem], indent: Int, bullet: Bool = false) {
        out.open("items", indent: indent, bullet: bullet)
        for item in items {
            out.fields(
                PlanSchema.keys("agenda.sessions.items"),
                [
                    "start": .text(Self.time(item.start)), "end": .text(item.end.map(Self.time)),
                    "title": .text(item.title), "kind": .bare(item.kind.id), "room": .text(item.room),
                    "speakers": .mappings(
                        PlanSchema.keys("agenda.sessions.items.speakers"),
                        item.speakers.map { ["name": .text($0.name), "affiliation": .text($0.affiliation)] }),
                ], indent: indent + 4, bullet: true)
        }
    }
}
