import HoithaoModel

/// Which bound stopped a partial from being entered.
enum PartialLimit: Equatable {
    case depth, expansions
}

/// Renders a template with a context into bytes: one buffer for the whole page, values looked up
/// the Mustache way (the current value, then the enclosing ones), text escaped for HTML.
struct TemplateRenderer {
    let templates: [String: Template]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var position: SequencePosition?
    private var indentation: [UInt8] = []
    private var overrides: [String: [TemplateNode]] = [:]
    private var escapes = true
    private var depth = 0
    private var expansions = 0
    /// The first partial that was not entered, and the limit it met.
    private(set) var runaway: (name: String, limit: PartialLimit)?

    /// Deeper than this, partials are not entered: nesting that deep only happens when one includes itself
    /// with nothing to stop it, which would otherwise exhaust the stack.
    static let maximumDepth = 100
    /// More partials than this in one page are not entered: a partial that includes another twice, at each of
    /// a few levels, expands exponentially within the depth limit. Real pages enter a few thousand.
    static let maximumExpansions = 100_000

    init(templates: [String: Template], context: TemplateValue) {
        self.templates = templates
        stack = [context]
        output.reserveCapacity(32 * 1024)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        let saved = escapes
        defer { escapes = saved }
        guard !indentation.isEmpty else {
            for node in nodes { render(node) }
            return
        }
        // An indented partial: a node that starts a new line of this template's output is indented.
        let start = output.count
        for node in nodes {
            let atLineStart =
                output.count > start && output.last == UInt8(ascii: "\n")
                && (output.count < start + 2 || output[output.count - 2] != UInt8(ascii: "\r"))
            let mark = output.count
            render(node)
            if atLineStart, output.count > mark { output.insert(contentsOf: indentation, at: mark) }
        }
    }

    private mutating func render(_ node: TemplateNode) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .value(let name, let escaped):
            guard let value = lookup(name) else { return }
            switch value {
            case .text(let text) where escaped && escapes: Escape.appendHTML(text, to: &output)
            case .text(let text): output.append(contentsOf: text.utf8)
            case .number(let number): output.append(contentsOf: String(number).utf8)
            case .flag(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .list, .object: break
            }
        case .section(let name, let nodes):
            switch lookup(name) {
            case .list(let items)?:
                let saved = position
                for (index, item) in items.enumerated() {
                    position = SequencePosition(first: index == 0, last: index == items.count - 1, index: index)
                    stack.append(item)
                    render(nodes)
                    stack.removeLast()
                }
                position = saved
            case .flag(let flag)?:
                if flag { render(nodes) }
            case let value?:
                within(value) { $0.render(nodes) }
            case nil:
                break
            }
        case .invertedSection(let name, let nodes):
            switch lookup(name) {
            case .list(let items)?: if items.isEmpty { within(.list(items)) { $0.render(nodes) } }
            case .flag(let flag)?: if !flag { render(nodes) }
            case .some: break
            case nil: render(nodes)
            }
        case .partial(let name, let indented, let inherited, let dynamic):
            let templateName: String
            if dynamic {
                guard
                    case .text(let text)? = lookup(
                        TemplateName(root: .stack, parts: [name], transforms: [], written: name))
                else { return }
                templateName = text
            } else {
                templateName = name
            }
            guard let template = templates[templateName] else { return }
            guard runaway == nil else { return }
            guard depth < Self.maximumDepth else {
                runaway = (templateName, .depth)
                return
            }
            guard expansions < Self.maximumExpansions else {
                runaway = (templateName, .expansions)
                return
            }
            depth += 1
            expansions += 1
            defer { depth -= 1 }
            enter(indented: indented, escapes: true) {
                // The outermost override of a block wins.
                if let inherited { $0.overrides.merge(inherited) { outer, _ in outer } }
                $0.render(template.nodes)
            }
        case .block(let name, let fallback, let indented):
            enter(indented: indented, escapes: escapes) { $0.render($0.overrides[name] ?? fallback) }
        case .blockOverride:
            break
        case .escaping(let value):
            escapes = value
        }
    }

    /// Renders with `value` as the current value, outside any list position.
    private mutating func within(_ value: TemplateValue, _ body: (inout TemplateRenderer) -> Void) {
        let saved = position
        position = nil
        stack.append(value)
        body(&self)
        stack.removeLast()
        position = saved
    }

    /// Renders a partial or block: more indentation, no list position, its own overrides and escaping.
    private mutating func enter(indented: [UInt8]?, escapes: Bool, _ body: (inout TemplateRenderer) -> Void) {
        let saved = (position, indentation, overrides, self.escapes)
        position = nil
        if let indented { indentation += indented }
        self.escapes = escapes
        body(&self)
        (position, indentation, overrides, self.escapes) = saved
    }

    private func lookup(_ name: TemplateName) -> TemplateValue? {
        var value: TemplateValue?
        switch name.root {
        case .current:
            value = stack.last
        case .position:
            guard let position, let first = name.transforms.first, var result = position.transformed(first) else {
                return nil
            }
            for transform in name.transforms.dropFirst() {
                guard let next = result.transformed(transform) else { return nil }
                result = next
            }
            return result
        case .currentOnly:
            value = stack.last.flatMap { Self.resolve(name.parts[...], in: $0) }
        case .stack:
            guard let first = name.parts.first else {
                value = stack.last
                break
            }
            for frame in stack.reversed() {
                if let found = frame.child(first) {
                    value = Self.resolve(name.parts.dropFirst(), in: found)
                    break
                }
            }
        }
        guard var result = value else { return nil }
        for transform in name.transforms {
            guard let next = result.transformed(transform) else { return nil }
            result = next
        }
        return result
    }

    private static func resolve(_ parts: ArraySlice<String>, in value: TemplateValue) -> TemplateValue? {
        var current = value
        for part in parts {
            guard let next = current.child(part) else { return nil }
            current = next
        }
        return current
    }
}
