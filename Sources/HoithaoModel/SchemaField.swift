/// One key of a YAML file the content is written in: the type of its value, the values it takes, what it means,
/// and the keys under it. The readers take their keys from it, the scaffold its comments, the docs their table.
public struct SchemaField: Sendable {
    public let key: String
    public let type: ValueType
    /// What else its values must be, in words (`required`, `on or after \`date\``); empty when nothing.
    public let rule: String
    /// What it means, in English, on one line.
    public let help: String
    /// Its name in Vietnamese, as a Kế hoạch says it, for the scaffold's comments and the docs; nil when the
    /// English is enough.
    public let vietnamese: String?
    /// The keys of its mapping, or of each mapping of its list.
    public let fields: [SchemaField]
    /// False when its fields are those of another field, listed there in the docs (a day's `items`).
    public let documentsFields: Bool

    public init(
        _ key: String, _ type: ValueType, _ rule: String = "", help: String, vietnamese: String? = nil,
        fields: [SchemaField] = [], documentsFields: Bool = true
    ) {
        self.key = key
        self.type = type
        self.rule = rule
        self.help = help
        self.vietnamese = vietnamese
        self.fields = fields
        self.documentsFields = documentsFields
    }

    /// The keys its mapping (or each mapping of its list) may have, in the order they are written.
    public var keys: [String] { fields.map(\.key) }

    /// The field under this one at `path`, keys joined by dots (`sessions.items`).
    public func field(_ path: String) -> SchemaField? {
        path.split(separator: ".").reduce(self as SchemaField?) { field, key in
            field?.fields.first { $0.key == key }
        }
    }

    /// The keys under the field at `path` (`""` for this one's own).
    public func keys(_ path: String) -> [String] {
        (path.isEmpty ? self : field(path))?.keys ?? []
    }

    /// `values`' words for the docs' table: the range or the choices the type allows, then the rule.
    public var values: String {
        [type.values, rule].filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// The type of a field's value, as the readers read it.
    public enum ValueType: Sendable {
        case text, texts, date, partialDate, time, markdown, flag, mapping, list
        /// A mapping, or a text that stands for its first key.
        case mappingOrText(String)
        case wholeNumber(ClosedRange<Int>, unit: String?)
        case decimal(ClosedRange<Double>)
        /// One of these words; `standard` is taken when the field is absent.
        case choice([String], standard: String?)

        /// How the docs name it.
        public var name: String {
            switch self {
            case .text: "text"
            case .texts: "list of texts"
            case .date: "date"
            case .partialDate: "partial date"
            case .time: "time"
            case .markdown: "Markdown"
            case .flag: "true or false"
            case .mapping: "mapping"
            case .list: "list"
            case .mappingOrText(let first): "mapping, or text for its \(first)"
            case .wholeNumber: "whole number"
            case .decimal: "number"
            case .choice: "choice"
            }
        }

        /// The values it allows, in words; empty when any value of the type is taken.
        public var values: String {
            switch self {
            case .flag: return "default `false`"
            case .wholeNumber(let range, let unit):
                return "\(grouped(range.lowerBound))–\(grouped(range.upperBound))" + (unit.map { " " + $0 } ?? "")
            case .decimal(let range): return "\(whole(range.lowerBound)) to \(whole(range.upperBound))"
            case .choice(let words, let standard):
                return words.map { "`\($0)`" + ($0 == standard ? " (default)" : "") }.joined(separator: ", ")
            default: return ""
            }
        }

        private func grouped(_ number: Int) -> String {
            var digits = String(number.magnitude)
            var index = digits.endIndex
            while digits.distance(from: digits.startIndex, to: index) > 3 {
                index = digits.index(index, offsetBy: -3)
                digits.insert(",", at: index)
            }
            return (number < 0 ? "-" : "") + digits
        }

        private func whole(_ number: Double) -> String {
            number == number.rounded() ? String(Int(number)) : String(number)
        }
    }
}
