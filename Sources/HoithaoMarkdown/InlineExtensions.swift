import CCmark

/// The inline marks libcmark lacks, written as pandoc writes them: `~~struck~~`, `^sup^`, `~sub~`.
public enum InlineMark: CaseIterable, Sendable {
    case strikethrough, superscript, `subscript`

    /// The HTML element the mark becomes, on the page and in the EPUB.
    public var element: String {
        switch self {
        case .strikethrough: "del"
        case .superscript: "sup"
        case .subscript: "sub"
        }
    }

    /// The mark a custom inline node made by `InlineExtensions` stands for.
    static func of(_ node: OpaquePointer) -> InlineMark? {
        guard let enter = cmark_node_get_on_enter(node) else { return nil }
        let tag = String(cString: enter)
        return allCases.first { "<\($0.element)>" == tag }
    }
}

/// Adds strikethrough, superscript, subscript and links for bare web and e-mail addresses over libcmark's parsed tree.
///
/// Working on text nodes after parsing keeps code spans and code blocks literal, and a backslash-escaped
/// `\~` or `\^` (which libcmark leaves as a text node of its own) never opens or closes a mark.
struct InlineExtensions {
    /// The Markdown, to tell a `\~` or `\^` written escaped from one written bare (libcmark joins both into its text).
    var source: SourceLines

    /// Adds the marks and links to `document`, parsed with `CMARK_OPT_SOURCEPOS`.
    func apply(to document: OpaquePointer) {
        for (container, inLink) in containers(under: document) { rewrite(container, linking: !inLink) }
    }

    /// Every node whose children hold text; a link's text gets marks but no links inside it.
    /// A work list, not recursion: a 10,000-deep quote must not exhaust the stack.
    private func containers(under document: OpaquePointer) -> [(node: OpaquePointer, inLink: Bool)] {
        var result: [(node: OpaquePointer, inLink: Bool)] = []
        var pending: [(node: OpaquePointer, inLink: Bool)] = [(document, false)]
        while let (node, inLink) = pending.popLast() {
            var child = cmark_node_first_child(node)
            var holdsText = false
            while let current = child {
                let type = cmark_node_get_type(current)
                if type == CMARK_NODE_TEXT {
                    holdsText = true
                } else if cmark_node_first_child(current) != nil {
                    pending.append((current, inLink || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE))
                }
                child = cmark_node_next(current)
            }
            if holdsText { result.append((node, inLink)) }
        }
        return result
    }

    /// Replaces `container`'s children by the same inlines with marks and links added, if there are any.
    private func rewrite(_ container: OpaquePointer, linking: Bool) {
        var nodes: [OpaquePointer] = []
        var child = cmark_node_first_child(container)
        while let node = child {
            nodes.append(node)
            child = cmark_node_next(node)
        }
        let marked = MarkScanner.marked(nodes.flatMap { InlinePiece.pieces(of: $0, source: source) })
        let pieces = InlinePiece.joiningTexts(marked).flatMap { piece -> [InlinePiece] in
            guard linking, case .text(let text) = piece else { return [piece] }
            return BareLinks.split(text)
        }
        guard pieces.contains(where: \.isAddition) else { return }
        for node in nodes { cmark_node_unlink(node) }
        var parents = [container]
        for piece in pieces {
            guard let parent = parents.last else { break }
            switch piece {
            case .node(let node): cmark_node_append_child(parent, node)
            case .text(let text), .escaped(let text): cmark_node_append_child(parent, Self.textNode(text))
            case .open(let mark):
                guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
                cmark_node_set_on_enter(node, "<\(mark.element)>")
                cmark_node_set_on_exit(node, "</\(mark.element)>")
                cmark_node_append_child(parent, node)
                parents.append(node)
            case .close: if parents.count > 1 { parents.removeLast() }
            case .link(let url, let text):
                guard let node = cmark_node_new(CMARK_NODE_LINK) else { continue }
                cmark_node_set_url(node, url)
                cmark_node_append_child(node, Self.textNode(text))
                cmark_node_append_child(parent, node)
            }
        }
        // Text nodes were copied into new ones above; the originals are no longer in the tree.
        for node in nodes where cmark_node_parent(node) == nil { cmark_node_free(node) }
    }

