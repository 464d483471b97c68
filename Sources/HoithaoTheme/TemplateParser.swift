/// Parses Mustache text into nodes, following the spec's rules for standalone lines and indented
/// partials the way swift-mustache does, so themes written for it render byte for byte the same.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0

    /// What a nested parse knows about where it is.
    private struct State {
        var section: (name: String, transforms: [String])?
        var newLine = true
        var isBlockOverride = false
        var isParentTopLevel = false
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        /// Inside a block override, the indentation of its first line, taken off every line.
        var overrideIndent: Int?

        func inSection(_ name: String, transforms: [String] = [], newLine: Bool) -> State {
            var state = self
            state.section = (name, transforms)
            state.isParentTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    mutating func parseAll() throws(TemplateSyntaxError) -> [TemplateNode] {
        try parse(State())
    }

    private mutating func parse(_ initial: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whitespaceBefore: [UInt8] = []
        while position < bytes.count {
            if state.newLine {
                let whitespace = readWhile { $0 == Self.space || $0 == Self.tab }
                if state.isBlockOverride, !state.isParentTopLevel {
                    if let indent = state.overrideIndent {
                        whitespaceBefore = Array(whitespace.dropFirst(indent))
                    } else {
                        state.overrideIndent = whitespace.count
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let text = textUntilTagOrNewline(state)
            if let length = newlineLength(at: position) {
                nodes.append(.text(whitespaceBefore + text + bytes[position..<position + length]))
                state.newLine = true
                position += length
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespaceBefore + text))
                whitespaceBefore = []
                state.newLine = false
            }
            guard position < bytes.count else { break }
            let tagStart = position - state.open.count
            var standalone = false
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                whitespaceBefore = []
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state)
                standalone = isStandalone(state)
                if !standalone { flushWhitespace() }
                let inner = try parse(state.inSection(name.key, transforms: name.transforms, newLine: standalone))
                nodes.append(inverted ? .invertedSection(name.parsed, inner) : .section(name.parsed, inner))
            case UInt8(ascii: "/"):
                position += 1
                let namePosition = position
                let name = try readName(state)
                guard let section = state.section, section.name == name.key, section.transforms == name.transforms
                else {
                    let expected = state.section.map { "; close it with `{{/\($0.name)}}`" } ?? ""
                    throw error(
                        at: namePosition, "a section is closed with a different name than it was opened with\(expected)"
                    )
                }
                if !isStandalone(state) { flushWhitespace() }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(state.close, from: position) else {
                    throw error(
                        at: tagStart,
                        "a comment is not closed; end it with `\(String(decoding: state.close, as: UTF8.self))`")
                }
                position = end + state.close.count
                standalone = isStandalone(state)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                flushWhitespace()
                position += 1
                let name = try readName(state)
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error(at: position, "a tag is not finished; close it with `}}}`")
                    }
                    position += 1
                }
                nodes.append(.value(name.parsed, escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                _ = readWhile(Self.isWhitespace)
                let dynamic = position < bytes.count && bytes[position] == UInt8(ascii: "*")
                if dynamic { position += 1 }
                let name = try readPartialName(state)
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                standalone = isStandalone(state)
                nodes.append(
                    .partial(name, indentation: standalone ? whitespaceBefore : nil, overrides: nil, dynamic: dynamic))
                whitespaceBefore = []
            case UInt8(ascii: "<"):
                position += 1
                _ = readWhile(Self.isWhitespace)
                let written = try readPartialName(state)
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                standalone = isStandalone(state)
                var inner = state
                inner.section = (written, [])
                inner.newLine = true
                inner.isBlockOverride = true
                inner.isParentTopLevel = true
                var overrides: [String: [TemplateNode]] = [:]
                for node in try parse(inner) {
                    switch node {
                    case .blockOverride(let name, let nodes): overrides[name] = nodes
                    case .text: break
                    default:
                        throw error(
                            at: tagStart, "inside `{{<\(written)}}` only `{{$block}}…{{/block}}` overrides may appear")
                    }
                }
                let dynamic = written.hasPrefix("*")
                nodes.append(
                    .partial(
                        dynamic ? String(written.dropFirst()) : written, indentation: whitespaceBefore,
                        overrides: overrides, dynamic: dynamic))
                whitespaceBefore = []
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state)
                guard name.transforms.isEmpty else {
                    throw error(at: tagStart, "a block cannot have a transform; write `{{$\(name.key)}}`")
                }
                if state.isParentTopLevel {
                    standalone = isStandalone(state)
                    nodes.append(.blockOverride(name.key, try parse(state.inSection(name.key, newLine: standalone))))
                } else {
                    if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                    standalone = isStandalone(state)
                    let inner = try parse(state.inSection(name.key, newLine: standalone))
                    nodes.append(.block(name.key, inner, indentation: whitespaceBefore))
                    whitespaceBefore = []
                }
            case UInt8(ascii: "="):
                position += 1
                state = try readDelimiters(state, tagStart: tagStart)
                standalone = isStandalone(state)
            case UInt8(ascii: "%"):
                position += 1
                nodes.append(try readPragma(state, tagStart: tagStart))
                standalone = isStandalone(state)
            default:
                flushWhitespace()
                nodes.append(.value(try readName(state).parsed, escaped: true))
            }
            state.newLine = standalone
        }
        if let section = state.section {
            throw error(at: position, "the section `\(section.name)` is never closed; add `{{/\(section.name)}}`")
        }
        return nodes
    }

    // MARK: Reading

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn || byte == 0x0B || byte == 0x0C
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return "._-?*()".utf8.contains(byte)
        }
    }

    private mutating func readWhile(_ accept: (UInt8) -> Bool) -> [UInt8] {
        let start = position
        while position < bytes.count, accept(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    /// `\n` or `\r\n` at `index`: its length; nil for anything else.
    private func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == Self.newline { return 1 }
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline { return 2 }
        return nil
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private mutating func readIfPresent(_ expected: [UInt8]) -> Bool {
        guard position + expected.count <= bytes.count,
            bytes[position..<position + expected.count].elementsEqual(expected)
        else { return false }
        position += expected.count
        return true
    }

    /// Text up to a newline (left unread) or an opening delimiter (read).
    private mutating func textUntilTagOrNewline(_ state: State) -> [UInt8] {
        let start = position
        while position < bytes.count {
            if newlineLength(at: position) != nil { return Array(bytes[start..<position]) }
            if bytes[position] == state.open[0] {
                let before = position
                if readIfPresent(state.open) { return Array(bytes[start..<before]) }
            }
            position += 1
        }
        return Array(bytes[start..<position])
    }

    /// After a tag: whether it stood alone on its line, in which case the rest of the line is consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
        guard let length = newlineLength(at: index) else { return false }
        position = index + length
        return true
    }

    private mutating func readName(_ state: State) throws(TemplateSyntaxError) -> (
        parsed: TemplateName, key: String, transforms: [String]
    ) {
        _ = readWhile(Self.isWhitespace)
        let start = position
        let text = String(decoding: readWhile(Self.isNameByte), as: UTF8.self)
        _ = readWhile(Self.isWhitespace)
        guard readIfPresent(state.close) else {
            throw error(
                at: position, "a tag is not finished; close it with `\(String(decoding: state.close, as: UTF8.self))`")
        }
        let (name, transforms) = try Self.splitTransforms(text, at: start, in: self)
        let root: TemplateName.Root
        if name == "." {
            root = .current
        } else if name.isEmpty, !transforms.isEmpty {
            root = .position
        } else if name.hasPrefix(".") {
            root = .currentOnly
        } else {
            root = .stack
        }
        let parts = name == "." ? [] : name.split(separator: ".").map(String.init)
        return (
            TemplateName(root: root, parts: parts, transforms: transforms.reversed(), written: text), name, transforms
        )
    }

    /// `outer(inner(name))` → (`name`, [`outer`, `inner`]).
    private static func splitTransforms(_ text: String, at start: Int, in parser: TemplateParser)
        throws(TemplateSyntaxError) -> (String, [String])
    {
        guard text.contains("(") || text.contains(")") else { return (text, []) }
        var transforms: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "(") {
            transforms.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)...]
        }
        let name = rest.prefix { $0 != ")" }
        let closing = rest.dropFirst(name.count)
        guard !transforms.contains(where: \.isEmpty), !name.contains("("),
            closing.count == transforms.count, closing.allSatisfy({ $0 == ")" })
        else {
            throw parser.error(at: start, "`\(text)` is not a name or a transform like `uppercased(name)`")
        }
        return (String(name), transforms)
    }

    private mutating func readPartialName(_ state: State) throws(TemplateSyntaxError) -> String {
        _ = readWhile(Self.isWhitespace)
        let name = String(decoding: readWhile { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }, as: UTF8.self)
        _ = readWhile(Self.isWhitespace)
        guard readIfPresent(state.close) else {
            throw error(
                at: position, "a tag is not finished; close it with `\(String(decoding: state.close, as: UTF8.self))`")
        }
        return name
    }

    /// `{{=<% %>=}}`: new delimiters for the rest of the template.
    private mutating func readDelimiters(_ state: State, tagStart: Int) throws(TemplateSyntaxError) -> State {
        _ = readWhile(Self.isWhitespace)
        let open = readWhile { !Self.isWhitespace($0) }
        _ = readWhile(Self.isWhitespace)
        let close = readWhile { !Self.isWhitespace($0) && $0 != UInt8(ascii: "=") }
        _ = readWhile(Self.isWhitespace)
        guard !open.isEmpty, !close.isEmpty, readIfPresent(Array("=".utf8)), readIfPresent(state.close) else {
            throw error(at: tagStart, "a delimiter change is written `{{=<% %>=}}`")
        }
        var changed = state
        changed.open = open
        changed.close = close
        changed.isParentTopLevel = false
        return changed
    }

    /// `{{% CONTENT_TYPE: TEXT }}` (no escaping) or `HTML`.
    private mutating func readPragma(_ state: State, tagStart: Int) throws(TemplateSyntaxError) -> TemplateNode {
        guard let end = find(state.close, from: position) else {
            throw error(
                at: tagStart, "a tag is not finished; close it with `\(String(decoding: state.close, as: UTF8.self))`")
        }
        let text = String(decoding: bytes[position..<end], as: UTF8.self).filter { !$0.isWhitespace }
        position = end + state.close.count
        switch text {
        case "CONTENT_TYPE:TEXT": return .escaping(false)
        case "CONTENT_TYPE:HTML": return .escaping(true)
        default: throw error(at: tagStart, "the only setting is `{{% CONTENT_TYPE: TEXT }}` or `HTML`")
        }
    }

    /// An error at byte `index`, with its line and column (counted in characters).
    private func error(at index: Int, _ message: String) -> TemplateSyntaxError {
        let before = bytes[..<min(index, bytes.count)]
        let lineStart = before.lastIndex(of: Self.newline).map { $0 + 1 } ?? 0
        let line = before.reduce(1) { $0 + ($1 == Self.newline ? 1 : 0) }
        let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
        return TemplateSyntaxError(line: line, column: column, message: message)
    }
}
