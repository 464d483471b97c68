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
        guard let finding = report.finding(field), let guess = finding.guess else { return }
        out.comment("guessed (line \(finding.lines.first ?? 0)): \(guess)", indent: indent)
    }

    private mutating func write() {
        out.comment("Imported by `hoithao import` from \(source).")
        out.comment("Every value below is written in the document; lines marked “guessed” say how they were read.")
        for word in report.unrestored {
            out.comment("letters missing, left as written: " + word.description)
        }
        out.field("title", draft.title)
        writeDocument()
        note("organizers")
        out.list("organizers", draft.organizers)
        if let project = draft.project {
            out.open("project")
            out.field("title", project.title, indent: 2)
            out.field("kind", project.kind, indent: 2)
        }
        out.field("theme", draft.theme)
        out.list("chairs", draft.chairs)
        out.list("purposes", draft.purposes)
        out.list("topics", draft.topics)
        writeSchedule()
        writeVenue()
        writeParticipants()
        out.field("funding", draft.funding)
        note("organizing_units")
        if !draft.organizingUnits.isEmpty {
            out.open("organizing_units")
            for unit in draft.organizingUnits {
                out.field("name", unit.name, indent: 4, bullet: true)
                out.list("tasks", unit.tasks, indent: 4)
            }
        }
        out.list("recipients", draft.recipients)
        out.list("electronic_recipients", draft.electronicRecipients)
        if let signer = draft.signer {
            out.open("signer")
            out.field("title", signer.title, indent: 2)
            out.field("name", signer.name, indent: 2)
        }
        writeAgenda()
    }

    private mutating func writeDocument() {
        let document = draft.document
        guard document != PlanDocument() else { return }
        out.open("document")
        out.field("number", document.number, indent: 2)
        out.field("place", document.place, indent: 2)
        out.field("date", document.date.map(Self.partialDate), indent: 2)
        note("document.issuer", indent: 2)
        out.field("issuer", document.issuer, indent: 2)
    }

    private mutating func writeSchedule() {
        note("date")
        out.field("date", draft.date.map(Self.date))
        note("end_date")
        out.field("end_date", draft.endDate.map(Self.date))
        out.field("start_time", draft.startTime.map(Self.time))
        out.field("end_time", draft.endTime.map(Self.time))
        note("part_of_day")
        out.field("part_of_day", draft.partOfDay?.rawValue)
    }

    private mutating func writeVenue() {
        guard let venue = draft.venue else { return }
        note("venue")
        out.open("venue")
        out.field("name", venue.name, indent: 2)
        out.field("building", venue.building, indent: 2)
        out.field("address", venue.address, indent: 2)
    }

    private mutating func writeParticipants() {
        guard draft.expectedDelegates != nil || !draft.participants.isEmpty else { return }
        out.open("participants")
        out.bare("expected", draft.expectedDelegates.map(String.init), indent: 2)
        guard !draft.participants.isEmpty else { return }
        note("participants.categories", indent: 2)
        out.open("categories", indent: 2)
        for category in draft.participants {
            out.field("name", category.name, indent: 6, bullet: true)
            out.bare("count", category.count.map(String.init), indent: 6)
            out.list("members", category.members, indent: 6)
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
            out.field("start", Self.time(item.start), indent: indent + 4, bullet: true)
            out.field("end", item.end.map(Self.time), indent: indent + 4)
            out.field("title", item.title, indent: indent + 4)
            out.bare("kind", item.kind.id, indent: indent + 4)
            out.field("room", item.room, indent: indent + 4)
            guard !item.speakers.isEmpty else { continue }
            out.open("speakers", indent: indent + 4)
            for speaker in item.speakers {
                out.field("name", speaker.name, indent: indent + 8, bullet: true)
                out.field("affiliation", speaker.affiliation, indent: indent + 8)
            }
        }
    }
}