    private static func textNode(_ text: String) -> OpaquePointer? {
        let node = cmark_node_new(CMARK_NODE_TEXT)
        cmark_node_set_literal(node, text)
        return node
    }
}

/// One inline while marks and links are being added: a libcmark node kept as it is, text, or an addition.
enum InlinePiece: Equatable {
    case node(OpaquePointer)
    case text(String)
    /// A `~` or `^` written `\~`, `\^` or as an entity, so never a mark.
    case escaped(String)
    case open(InlineMark)
    case close
    case link(url: String, text: String)

    /// A node as pieces: a text node split around its escaped `~` and `^`, any other node whole.
    static func pieces(of node: OpaquePointer, source: SourceLines) -> [InlinePiece] {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT else { return [.node(node)] }
        let literal = Array((cmark_node_get_literal(node).map { String(cString: $0) } ?? "").unicodeScalars)
        let written = source.text(
            line: Int(cmark_node_get_start_line(node)), from: Int(cmark_node_get_start_column(node)),
            to: Int(cmark_node_get_end_column(node)))
        let escapes = Self.escapedPositions(of: literal, in: Array(written.unicodeScalars))
        guard !escapes.isEmpty else { return [.text(String(scalars: literal))] }
        var pieces: [InlinePiece] = []
        var start = 0
        for position in escapes {
            if start < position { pieces.append(.text(String(scalars: literal[start..<position]))) }
            pieces.append(.escaped(String(literal[position])))
            start = position + 1
        }
        if start < literal.count { pieces.append(.text(String(scalars: literal[start...]))) }
        return pieces
    }

    /// Where the literal's `~` and `^` were written as `\~`, `\^` or an entity, by walking the two side by side.
    private static func escapedPositions(of literal: [Unicode.Scalar], in written: [Unicode.Scalar]) -> [Int] {
        var positions: [Int] = []
        var index = 0
        var source = 0
        while index < literal.count, source < written.count {
            let scalar = literal[index]
            let isMarkCharacter = scalar == "~" || scalar == "^"
            if written[source] == "\\", source + 1 < written.count, written[source + 1] == scalar,
                asciiPunctuation.contains(scalar)
            {
                if isMarkCharacter { positions.append(index) }
                source += 2
                index += 1
            } else if written[source] == "&", scalar != "&", let end = written[source...].firstIndex(of: ";") {
                if isMarkCharacter { positions.append(index) }
                source = end + 1
                index += 1
            } else {
                // Anything else libcmark left out of the literal is passed over.
                if written[source] == scalar { index += 1 }
                source += 1
            }
        }
        return positions
    }

    private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    var isAddition: Bool {
        switch self {
        case .open, .link: true
        default: false
        }
    }

    /// Neighbouring texts as one, so an address split by libcmark (at `&`, `_`, `<`) is seen whole.
    static func joiningTexts(_ pieces: [InlinePiece]) -> [InlinePiece] {
        var result: [InlinePiece] = []
        for piece in pieces {
            switch (result.last, piece) {
            case (.text(let previous)?, .text(let text)), (.text(let previous)?, .escaped(let text)):
                result[result.count - 1] = .text(previous + text)
            case (_, .escaped(let text)): result.append(.text(text))
            default: result.append(piece)
            }
        }
        return result
    }
}

/// The Markdown's lines as UTF-8, addressed as libcmark's source positions address them.
struct SourceLines {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                index += 1
            }
            if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") { starts.append(index + 1) }
            index += 1
        }
        lineStarts = starts
    }

    /// The text of `line` (from 1) between two columns (from 1, both included), or "" outside the source.
    func text(line: Int, from start: Int, to end: Int) -> String {
        guard lineStarts.indices.contains(line - 1), start >= 1, end >= start else { return "" }
        let lower = lineStarts[line - 1] + start - 1
        let upper = min(lineStarts[line - 1] + end, bytes.count)
        guard lower < upper else { return "" }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
