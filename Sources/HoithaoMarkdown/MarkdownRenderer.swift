import CCmark
import Foundation
import HoithaoModel
import HoithaoSystem

/// Turns CommonMark into HTML with libcmark, giving every heading a stable anchor id.
///
/// Safe by default: raw HTML is omitted and `javascript:`, `vbscript:`, `file:` and most `data:`
/// links are dropped by libcmark itself. This is the only module that touches libcmark.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML in the Markdown is passed through (a site opts in in `site.yaml`).
    public var allowsRawHTML: Bool
    /// Ids the page around the Markdown already uses; headings never take them.
    public var reservedIDs: Set<String>
    /// The words figures, tables and footnotes are labelled with.
    public var labels: MarkdownLabels
    /// The build's parsed texts, when it shares them between the pages and the books.
    public var parsed: ParsedMarkdown?

    public init(
        allowsRawHTML: Bool = false,
        reservedIDs: Set<String> = [
            "main", "top", "toc-heading", "abstract-heading", "facts-heading", "chart-title", "author-index-heading",
            "revisions-heading", "downloads-heading", "cite-heading", "footnotes-heading",
        ],
        language: Language = .vietnamese, parsed: ParsedMarkdown? = nil
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.reservedIDs = reservedIDs
        self.labels = MarkdownLabels(language)
        self.parsed = parsed
    }

    /// This renderer labelling in `language`.
    public func labelling(in language: Language) -> MarkdownRenderer {
        var renderer = self
        renderer.labels = MarkdownLabels(language)
        return renderer
    }

    /// libcmark's version and that of the extensions over it: rendered Markdown kept between builds is only good
    /// for the same ones. (Raise the extensions' number whenever what they print changes.)
    public static var engineVersion: String { String(cString: cmark_version_string()) + "+hoithao.6" }

    /// Renders `source` to HTML and its heading outline, with what `MarkdownTree` adds over libcmark, and the
    /// problems found in it (located in `source`, with an empty path).
    public func render(_ source: String) -> RenderedMarkdown {
        var options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let tree = parse(source, options: options) else { return .empty }
        // The blocks are read before the headings become anchors: the books take them from here.
        if let parsed, parsed.keepsDocuments { parsed.keep(document(of: tree), for: key(source)) }
        let document = tree.document

        let headings = anchorHeadings(in: document, taken: tree.usedIDs)
        // Source positions are for locating problems, not for the published HTML.
        let renderOptions = options & ~CMARK_OPT_SOURCEPOS
        guard let html = cmark_render_html(document, renderOptions) else {
            return RenderedMarkdown(html: "", headings: headings, markdown: source, diagnostics: tree.problems)
        }
        defer { free(html) }
        // libcmark passes control characters through; the HTML checker refuses them.
        return RenderedMarkdown(
            html: PlainText.normalized(String(cString: html)), headings: headings, markdown: source,
            diagnostics: tree.problems)
    }

    func parse(_ source: String, options: Int32) -> MarkdownTree? {
        parsed?.counted(source)
        return MarkdownTree(source, options: options, labels: labels)
    }

    /// What `source`'s blocks are kept under.
    func key(_ source: String) -> ParsedMarkdown.Key {
        ParsedMarkdown.Key(source: source, labels: labels, reservedIDs: reservedIDs, allowsRawHTML: allowsRawHTML)
    }

    /// Blanks unsafe link and image URLs, then replaces each heading by a custom block that opens `<hN id="…">`, keeping its inline children.
    private func anchorHeadings(in document: OpaquePointer, taken: Set<String>) -> [Heading] {
        var headingNodes: [OpaquePointer] = []
        if let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
                else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HEADING:
                    headingNodes.append(node)
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    // Changing a URL in place is safe during iteration; the tree's shape stays the same.
                    if let url = cmark_node_get_url(node), !LinkSafety.isSafe(String(cString: url)) {
                        cmark_node_set_url(node, "")
                    }
                default:
                    break
                }
            }
        }
        var ids = AnchorIDs(reserved: reservedIDs.union(taken))
        var headings: [Heading] = []
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = plainText(of: node).nfc
            let id = ids.claim(Slug.make(from: text))
            headings.append(Heading(level: level, text: text, id: id))
            replace(heading: node, level: level, id: id)
        }
        return headings
    }

    /// The pictures `source` shows: each image's URL and where it starts in `source` (line and column from 1;
    /// the line of its paragraph where libcmark gives an inline none).
    public func pictures(in source: String) -> [(url: String, line: Int, column: Int)] {
        guard source.contains("![") else { return [] }
        guard let document = MarkdownTree.cmarkParse(source, options: CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8)
        else { return [] }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var pictures: [(url: String, line: Int, column: Int)] = []
        var blockLine = 1
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        // libcmark counts columns in bytes; messages count them in characters (Unicode scalars).
        func scalarColumn(_ line: Int, _ byteColumn: Int) -> Int {
            guard line <= lines.count else { return byteColumn }
            return String(decoding: lines[line - 1].utf8.prefix(byteColumn - 1), as: UTF8.self).unicodeScalars.count + 1
        }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator)
            else { continue }
            let line = Int(cmark_node_get_start_line(node))
            if cmark_node_get_type(node) == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) {
                let column = Int(cmark_node_get_start_column(node))
                let place = line > 0 && column > 0 ? (line, scalarColumn(line, column)) : (blockLine, 1)
                pictures.append((String(cString: url), place.0, place.1))
            } else if line > 0 {
                blockLine = line
            }
        }
        return pictures
    }

    private func replace(heading: OpaquePointer, level: Int, id: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(block, "</h\(level)>")
        while let child = cmark_node_first_child(heading) {
            cmark_node_unlink(child)
            cmark_node_append_child(block, child)
        }
        if cmark_node_replace(heading, block) == 1 {
            cmark_node_free(heading)
        } else {
            cmark_node_free(block)
        }
    }

    /// The text a reader sees in a node: its text and code literals, breaks as spaces.
    func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let child = cmark_iter_get_node(iterator)
            else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        // Most headings neither begin nor end with a space: Foundation's trimming only for the others.
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !first.properties.isWhitespace, !last.properties.isWhitespace
        {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
