import Foundation
import HoithaoModel

/// The Roman-numbered parts: purposes, content (chairs, theme, topics), participants, funding,
/// organizing units, and the prose of parts with no field.
extension PlanImporter {
    /// Items and lines that name their own field ("Chủ trì Hội thảo:", "Thời gian:"), in whatever part they are.
    enum NamedField: CaseIterable {
        case chairs, theme, topics, time, venue, funding, agenda, purposes

        var keywords: [String] {
            switch self {
            case .chairs: return ["chủ trì"]
            case .theme: return ["chủ đề"]
            case .topics: return ["vấn đề", "nội dung chính", "nội dung thảo luận"]
            case .time: return ["thời gian"]
            case .venue: return ["địa điểm"]
            case .funding: return ["kinh phí"]
            case .agenda: return ["chương trình"]
            case .purposes: return ["mục đích", "yêu cầu"]
            }
        }

        /// Longer phrases that name the field anywhere in a heading, for headings whose first words were damaged.
        var phrases: [String] {
            self == .topics ? ["tập trung làm rõ", "cần làm rõ"] : []
        }

        static func of(_ line: DocumentLine) -> NamedField? {
            allCases.first { field in
                TextPattern("^(?:" + TextPattern.any(["những", "các"]) + #"\s+)?"# + TextPattern.any(field.keywords))
                    .matches(line.label)
                    || field.phrases.contains { TextPattern(TextPattern.kw($0)).matches(line.label) }
            }
        }
    }

    mutating func readPart(_ part: PlanPart) {
        var unnamed: [PartItem] = []
        for item in part.items {
            if let field = NamedField.of(item.heading) {
                readNamed(field, heading: item.heading, children: item.children)
            } else {
                unnamed.append(item)
            }
        }
        var loose: [DocumentLine] = []
        for line in part.loose {
            if line.valueAfterColon != nil, let field = NamedField.of(line) {
                readNamed(field, heading: line, children: [])
            } else {
                loose.append(line)
            }
        }
        let inline = part.heading.valueAfterColon
        place([part.heading])
        for kind in part.kinds {
            switch kind {
            case .purposes: readList("purposes", loose + unnamed.flatMap { [$0.heading] + $0.children }, \.purposes)
            case .content:
                readList("topics", loose, \.topics)
                readUnnamedTheme(readProgrammeItems(unnamed))
            case .participants: readParticipants(part, loose: loose, items: unnamed)
            case .schedule: readUnnamedSchedule(part, loose: loose, items: unnamed)
            case .funding: readFunding(inline.map { [part.heading.with(text: $0)] } ?? loose, source: [part.heading])
            case .agenda: readAgenda(loose + unnamed.flatMap { [$0.heading] + $0.children })
            case .organization: readUnits(loose: loose, items: unnamed)
            }
        }
        if part.kinds.isEmpty {
            let paragraphs = (loose + unnamed.flatMap { [$0.heading] + $0.children }).map(\.quoted)
            draft.otherParts.append(ProseSection(heading: part.heading.label, paragraphs: paragraphs))
            place(part.bodyLines)
            note("part “\(part.heading.label)” has no field in plan.yaml; it is written to index.md as prose")
        }
    }

    /// Items of the time-and-venue part whose names were too damaged to read: a date makes the
    /// time; the next item is taken as the place, and said to be a guess.
    private mutating func readUnnamedSchedule(_ part: PlanPart, loose: [DocumentLine], items: [PartItem]) {
        if draft.date == nil { readTime([part.heading] + loose) }
        for item in items {
            let lines = [item.heading] + item.children
            if draft.date == nil {
                readTime(lines)
                if draft.date != nil { continue }
            }
            if draft.venue == nil, let value = item.heading.valueAfterColon {
                readVenue([item.heading.with(text: value)] + item.children, source: lines)
                markGuess("venue", "an item of the time-and-venue part whose name could not be read")
            }
        }
    }

    /// Numbered items of the content part that name the steps of a programme (khai mạc, đề dẫn, tham luận, thảo
    /// luận, bế mạc): at least two of them are the programme, as many a plan writes it under "NỘI DUNG". Returns
    /// the other items.
    private mutating func readProgrammeItems(_ items: [PartItem]) -> [PartItem] {
        let steps = items.filter { Self.kind(of: $0.heading.text) != .other }
        guard steps.count >= 2 else { return items }
        readAgenda(steps.flatMap { [$0.heading] + $0.children })
        let used = Set(steps.map(\.heading.number))
        return items.filter { !used.contains($0.heading.number) }
    }

    /// An item of the content part with a quoted value and an unreadable name is the theme (Chủ đề).
    private mutating func readUnnamedTheme(_ items: [PartItem]) {
        guard draft.theme == nil,
            let item = items.first(where: { $0.heading.valueAfterColon?.hasPrefix("“") == true }),
            let value = item.heading.valueAfterColon
        else { return }
        draft.theme = Self.trimmed(value)
        found("theme", item.heading, guess: "a quoted item of the content part whose name could not be read")
    }

