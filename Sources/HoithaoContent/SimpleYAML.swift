/// Reads the plain form of YAML that front matter and plans are mostly written in straight into `YAMLNode`s,
/// several times faster than Yams: block mappings and lists, text on one line (plain, or quoted without
/// escapes), `[a, b]` lists of plain words, `|` blocks and whole-line comments.
///
/// Anything else (anchors, escapes, folded or multi-line text, comments after a value, empty values, duplicate
/// keys, tabs, …) gives nil, and Yams reads the text instead; what this reader accepts, it reads exactly as Yams
/// does, marks included (`FuzzContent` compares the two on every input it tries).
struct SimpleYAML {
    /// One line of the text: where it starts in the file, and how many spaces indent it (or, for the line of
    /// a list item holding a mapping, where that mapping starts).
    private struct Line {
        let number: Int
        let bytes: ArraySlice<UInt8>
        var indent: Int
        let isContent: Bool
    }

    private var lines: [Line]
    private var position = 0
    /// How many blocks are open; past `maximumDepth` the text is left to Yams rather than recursed into.
    private var depth = 0
    private static let maximumDepth = 64

    /// The text's root node, or nil when the text is not in the form this reader knows.
    static func parse(_ text: String) -> YAMLNode? {
        let bytes = Array(text.utf8)
        guard !hasSpecialCharacters(bytes) else { return nil }
        var reader = SimpleYAML(lines: [])
        for (index, line) in bytes.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == 32 }.count
            let rest = line.dropFirst(indent)
            // A document marker starts another document, or ends this one.
            if indent == 0, rest.starts(with: Array("---".utf8)) || rest.starts(with: Array("...".utf8)) { return nil }
            reader.lines.append(
                Line(number: index + 1, bytes: line, indent: indent, isContent: !rest.isEmpty && rest.first != 35))
        }
        guard let first = reader.nextContent() else { return nil }
        guard let root = reader.block(indent: reader.lines[first].indent), reader.nextContent() == nil else {
            return nil
        }
        return root
    }

    /// Whether the text has a character YAML treats specially anywhere: a tab, a line break other than LF
    /// (CR, NEL, U+2028, U+2029), a control character, a byte order mark or a noncharacter.
    private static func hasSpecialCharacters(_ bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte >= 0xE2 {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            switch byte {
            case 0x0A: continue
            case ..<0x20, 0x7F: return true
            case 0xC2 where next < 0xA0: return true
            case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): return true
            case 0xEF where (next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE): return true
            default: continue
            }
        }
        return false
    }

    private init(lines: [Line]) {
        self.lines = lines
    }

    /// The next line that holds a value, skipping blank lines and comments.
    private mutating func nextContent() -> Int? {
        while position < lines.count, !lines[position].isContent { position += 1 }
        return position < lines.count ? position : nil
    }

    /// The bytes of line `index` from its indentation on.
    private func text(_ index: Int) -> ArraySlice<UInt8> {
        lines[index].bytes.dropFirst(lines[index].indent)
    }

    private func isListItem(_ index: Int) -> Bool {
        let text = text(index)
        return text.first == UInt8(ascii: "-") && (text.count == 1 || text.dropFirst().first == 32)
    }

    /// The column (from 1, in Unicode scalars) of byte `offset` of line `index`.
    private func column(_ index: Int, _ offset: Int) -> Int {
        lines[index].bytes.prefix(offset).reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The mapping or list that starts on the next content line, indented by `indent`.
    private mutating func block(indent: Int) -> YAMLNode? {
        guard let first = nextContent(), lines[first].indent == indent else { return nil }
        return isListItem(first) ? list(indent: indent) : mapping(indent: indent)
    }

    private mutating func mapping(indent: Int) -> YAMLNode? {
        guard depth < Self.maximumDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        var pairs: [YAMLNode.Pair] = []
        var keys: Set<ArraySlice<UInt8>> = []
        guard let first = nextContent() else { return nil }
        while let index = nextContent(), lines[index].indent == indent, !isListItem(index) {
            guard let name = Self.key(in: text(index)), keys.insert(name).inserted else { return nil }
            position = index + 1
            let key = YAMLNode(
                kind: .text(String(decoding: name, as: UTF8.self), plain: true), line: lines[index].number,
                column: indent + 1)
            let valueStart = indent + name.count + 1 + text(index).dropFirst(name.count + 1).prefix { $0 == 32 }.count
            let value: YAMLNode?
            if valueStart == lines[index].bytes.count {
                // The value is the block on the lines below: more indented, or a list at the same indentation.
                guard let next = nextContent() else { return nil }
                if lines[next].indent > indent {
                    value = block(indent: lines[next].indent)
                } else if lines[next].indent == indent, isListItem(next) {
                    value = list(indent: indent)
                } else {
                    value = nil
                }
            } else {
                value = inline(index, from: valueStart, within: indent)
            }
            guard let value else { return nil }
            pairs.append(YAMLNode.Pair(key: key, value: value))
        }
        guard !pairs.isEmpty else { return nil }
        return YAMLNode(kind: .mapping(pairs), line: lines[first].number, column: indent + 1)
    }

    private mutating func list(indent: Int) -> YAMLNode? {
        guard depth < Self.maximumDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        var items: [YAMLNode] = []
        guard let first = nextContent() else { return nil }
        while let index = nextContent(), lines[index].indent == indent, isListItem(index) {
            let start = indent + 1 + text(index).dropFirst().prefix { $0 == 32 }.count
            let item: YAMLNode?
            if start == lines[index].bytes.count {
                position = index + 1
                guard let next = nextContent(), lines[next].indent > indent else { return nil }
                item = block(indent: lines[next].indent)
            } else if startsMapping(index, at: start) {
                // `- key: value`: a mapping whose keys line up with this first one.
                lines[index].indent = start
                item = mapping(indent: start)
            } else {
                position = index + 1
                item = inline(index, from: start, within: indent)
            }
            guard let item else { return nil }
            items.append(item)
        }
        return YAMLNode(kind: .list(items), line: lines[first].number, column: indent + 1)
    }

    /// Whether line `index` has a `key:` at byte `offset`.
    private func startsMapping(_ index: Int, at offset: Int) -> Bool {
        Self.key(in: lines[index].bytes.dropFirst(offset)) != nil
    }

    /// The key a line's text starts with: a word of ASCII letters, digits, `_` and `-` (not starting with a digit
    /// or `-`) followed by `:` and a space or the line's end; nil when it does not start with one.
    private static func key(in text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let name = text.prefix { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        let after = text.dropFirst(name.count)
        guard let start = name.first, start != UInt8(ascii: "-"), !(start >= 0x30 && start <= 0x39), name.count <= 100,
            after.first == UInt8(ascii: ":"), after.count == 1 || after.dropFirst().first == 32
        else { return nil }
        return name
    }

    /// The value written on line `index` from byte `offset` on, in a node indented by `indent`; the next
    /// content line must not be more indented (that would continue the value).
    private mutating func inline(_ index: Int, from offset: Int, within indent: Int) -> YAMLNode? {
        let text = lines[index].bytes.dropFirst(offset)
        let line = lines[index].number
        let column = column(index, offset)
        let value: YAMLNode?
        switch text.first {
        case UInt8(ascii: "\""): value = quoted(text, line: line, column: column, escape: nil)
        case UInt8(ascii: "'"): value = quoted(text, line: line, column: column, escape: UInt8(ascii: "'"))
        case UInt8(ascii: "["): value = flowList(index, from: offset)
        case UInt8(ascii: "|"): return literal(index, text, within: indent)
        default: value = plain(text, line: line, column: column)
        }
        guard let value else { return nil }
        if let next = nextContent(), lines[next].indent > indent { return nil }
        return value
    }

    /// One-line text without quotes: no `: ` or ` #` inside, not starting with an indicator.
    private func plain(_ text: ArraySlice<UInt8>, line: Int, column: Int) -> YAMLNode? {
        guard let first = text.first, !Self.indicators.contains(first), text.last != UInt8(ascii: ":") else {
            return nil
        }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "?") || first == UInt8(ascii: ":") {
            guard text.count > 1, text.dropFirst().first != 32 else { return nil }
        }
        for (offset, byte) in zip(text.indices, text) where byte == 32 {
            let previous = text[offset - 1]
            let next = offset + 1 < text.endIndex ? text[offset + 1] : 32
            if previous == UInt8(ascii: ":") || next == UInt8(ascii: "#") { return nil }
        }
        var end = text.endIndex
        while end > text.startIndex, text[end - 1] == 32 { end -= 1 }
        return YAMLNode(
            kind: .text(String(decoding: text[..<end], as: UTF8.self), plain: true), line: line, column: column)
    }

    /// Bytes that cannot start plain text.
    private static let indicators: Set<UInt8> = Set("[]{}#&*!|>'\"%@`,".utf8)

    /// `"…"` without escapes, or `'…'` with `''` for a quote, ending on this line with nothing after it.
    private func quoted(_ text: ArraySlice<UInt8>, line: Int, column: Int, escape: UInt8?) -> YAMLNode? {
        let quote = text[text.startIndex]
        var value: [UInt8] = []
        var index = text.startIndex + 1
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "\\"), escape == nil { return nil }
            if byte == quote {
                if let escape, index + 1 < text.endIndex, text[index + 1] == escape {
                    value.append(quote)
                    index += 2
                    continue
                }
                guard text[(index + 1)...].allSatisfy({ $0 == 32 }) else { return nil }
                return YAMLNode(
                    kind: .text(String(decoding: value, as: UTF8.self), plain: false), line: line, column: column)
            }
            value.append(byte)
            index += 1
        }
        return nil
    }

    /// `[a, b, c]` of plain words, on this line with nothing after it.
    private func flowList(_ index: Int, from offset: Int) -> YAMLNode? {
        let text = lines[index].bytes.dropFirst(offset)
        guard let close = text.lastIndex(where: { $0 != 32 }), text[close] == UInt8(ascii: "]") else { return nil }
        let inner = text[(text.startIndex + 1)..<close]
        guard !inner.contains(where: { Self.flowIndicators.contains($0) }) else { return nil }
        var items: [YAMLNode] = []
        if inner.contains(where: { $0 != 32 }) {
            for part in inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
                let start = part.firstIndex { $0 != 32 } ?? part.endIndex
                let item = part[start...]
                guard !item.isEmpty,
                    item.first != UInt8(ascii: "-") || item.dropFirst().first.map({ $0 != 32 }) == true,
                    let node = plain(
                        item, line: lines[index].number, column: column(index, start - text.startIndex + offset))
                else { return nil }
                items.append(node)
            }
        }
        return YAMLNode(kind: .list(items), line: lines[index].number, column: column(index, offset))
    }

    /// Bytes that make a flow list more than a list of plain words.
    private static let flowIndicators: Set<UInt8> = Set("[]{}#&*!|>'\"%@`?:".utf8)

    /// A `|` (or `|-`) block: the following lines indented more than `indent`, kept as they are.
    private mutating func literal(_ index: Int, _ header: ArraySlice<UInt8>, within indent: Int) -> YAMLNode? {
        let indicator = header.prefix { $0 != 32 }
        guard indicator.elementsEqual("|".utf8) || indicator.elementsEqual("|-".utf8),
            header.dropFirst(indicator.count).allSatisfy({ $0 == 32 })
        else { return nil }
        let column = column(index, lines[index].bytes.count - header.count)
        var body: [ArraySlice<UInt8>] = []
        var blockIndent: Int?
        var lastText = index
        var next = index + 1
        while next < lines.count {
            let line = lines[next]
            let blank = line.indent == line.bytes.count
            if blank {
                // Spaces past the block's indentation would be text on a line that looks empty.
                if line.indent > (blockIndent ?? indent + 1) { return nil }
                body.append([])
            } else if line.indent <= indent {
                break
            } else {
                if blockIndent == nil { blockIndent = line.indent }
                guard let blockIndent, line.indent >= blockIndent else { return nil }
                body.append(line.bytes.dropFirst(blockIndent))
                lastText = next
            }
            next += 1
        }
        guard blockIndent != nil else { return nil }
        while body.last?.isEmpty == true { body.removeLast() }
        var value = body.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        // `|` keeps the last line's break, when the text has one (it may end right after it).
        if indicator.count == 1, lastText < lines.count - 1 { value += "\n" }
        position = next
        return YAMLNode(kind: .text(value, plain: false), line: lines[index].number, column: column)
    }
}
