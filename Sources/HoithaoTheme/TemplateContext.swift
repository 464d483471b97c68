/// A Swift value a template can show: text, a flag, a number, an object, or a list of them; nil shows nothing
/// (the template's section for it is left out).
public protocol TemplateConvertible: Sendable {
    var templateValue: TemplateValue? { get }
}

/// The values one template sees by key, as every page's context is built: each value is a template value from
/// the moment it is set, so a context is in one dialect, however it was written.
public struct TemplateContext: Sendable, ExpressibleByDictionaryLiteral, TemplateConvertible {
    public private(set) var values: [String: TemplateValue]

    public init(_ values: [String: TemplateValue] = [:]) {
        self.values = values
    }

    /// Keys with nil values are left out, so that a template's `{{#key}}` section is too.
    public init(dictionaryLiteral elements: (String, any TemplateConvertible)...) {
        values = Dictionary(minimumCapacity: elements.count)
        for (key, value) in elements { values[key] = value.templateValue }
    }

    /// The value under `key`; setting nil (or a value that shows nothing) removes it.
    public subscript(key: String) -> (any TemplateConvertible)? {
        get { values[key] }
        set { values[key] = newValue?.templateValue }
    }

    /// This context with `other`'s values over its own.
    public func merging(_ other: TemplateContext) -> TemplateContext {
        TemplateContext(values.merging(other.values) { _, new in new })
    }

    public var templateValue: TemplateValue? { .object(values) }
}

extension TemplateValue: TemplateConvertible {
    public var templateValue: TemplateValue? { self }
}

extension String: TemplateConvertible {
    public var templateValue: TemplateValue? { .text(self) }
}

extension Bool: TemplateConvertible {
    public var templateValue: TemplateValue? { .flag(self) }
}

extension Int: TemplateConvertible {
    public var templateValue: TemplateValue? { .number(self) }
}

extension Optional: TemplateConvertible where Wrapped: TemplateConvertible {
    public var templateValue: TemplateValue? { self?.templateValue }
}

extension Array: TemplateConvertible where Element: TemplateConvertible {
    public var templateValue: TemplateValue? { .list(compactMap(\.templateValue)) }
}
