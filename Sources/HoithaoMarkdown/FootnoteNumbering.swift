import CCmark
import HoithaoModel

/// Numbers footnotes in the order of their first reference, links each reference to its note and back, and
/// reports references to no note and notes no reference points to.
struct FootnoteNumbering {
    let tree: MarkdownTree
    /// The section `FootnoteDefinitions` made; nil when the document defines no footnote.
    let section: OpaquePointer?

    func number() {
        var notes: [String: OpaquePointer] = [:]
        if let section {
            for note in cmarkChildren(of: section) {
                if case .footnote(let label, _, _)? = tree.role(of: note) { notes[label] = note }
            }
        }
        var references: [OpaquePointer] = []
        cmarkNodes(under: tree.document) { node in
            if case .footnoteReference? = tree.role(of: node) { references.append(node) }
        }
        var numbers: [String: Int] = [:]
        var backLinks: [String: [String]] = [:]
        for reference in references {
            guard case .footnoteReference(let label, let line, let column)? = tree.role(of: reference) else { continue }
            guard notes[label] != nil else {
                tree.report(
                    .warning, line: line, byteColumn: column,
                    "the footnote [^\(label)] is not defined; add its text on a line of its own: `[^\(label)]: …`")
                replace(reference, by: "[^\(label)]")
                continue
            }
            let number = numbers[label] ?? numbers.count + 1
            numbers[label] = number
            let id = "fnref-\(number)" + (backLinks[label].map { "-\($0.count + 1)" } ?? "")
            backLinks[label, default: []].append(id)
            cmark_node_set_on_enter(
                reference, "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\" role=\"doc-noteref\">")
            cmark_node_set_on_exit(reference, "</a></sup>")
            if let text = cmarkTextNode("\(number)") {
                tree.setRole(.generatedText, of: text)
                cmark_node_append_child(reference, text)
            }
            tree.setRole(.footnoteNumber(number), of: reference)
        }
        guard let section else { return }
        for (label, note) in notes.sorted(by: { $0.key < $1.key }) where numbers[label] == nil {
            guard case .footnote(_, let line, let column)? = tree.role(of: note) else { continue }
            tree.report(
                .warning, line: line, byteColumn: column,
                "the footnote [^\(label)] is never referenced; write [^\(label)] where it belongs in the text, or remove it"
            )
            cmark_node_unlink(note)
            cmark_node_free(note)
        }
        let ordered = notes.compactMap { label, note in numbers[label].map { ($0, label, note) } }.sorted {
            $0.0 < $1.0
        }
        for (number, label, note) in ordered {
            cmark_node_unlink(note)
            cmark_node_set_on_enter(note, "<li id=\"fn-\(number)\">")
            tree.setRole(.numberedFootnote(number), of: note)
            tree.usedIDs.formUnion(["fn-\(number)"] + (backLinks[label] ?? []))
            addBackLinks(backLinks[label] ?? [], number: number, to: note)
            cmark_node_append_child(section, note)
        }
        if ordered.isEmpty {
            cmark_node_unlink(section)
            cmark_node_free(section)
        }
    }

    /// Back-links at the end of the note's last paragraph (a paragraph of their own after any other block).
    private func addBackLinks(_ ids: [String], number: Int, to note: OpaquePointer) {
        var paragraph = cmark_node_last_child(note)
        if paragraph.map({ cmark_node_get_type($0) != CMARK_NODE_PARAGRAPH }) ?? true {
            paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
            if let paragraph { cmark_node_append_child(note, paragraph) }
        }
        guard let paragraph else { return }
        for (index, id) in ids.enumerated() {
            let label = Escape.html("\(tree.labels.backToReference) \(number)")
            let mark = index == 0 ? "↩\u{FE0E}" : "↩\u{FE0E}<sup>\(index + 1)</sup>"
            if let link = tree.customNode(
                CMARK_NODE_CUSTOM_INLINE, .backLink,
                enter:
                    " <a href=\"#\(id)\" class=\"footnote-back\" role=\"doc-backlink\" aria-label=\"\(label)\">\(mark)</a>"
            ) {
                cmark_node_append_child(paragraph, link)
            }
        }
    }

    private func replace(_ node: OpaquePointer, by text: String) {
        guard let replacement = cmarkTextNode(text) else { return }
        if cmark_node_replace(node, replacement) == 1 { cmark_node_free(node) } else { cmark_node_free(replacement) }
    }
}
