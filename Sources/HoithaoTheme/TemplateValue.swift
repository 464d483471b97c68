/// A value a template shows or walks: text, a number, yes/no, a list, or named values.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// The value of a context built from Swift dictionaries, arrays, strings, booleans and integers.
    /// Anything else shows as its description, as Mustache libraries do.
    public init(_ any: Any) {
        // The usual kinds are told apart by their type's identity: every failed cast costs a runtime lookup
        // (the cast that follows cannot fail).
        switch ObjectIdentifier(type(of: any)) {
        case Self.textType: self = .text(any as? String ?? "")
        case Self.valueType: self = any as? TemplateValue ?? .text("")
        case Self.objectType: self = .object((any as? [String: Any] ?? [:]).mapValues { TemplateValue($0) })
        case Self.objectsType:
            self = .list((any as? [[String: Any]] ?? []).map { .object($0.mapValues { TemplateValue($0) }) })
        case Self.flagType: self = .flag(any as? Bool ?? false)
        default: self.init(casting: any)
        }
    }

    private static let textType = ObjectIdentifier(String.self)
    private static let valueType = ObjectIdentifier(TemplateValue.self)
    private static let objectType = ObjectIdentifier([String: Any].self)
    private static let objectsType = ObjectIdentifier([[String: Any]].self)
    private static let flagType = ObjectIdentifier(Bool.self)

    private init(casting any: Any) {
        switch any {
        case let text as String: self = .text(text)
        case let object as [String: Any]: self = .object(object.mapValues { TemplateValue($0) })
        case let value as TemplateValue: self = value
        case let flag as Bool: self = .flag(flag)
        case let list as [[String: Any]]: self = .list(list.map { .object($0.mapValues { TemplateValue($0) }) })
        case let list as [Any]: self = .list(list.map { TemplateValue($0) })
        case let number as Int: self = .number(number)
        default: self = .text(String(describing: any))
        }
    }

    /// The value named `name` inside this one; only named values have any.
    func child(_ name: String) -> TemplateValue? {
        if case .object(let values) = self { return values[name] }
        return nil
    }

    /// The Mustache transform `name(value)`, or nil when it does not apply to this kind of value.
    func transformed(_ name: String) -> TemplateValue? {
        switch (self, name) {
        case (.text(let text), "empty"): return .flag(text.isEmpty)
        case (.text(let text), "capitalized"): return .text(text.capitalizedWords)
        case (.text(let text), "lowercased"): return .text(text.lowercased())
        case (.text(let text), "uppercased"): return .text(text.uppercased())
        case (.text(let text), "reversed"): return .text(String(text.reversed()))
        case (.list(let items), "first"): return items.first
        case (.list(let items), "last"): return items.last
        case (.list(let items), "reversed"): return .list(items.reversed())
        case (.list(let items), "count"): return .number(items.count)
        case (.list(let items), "empty"): return .flag(items.isEmpty)
        case (.object(let values), "count"): return .number(values.count)
        case (.object(let values), "empty"): return .flag(values.isEmpty)
        case (.number(let number), "equalzero"): return .flag(number == 0)
        case (.number(let number), "plusone"): return .number(number + 1)
        case (.number(let number), "minusone"): return .number(number - 1)
        case (.number(let number), "even"): return .flag(number & 1 == 0)
        case (.number(let number), "odd"): return .flag(number & 1 == 1)
        default: return nil
        }
    }
}

/// Where an item is in the list a section walks: `first()`, `last()`, `index()`, `even()`, `odd()`.
struct SequencePosition {
    var first: Bool
    var last: Bool
    var index: Int

    func transformed(_ name: String) -> TemplateValue? {
        switch name {
        case "first": return .flag(first)
        case "last": return .flag(last)
        case "index": return .number(index)
        case "even": return .flag(index & 1 == 0)
        case "odd": return .flag(index & 1 == 1)
        default: return nil
        }
    }
}

extension String {
    /// Each word starting with a capital letter and going on in lower case, as Foundation's `capitalized`.
    fileprivate var capitalizedWords: String {
        var result = ""
        var atWordStart = true
        for character in self {
            result += atWordStart ? character.uppercased() : character.lowercased()
            atWordStart = character.isWhitespace
        }
        return result
    }
}
