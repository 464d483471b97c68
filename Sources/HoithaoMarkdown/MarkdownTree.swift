import CCmark
import HoithaoModel

/// A Markdown document parsed by libcmark, with what scholarly papers need added over its tree: footnotes,
/// pipe tables, numbered figures and tables, cross-references, a reference list, marks and bare links.
///
/// Each added construct is a custom node whose HTML libcmark prints as it is; `roles` says what each stands for,
/// so the block builder (books, EPUB) reads the same tree back as values. The tree frees itself.
final class MarkdownTree {
    let document: OpaquePointer
    let source: SourceLines
    let labels: MarkdownLabels
    /// What each added node stands for, by the node's address.
    private(set) var roles: [Int: NodeRole] = [:]
    /// Problems found, at lines and columns of the Markdown (scalar columns, from 1).
    private(set) var problems: [Diagnostic] = []
    /// The ids the added constructs give elements, which headings must not take.
    var usedIDs: Set<String> = []
    /// libcmark's options for this document, for the parts read on their own (table cells).
    let options: Int32

    /// Parses `source` with `options` (source positions are always on: the extensions need them).
    init?(_ source: String, options: Int32, labels: MarkdownLabels) {
        let definitions = FootnoteSource(source)
        guard let document = Self.cmarkParse(definitions.text, options: options | CMARK_OPT_SOURCEPOS) else {
            return nil
        }
        self.document = document
        self.source = SourceLines(definitions.text, shifts: definitions.shifts)
        self.labels = labels
        self.options = options | CMARK_OPT_SOURCEPOS
        let footnotes = FootnoteDefinitions.extract(from: self, source: definitions)
        // Each pass after the first walks the whole tree: one that has nothing to find in the source is skipped.
        let tables = source.utf8.contains(UInt8(ascii: "|"))
        if tables { PipeTables(tree: self).convert() }
        ReferenceList.mark(in: self)
        InlineExtensions(tree: self, source: self.source).apply(to: document, dois: nil)
        if footnotes != nil || source.contains("[^") { FootnoteNumbering(tree: self, section: footnotes).number() }
        if tables || source.contains("![") || source.contains("@") { Captions(tree: self).number() }
    }

    deinit { cmark_node_free(document) }

    /// libcmark's own parse of `text`, nothing added.
    static func cmarkParse(_ text: String, options: Int32) -> OpaquePointer? {
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        var text = text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        return cmark_parser_finish(parser)
    }

    func role(of node: OpaquePointer) -> NodeRole? { roles[Self.key(node)] }

    func setRole(_ role: NodeRole, of node: OpaquePointer) { roles[Self.key(node)] = role }

    /// A new custom node of `type` printing `enter` and `exit` around its children, with its role.
    func customNode(
        _ type: cmark_node_type, _ role: NodeRole, enter: String, exit: String = ""
    ) -> OpaquePointer? {
        guard let node = cmark_node_new(type) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        setRole(role, of: node)
        return node
    }

    /// A warning or error at `line` and libcmark's byte `column` of the source.
    func report(_ severity: Diagnostic.Severity, line: Int, byteColumn: Int, _ message: String) {
        let location = SourceLocation(path: "", line: max(1, line), column: source.scalarColumn(line: line, byteColumn))
        problems.append(Diagnostic(severity, location, message))
    }

    private static func key(_ node: OpaquePointer) -> Int { Int(bitPattern: UnsafeRawPointer(node)) }
}

/// What a node added over libcmark's tree stands for.
enum NodeRole: Equatable {
    case table([ColumnAlignment])
    case tableRow(header: Bool)
    case tableBody
    case tableCell
    /// A table's or a figure's caption; its number is set once the document is numbered. `below`: written after
    /// its table.
    case caption(CaptionKind, number: Int, id: String, below: Bool)
    case figure
    case footnoteReference(label: String, line: Int, column: Int)
    /// A footnote reference once numbered.
    case footnoteNumber(Int)
    /// A footnote's text once numbered.
    case numberedFootnote(Int)
    /// A number written by the numbering pass, inside a footnote reference or a cross-reference.
    case generatedText
    case crossReference(label: String, line: Int, column: Int)
    case footnoteSection
    case footnote(label: String, line: Int, column: Int)
    case backLink
    case references
}

/// The children of a libcmark node, by sibling pointers (no iterator to free).
func cmarkChildren(of parent: OpaquePointer) -> [OpaquePointer] {
    var result: [OpaquePointer] = []
    var child = cmark_node_first_child(parent)
    while let node = child {
        result.append(node)
        child = cmark_node_next(node)
    }
    return result
}

/// A node's literal, or "" when it has none.
func cmarkLiteral(_ node: OpaquePointer) -> String {
    cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
}

/// Every node under `root` in document order, entering only (a work list, so a deep tree cannot exhaust the stack).
func cmarkNodes(under root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
        guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator)
        else { continue }
        visit(node)
    }
}

/// A text node holding `text`.
func cmarkTextNode(_ text: String) -> OpaquePointer? {
    let node = cmark_node_new(CMARK_NODE_TEXT)
    cmark_node_set_literal(node, text)
    return node
}

/// Whether a node is a soft or hard line break.
func cmarkIsBreak(_ node: OpaquePointer) -> Bool {
    let type = cmark_node_get_type(node)
    return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
}
