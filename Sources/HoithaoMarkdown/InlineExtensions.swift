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

/// Adds strikethrough, superscript, subscript, footnote references (`[^id]`), cross-references (`@fig:id`) and
/// links for bare web and e-mail addresses (and DOIs in a reference list) over libcmark's parsed tree.
///
/// Working on text nodes after parsing keeps code spans and code blocks literal, and a backslash-escaped
/// `\~`, `\^`, `\[` or `\@` (which libcmark joins into its text) never opens a mark or a reference.
struct InlineExtensions {
    let tree: MarkdownTree
    /// The Markdown the nodes were parsed from, to tell a character written escaped from one written bare.
    let source: SourceLines
    /// Where that Markdown's first line and column are in the file (a table cell is parsed on its own).
    var origin: (line: Int, column: Int) = (1, 1)

    /// Adds the marks, references and links under `root`, parsed with `CMARK_OPT_SOURCEPOS`; table cells, read
    /// on their own, are left alone. `dois` links DOIs everywhere (a cell); nil links them in reference lists.
    func apply(to root: OpaquePointer, dois: Bool?) {
        for container in containers(under: root) {
            rewrite(container.node, linking: !container.inLink, dois: dois ?? container.inReferences)
        }
    }

    private struct Container {
        let node: OpaquePointer
        let inLink: Bool
        let inReferences: Bool
    }

    /// Every node whose children hold text; a link's text gets marks but no links inside it.
    /// A work list, not recursion: a 10,000-deep quote must not exhaust the stack.
    private func containers(under root: OpaquePointer) -> [Container] {
        var result: [Container] = []
        var pending = [Container(node: root, inLink: false, inReferences: false)]
        while let container = pending.popLast() {
            var child = cmark_node_first_child(container.node)
            var holdsText = false
            while let current = child {
                let type = cmark_node_get_type(current)
                let role = tree.role(of: current)
                if type == CMARK_NODE_TEXT {
                    holdsText = true
                } else if cmark_node_first_child(current) != nil, !role.isTableCell {
                    pending.append(
                        Container(
                            node: current,
                            inLink: container.inLink || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                            inReferences: container.inReferences || role.isReferences))
                }
                child = cmark_node_next(current)
            }
            if holdsText { result.append(container) }
        }
        return result
    }

    /// Replaces `container`'s children by the same inlines with marks, references and links added, if any.
    private func rewrite(_ container: OpaquePointer, linking: Bool, dois: Bool) {
        let nodes = cmarkChildren(of: container)
        let found = nodes.flatMap { InlinePiece.pieces(of: $0, source: source, origin: origin) }
        let marked = MarkScanner.marked(found)
        let pieces = InlinePiece.joiningTexts(marked).flatMap { piece -> [InlinePiece] in
            guard linking, case .text(let text) = piece else { return [piece] }
            return BareLinks.split(text, dois: dois)
        }
        guard pieces.contains(where: \.isAddition) else { return }
        for node in nodes { cmark_node_unlink(node) }
        var parents = [container]
        for piece in pieces {
            guard let parent = parents.last else { break }
            switch piece {
            case .node(let node): cmark_node_append_child(parent, node)
            case .text(let text), .escaped(let text): cmark_node_append_child(parent, cmarkTextNode(text))
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
                cmark_node_append_child(node, cmarkTextNode(text))
                cmark_node_append_child(parent, node)
            case .reference(let role):
                guard let node = tree.customNode(CMARK_NODE_CUSTOM_INLINE, role, enter: "") else { continue }
                cmark_node_append_child(parent, node)
            }
        }
        // Text nodes were copied into new ones above; the originals are no longer in the tree.
        for node in nodes where cmark_node_parent(node) == nil { cmark_node_free(node) }
    }
}

extension NodeRole? {
    var isTableCell: Bool {
        if case .tableCell? = self { true } else { false }
    }

    var isReferences: Bool {
        if case .references? = self { true } else { false }
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
    /// A footnote reference or a cross-reference, resolved once the whole document is read.
    case reference(NodeRole)

    /// A node as pieces: a text node split around its escaped `~` and `^`, any other node whole.
    /// `origin` places the node's source positions in the file, for the references' locations.
    static func pieces(of node: OpaquePointer, source: SourceLines, origin: (line: Int, column: Int)) -> [InlinePiece] {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT else { return [.node(node)] }
        let literal = Array(cmarkLiteral(node).unicodeScalars)
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        let written = source.text(line: line, from: column, to: Int(cmark_node_get_end_column(node)))
        let escapes = Self.escapedPositions(of: literal, in: Array(written.unicodeScalars))
        // Where the text starts in the file, in libcmark's terms (line from 1, byte column from 1).
        let place = (line: origin.line + line - 1, column: line == 1 ? origin.column + column - 1 : column)
        var pieces: [InlinePiece] = []
        var start = 0
        var bytes = 0
        func text(_ scalars: ArraySlice<Unicode.Scalar>) {
            let text = String(scalars: scalars)
            pieces += NoteScanner.split(text, line: place.line, column: place.column + bytes)
            bytes += text.utf8.count
        }
        for position in escapes {
            if start < position { text(literal[start..<position]) }
            pieces.append(.escaped(String(literal[position])))
            bytes += String(literal[position]).utf8.count
            start = position + 1
        }
        if start < literal.count { text(literal[start...]) }
        return pieces
    }

    /// Where the literal's `~` and `^` were written as `\~`, `\^` or an entity, by walking the two side by side.
    private static func escapedPositions(of literal: [Unicode.Scalar], in written: [Unicode.Scalar]) -> [Int] {
        var positions: [Int] = []
        var index = 0
        var source = 0
        while index < literal.count, source < written.count {
            let scalar = literal[index]
            let isMarkCharacter = scalar == "~" || scalar == "^" || scalar == "[" || scalar == "@"
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
        case .open, .link, .reference: true
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