    mutating func markGuess(_ field: String, _ guess: String) {
        if let index = report.found.firstIndex(where: { $0.field == field }) { report.found[index].guess = guess }
    }

    private mutating func readNamed(_ field: NamedField, heading: DocumentLine, children: [DocumentLine]) {
        let inline = heading.valueAfterColon.map { heading.with(text: $0) }
        let lines = (inline.map { [$0] } ?? []) + children
        place([heading])
        switch field {
        case .chairs:
            let values = children.isEmpty ? (inline?.text.split(separator: ";").map(String.init) ?? []) : nil
            readList("chairs", lines, \.chairs, values: values, source: [heading] + children)
        case .theme:
            guard let first = lines.first else { return }
            draft.theme = Self.trimmed(first.text)
            found("theme", [heading] + children.prefix(inline == nil ? 1 : 0))
        case .topics: readList("topics", children.isEmpty ? lines : children, \.topics)
        case .purposes: readList("purposes", lines, \.purposes)
        case .time: readTime([heading] + children)
        case .venue: readVenue(lines, source: [heading] + children)
        case .funding: readFunding(lines, source: [heading] + children)
        case .agenda: readAgenda(children.isEmpty ? lines : children)
        }
    }

    /// Every line as one entry of a list field (bullets and paragraphs alike).
    private mutating func readList(
        _ field: String, _ lines: [DocumentLine], _ path: WritableKeyPath<PlanDraft, [String]>,
        values: [String]? = nil, source: [DocumentLine]? = nil
    ) {
        let entries = (values ?? lines.map(\.text)).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        guard !entries.isEmpty else { return }
        draft[keyPath: path] += entries
        found(field, source ?? lines)
    }

    private mutating func readFunding(_ lines: [DocumentLine], source: [DocumentLine]) {
        let text = lines.map(\.text).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        draft.funding = text
        found("funding", source + lines)
    }

    static let delegateCount = TextPattern(
        #"(\d{1,5})\s*"# + TextPattern.any(["đại biểu", "người", "khách", "thành viên"]) + "|"
            + TextPattern.any(["dự kiến", "tổng số", "khoảng"]) + #"\s*(\d{1,5})"#)

    /// "70 đại biểu", "Dự kiến 70", "Tổng số 60 đại biểu".
    static func delegates(in text: String) -> Int? {
        delegateCount.firstMatch(in: FoldedText(text)).flatMap { $0.group(1) ?? $0.group(2) }.flatMap { Int($0) }
    }

    private mutating func readParticipants(_ part: PlanPart, loose: [DocumentLine], items: [PartItem]) {
        for line in [part.heading] + loose where draft.expectedDelegates == nil {
            if let count = Self.delegates(in: line.text) {
                draft.expectedDelegates = count
                found("participants.expected", line)
            }
        }
        var categories: [ParticipantCategory] = []
        for item in items {
            let heading = item.heading
            let count = Self.delegates(in: heading.text)
            var name = heading.label
            if count != nil, let paren = name.firstIndex(of: "(") { name = String(name[..<paren]) }
            var members = item.children.map(\.text)
            if let value = heading.valueAfterColon, Self.delegates(in: value) == nil {
                members.insert(value, at: 0)
            }
            categories.append(ParticipantCategory(name: Self.trimmed(name), count: count, members: members))
            found("participants.categories", [heading] + item.children)
        }
        if items.isEmpty {
            for line in loose where line.marker == .bullet && line.valueAfterColon != nil {
                categories.append(ParticipantCategory(name: line.label, members: [line.valueAfterColon ?? ""]))
                found("participants.categories", line, guess: "categories read from “Name: members” lines")
            }
        }
        draft.participants += categories
    }

    private mutating func readUnits(loose: [DocumentLine], items: [PartItem]) {
        for item in items {
            var tasks = item.children.map(\.text)
            if let value = item.heading.valueAfterColon { tasks.insert(value, at: 0) }
            draft.organizingUnits.append(OrganizingUnit(name: Self.trimmed(item.heading.label), tasks: tasks))
            found("organizing_units", [item.heading] + item.children)
        }
        guard items.isEmpty else { return }
        for line in loose {
            guard let task = line.valueAfterColon else { continue }
            draft.organizingUnits.append(OrganizingUnit(name: Self.trimmed(line.label), tasks: [task]))
            found("organizing_units", line, guess: "units read from “Unit: task” lines")
        }
    }
}

extension DocumentLine {
    /// The same line with other text (a value cut out of it).
    func with(text: String) -> DocumentLine {
        var copy = self
        copy.text = text
        copy.marker = .none
        return copy
    }
}
