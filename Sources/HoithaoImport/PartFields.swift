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

        static func of(_ line: DocumentLine) -> NamedField? {
            allCases.first {
                TextPattern("^(?:" + TextPattern.any(["những", "các"]) + #"\s+)?"# + TextPattern.any($0.keywords))
                    .matches(line.label)
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
            case .content: readList("topics", loose, \.topics)
            case .participants: readParticipants(part, loose: loose, items: unnamed)
            case .schedule where draft.date == nil: readTime([part.heading] + loose)
            case .schedule: break
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
        #"(\d{1,5})\s*"# + TextPattern.any(["đại biểu", "người", "khách", "thành viên"]))

    private mutating func readParticipants(_ part: PlanPart, loose: [DocumentLine], items: [PartItem]) {
        for line in [part.heading] + loose where draft.expectedDelegates == nil {
            if let match = Self.delegateCount.firstMatch(in: line.folded), let count = match.group(1).flatMap(Int.init)
            {
                draft.expectedDelegates = count
                found("participants.expected", line)
            }
        }
        var categories: [ParticipantCategory] = []
        for item in items {
            let heading = item.heading
            let count = Self.delegateCount.firstMatch(in: heading.folded)?.group(1).flatMap(Int.init)
            var name = heading.label
            if count != nil, let paren = name.firstIndex(of: "(") { name = String(name[..<paren]) }
            var members = item.children.map(\.text)
            if let value = heading.valueAfterColon, Self.delegateCount.firstMatch(in: FoldedText(value)) == nil {
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
