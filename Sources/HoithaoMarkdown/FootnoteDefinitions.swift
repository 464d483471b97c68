import CCmark
import HoithaoModel

/// Moves footnote definitions out of the text into one section at the end of the document.
///
/// A definition is a paragraph that starts on a line `FootnoteSource` found (several may follow each other with no
/// blank line between them), with the blocks of its indented continuation lines.
enum FootnoteDefinitions {
    /// The section holding the definitions, appended to the document; nil when there are none.
    static func extract(from tree: MarkdownTree, source: FootnoteSource) -> OpaquePointer? {
        guard !source.starts.isEmpty else { return nil }
        var paragraphs: [OpaquePointer] = []
        cmarkNodes(under: tree.document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH { paragraphs.append(node) }
        }
        let footnotes = paragraphs.flatMap { split($0, tree: tree, source: source) }
        guard !footnotes.isEmpty,
            let section = tree.customNode(
                CMARK_NODE_CUSTOM_BLOCK, .footnoteSection,
                enter: "<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\">\n"
                    + "<h2 id=\"footnotes-heading\">\(Escape.html(tree.labels.footnotes))</h2>\n<ol>",
                exit: "</ol>\n</section>")
        else { return nil }
        var seen: [String: Int] = [:]
        for footnote in footnotes {
            if let first = seen[footnote.label] {
                tree.report(
                    .warning, line: footnote.line, byteColumn: footnote.column,
                    "the footnote [^\(footnote.label)] is defined twice (first on line \(first)); this one is left out, so give it a label of its own"
                )
                for block in footnote.blocks { cmark_node_free(block) }
                continue
            }
            seen[footnote.label] = footnote.line
            guard
                let item = tree.customNode(
                    CMARK_NODE_CUSTOM_BLOCK,
                    .footnote(label: footnote.label, line: footnote.line, column: footnote.column),
                    enter: "<li>", exit: "</li>")
            else { continue }
            for block in footnote.blocks { cmark_node_append_child(item, block) }
            cmark_node_append_child(section, item)
        }
        cmark_node_append_child(tree.document, section)
        return section
    }

    private struct Footnote {
        let label: String
        let line: Int
        let column: Int
        var blocks: [OpaquePointer]
    }

    /// The definitions `paragraph` holds, unlinked from the tree; what comes before the first stays in place.
    private static func split(_ paragraph: OpaquePointer, tree: MarkdownTree, source: FootnoteSource) -> [Footnote] {
        let firstLine = Int(cmark_node_get_start_line(paragraph))
        var line = firstLine
        var afterBreak = true
        var segments: [(start: (label: String, line: Int)?, children: [OpaquePointer])] = [(nil, [])]
        for child in cmarkChildren(of: paragraph) {
            let type = cmark_node_get_type(child)
            if afterBreak, type == CMARK_NODE_TEXT, let label = source.starts[line],
                cmarkLiteral(child).hasPrefix("[^\(label)];")
            {
                if let last = segments[segments.count - 1].children.last, cmarkIsBreak(last) {
                    segments[segments.count - 1].children.removeLast()
                    cmark_node_unlink(last)
                    cmark_node_free(last)
                }
                segments.append(((label, line), [child]))
            } else {
                segments[segments.count - 1].children.append(child)
            }
            afterBreak = cmarkIsBreak(child)
            line += breaks(in: child)
        }
        guard segments.count > 1 else { return [] }
        var footnotes: [Footnote] = []
        for segment in segments.dropFirst() {
            guard let start = segment.start, let definition = cmark_node_new(CMARK_NODE_PARAGRAPH) else { continue }
            for child in segment.children {
                cmark_node_unlink(child)
                cmark_node_append_child(definition, child)
            }
            removeLabel(start.label, from: definition)
            let column = Int(cmark_node_get_start_column(segment.children[0]))
            footnotes.append(
                Footnote(label: start.label, line: start.line, column: max(1, column), blocks: [definition]))
        }
        // The blocks of the last definition's continuation lines follow the paragraph.
        if !footnotes.isEmpty, let start = segments.last?.start {
            var next = cmark_node_next(paragraph)
            while let block = next, source.owners[Int(cmark_node_get_start_line(block))] == start.line {
                next = cmark_node_next(block)
                cmark_node_unlink(block)
                footnotes[footnotes.count - 1].blocks.append(block)
            }
        }
        if segments[0].children.isEmpty {
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
        return footnotes
    }

    /// Takes `[^label];` and the spaces after it off the definition's first text.
    private static func removeLabel(_ label: String, from definition: OpaquePointer) {
        guard let first = cmark_node_first_child(definition) else { return }
        let rest = cmarkLiteral(first).utf8.dropFirst("[^\(label)];".utf8.count).drop { $0 == UInt8(ascii: " ") }
        if rest.isEmpty {
            cmark_node_unlink(first)
            cmark_node_free(first)
            if let next = cmark_node_first_child(definition), cmarkIsBreak(next) {
                cmark_node_unlink(next)
                cmark_node_free(next)
            }
        } else {
            cmark_node_set_literal(first, String(decoding: rest, as: UTF8.self))
        }
    }

    /// The line ends inside an inline (itself, if it is a break).
    static func breaks(in node: OpaquePointer) -> Int {
        var count = 0
        cmarkNodes(under: node) { if cmarkIsBreak($0) { count += 1 } }
        return count
    }
}
