/// A Mustache template parsed once, ready to render any number of pages.
///
/// Hoithao's own implementation of the Mustache language with inheritance (`{{<parent}}`,
/// `{{$block}}`) and swift-mustache's transforms (`{{#first()}}`, `{{uppercased(name)}}`), written
/// for speed: it renders into one byte buffer and escapes text a run of plain bytes at a time.
public struct Template: Sendable {
    let nodes: [TemplateNode]

    /// Parses `text`; a syntax error says where (line and column) and what is wrong.
    public init(_ text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        nodes = try parser.parseAll()
    }
}

/// One piece of a template.
indirect enum TemplateNode: Sendable {
    /// Text copied as it is.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case value(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`: shown for a true value, once per item of a list, or inside a value.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`: shown when the value is missing, false or an empty list.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{>name}}` or, with `overrides`, `{{<name}}…{{/name}}`; `dynamic` takes the name from a value.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?, dynamic: Bool)
    /// `{{$name}}default{{/name}}` in a template others extend.
    case block(String, [TemplateNode], indentation: [UInt8])
    /// `{{$name}}…{{/name}}` inside `{{<parent}}`: replaces the parent's block of that name.
    case blockOverride(String, [TemplateNode])
    /// `{{% CONTENT_TYPE: TEXT }}` or `HTML`: whether the rest of the template escapes values.
    case escaping(Bool)
}

/// A name in a tag: where to look it up, its dotted parts and the transforms to apply, innermost first.
struct TemplateName: Sendable, Equatable {
    enum Root: Sendable, Equatable {
        /// `.`: the current value.
        case current
        /// `first()` and the like: the position in the list being walked.
        case position
        /// `.name`: only in the current value.
        case currentOnly
        /// `name`: in the current value, or the enclosing ones.
        case stack
    }

    let root: Root
    let parts: [String]
    let transforms: [String]
    /// The name as written, for messages.
    let written: String
}

/// A template that cannot be parsed, with the line and column of the problem.
public struct TemplateSyntaxError: Error, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "\(line):\(column): \(message)" }
}
