import Foundation

/// The parts of a Kế hoạch by their Roman-numbered headings, recognized by keyword in any order.
enum PartKind: String, CaseIterable, Sendable {
    case purposes, content, participants, schedule, funding, agenda, organization

    var keywords: [String] {
        switch self {
        case .purposes: return ["mục đích", "yêu cầu"]
        case .content: return ["nội dung"]
        case .participants: return ["thành phần", "đại biểu", "khách mời"]
        case .schedule: return ["thời gian", "địa điểm"]
        case .funding: return ["kinh phí"]
        case .agenda: return ["chương trình"]
        case .organization: return ["tổ chức thực hiện", "phân công"]
        }
    }

    /// The kinds a heading names; a merged heading ("THỜI GIAN, ĐỊA ĐIỂM VÀ KINH PHÍ") names several.
    static func kinds(of heading: String) -> [PartKind] {
        allCases.filter { TextPattern(TextPattern.any($0.keywords)).matches(heading) }
    }
}

/// A numbered item of a part ("1. Chủ trì Hội thảo:") and the lines under it.
struct PartItem {
    var heading: DocumentLine
    var children: [DocumentLine] = []
}

/// One Roman-numbered part: its heading, the lines before its first numbered item, and its items.
struct PlanPart {
    var heading: DocumentLine
    var kinds: [PartKind]
    var loose: [DocumentLine] = []
    var items: [PartItem] = []

    /// Every line of the part after its heading, in order.
    var bodyLines: [DocumentLine] { loose + items.flatMap { [$0.heading] + $0.children } }
}

/// The document cut into its blocks: header, title, preamble, parts, closing sentence, and the
/// tail (recipients and signer).
struct DocumentOutline {
    var header: [DocumentLine] = []
    var title: [DocumentLine] = []
    var preamble: [DocumentLine] = []
    var parts: [PlanPart] = []
    var closing: [DocumentLine] = []
    var tail: [DocumentLine] = []

    static let titleWord = TextPattern("^" + TextPattern.kw("kế hoạch") + #"(?:\s|:|$)"#)
    static let workshopWords = TextPattern(TextPattern.kw("tổ chức") + #"\s*"# + TextPattern.kw("hội thảo"))
    /// "Trên đây là kế hoạch …", also when "đây" lost every letter that carries a diacritic.
    static let closingStart = TextPattern(
        "^" + TextPattern.kw("trên") + #"\s*(?:"# + TextPattern.kw("đây") + #"|\S{0,3})\s*"# + TextPattern.kw("là")
            + #"\s*"# + TextPattern.kw("kế hoạch"))
    static let tailStart = TextPattern("^" + TextPattern.any(["nơi nhận", "bản điện tử"]))

    init(_ lines: [DocumentLine]) {
        let titleStart =
            lines.firstIndex { Self.titleWord.matches($0.text) }
            ?? lines.prefix(20).firstIndex { Self.workshopWords.matches($0.text) && $0.text.contains("“") }
        guard let titleStart else {
            // No title: everything is read as body so the parts and the tail are still found.
            splitBody(lines[...])
            return
        }
        header = Array(lines[..<titleStart])
        var end = titleStart + 1
        let titleOnly = Self.titleWord.firstMatch(in: lines[titleStart].folded).map { $0.rest.isEmpty } ?? false
        if titleOnly, end < lines.count, !Self.isPartHeading(lines[end]) { end += 1 }
        while end < lines.count, end - titleStart < 4, Self.opensQuote(lines[titleStart..<end]),
            !Self.isPartHeading(lines[end]), !BlockStart.isBlockStart(lines[end].text)
        {
            end += 1
        }
        title = Array(lines[titleStart..<end])
        splitBody(lines[end...])
    }

    /// Whether the quotes of a title are still open after these lines.
    static func opensQuote(_ lines: ArraySlice<DocumentLine>) -> Bool {
        let text = lines.map(\.text).joined(separator: " ")
        return text.filter { $0 == "“" }.count > text.filter { $0 == "”" }.count
    }

    static func isPartHeading(_ line: DocumentLine) -> Bool {
        if case .roman = line.marker { return true }
        return line.marker == .none && line.isUppercase && !PartKind.kinds(of: line.label).isEmpty
    }

    private mutating func splitBody(_ lines: ArraySlice<DocumentLine>) {
        var index = lines.startIndex
        while index < lines.endIndex, !Self.isPartHeading(lines[index]), !Self.endsParts(lines[index]) {
            preamble.append(lines[index])
            index += 1
        }
        while index < lines.endIndex, !Self.endsParts(lines[index]) {
            let line = lines[index]
            if Self.isPartHeading(line) {
                parts.append(PlanPart(heading: line, kinds: PartKind.kinds(of: line.label)))
            } else if case .number = line.marker, !parts.isEmpty {
                parts[parts.count - 1].items.append(PartItem(heading: line))
            } else if let last = parts.indices.last, !parts[last].items.isEmpty {
                parts[last].items[parts[last].items.count - 1].children.append(line)
            } else if let last = parts.indices.last {
                parts[last].loose.append(line)
            }
            index += 1
        }
        while index < lines.endIndex, !Self.tailStart.matches(lines[index].text), !Self.isSignerTitle(lines[index]) {
            closing.append(lines[index])
            index += 1
        }
        tail = Array(lines[index...])
        moveTrailingSigner()
    }

    private static func endsParts(_ line: DocumentLine) -> Bool {
        closingStart.matches(line.text) || tailStart.matches(line.text)
    }

    /// A signer's title such as "GIÁM ĐỐC" or "KT. GIÁM ĐỐC": uppercase, short, no list marker.
    static func isSignerTitle(_ line: DocumentLine) -> Bool {
        guard line.marker == .none, line.isUppercase, line.text.count <= 60 else { return false }
        return TextPattern(TextPattern.any(SignerTitles.words)).matches(line.text)
    }

    /// A plan with no closing sentence and no "Nơi nhận" ends with the signer inside its last part.
    private mutating func moveTrailingSigner() {
        guard tail.isEmpty, let last = parts.indices.last else { return }
        var body = parts[last].bodyLines
        guard let start = body.indices.suffix(4).first(where: { Self.isSignerTitle(body[$0]) }) else { return }
        tail = Array(body[start...])
        body.removeSubrange(start...)
        let kept = Set(body.flatMap(\.lineNumbers))
        parts[last].loose = parts[last].loose.filter { kept.contains($0.number) }
        parts[last].items = parts[last].items.filter { kept.contains($0.heading.number) }
        for item in parts[last].items.indices {
            parts[last].items[item].children = parts[last].items[item].children.filter { kept.contains($0.number) }
        }
    }
}

/// Words that make an uppercase line a signer's title.
enum SignerTitles {
    static let words = [
        "giám đốc", "chủ tịch", "trưởng ban", "viện trưởng", "hiệu trưởng", "tổng biên tập", "chánh văn phòng",
        "trưởng phòng", "bí thư", "thủ trưởng", "tm.", "kt.", "tl.", "q.",
    ]
}
