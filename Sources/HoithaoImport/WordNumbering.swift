import Foundation
import HoithaoModel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Word's automatic numbering (`word/numbering.xml`) counted paragraph by paragraph and written as the marker a
/// text plan has: "I.", "1.", "1.2.", "a)", and "-" for every bullet.
struct WordNumbering {
    /// One level of a list: its format (decimal, upperRoman, lowerLetter, bullet, …), text ("%1.") and first number.
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    /// Each list (numId) and the definition it uses, with the levels it starts again at a number of its own.
    private var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// The counters of each definition: lists that share one continue each other's numbers, as in Word, unless a
    /// list starts again at a number of its own.
    private var counters: [String: [Int: Int]] = [:]

    init(_ data: Data?) {
        guard let data else { return }
        let reader = WordXML.read(data, with: NumberingReader())
        abstractLevels = reader.abstractLevels
        lists = reader.lists
    }

    /// The next marker of `reference`, counting this paragraph; nil when it is not numbered (numId 0 or unknown).
    mutating func marker(_ reference: WordNumberingReference) -> String? {
        guard let list = lists[reference.id], let levels = abstractLevels[list.abstract] else { return nil }
        let depth = min(max(reference.level ?? 0, 0), 8)
        let key = list.starts.isEmpty ? list.abstract : "list " + reference.id
        var counts = counters[key] ?? [:]
        let level = levels[depth] ?? Level()
        counts[depth] = counts[depth].map { $0 + 1 } ?? (list.starts[depth] ?? level.start)
        for deeper in (depth + 1)...9 { counts[deeper] = nil }
        counters[key] = counts
        if level.format == "bullet" || level.format == "none" { return "-" }
        var text = level.text
        for number in (0...depth).reversed() {
            let format = levels[number]?.format ?? "decimal"
            let value = counts[number] ?? levels[number]?.start ?? 1
            text = text.replacingOccurrences(of: "%\(number + 1)", with: Self.format(value, format))
        }
        return text
    }

    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "upperRoman": return Roman.numeral(value)
        case "lowerRoman": return Roman.numeral(value).lowercased()
        case "upperLetter", "lowerLetter":
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            let letter = String(letters[(max(value, 1) - 1) % letters.count])
            return format == "upperLetter" ? letter.uppercased() : letter
        default: return String(value)
        }
    }
}

private final class NumberingReader: NSObject, XMLParserDelegate {
    var abstractLevels: [String: [Int: WordNumbering.Level]] = [:]
    var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
    private var abstract: String?
    private var level: (Int, WordNumbering.Level)?
    private var list: String?
    private var override: Int?

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let value = attributes["w:val"]
        switch element {
        case "w:abstractNum": abstract = attributes["w:abstractNumId"]
        case "w:lvl" where abstract != nil: level = (Int(attributes["w:ilvl"] ?? "0") ?? 0, WordNumbering.Level())
        case "w:numFmt": if let value { level?.1.format = value }
        case "w:lvlText": level?.1.text = value ?? ""
        case "w:start": if let start = value.flatMap(Int.init) { level?.1.start = start }
        case "w:num": list = attributes["w:numId"]
        case "w:abstractNumId": if let list, let value { lists[list] = (value, [:]) }
        case "w:lvlOverride": override = attributes["w:ilvl"].flatMap(Int.init)
        case "w:startOverride":
            if let list, let override, let start = value.flatMap(Int.init) { lists[list]?.starts[override] = start }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "w:lvl":
            if let abstract, let (depth, definition) = level {
                abstractLevels[abstract, default: [:]][depth] = definition
            }
            level = nil
        case "w:abstractNum": abstract = nil
        case "w:num": list = nil
        case "w:lvlOverride": override = nil
        default: break
        }
    }
}
