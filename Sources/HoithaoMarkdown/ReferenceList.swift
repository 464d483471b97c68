import CCmark
import Foundation
import HoithaoModel

/// Marks a paper's reference list: what follows a heading "Tài liệu tham khảo" / "References" (or one of their
/// usual variants, numbered or not) up to the next heading of the same or a higher level.
enum ReferenceList {
    /// Heading texts that open a reference list, lowercased, without the author's numbering.
    static let titles: Set<String> = [
        "tài liệu tham khảo", "danh mục tài liệu tham khảo", "tài liệu trích dẫn", "references", "bibliography",
        "works cited", "literature cited", "reference list",
    ]

    /// Wraps each reference list of `tree` in a node with the role `.references`.
    static func mark(in tree: MarkdownTree) {
        for heading in cmarkChildren(of: tree.document) where cmark_node_get_type(heading) == CMARK_NODE_HEADING {
            guard isReferencesTitle(text(of: heading)) else { continue }
            let level = cmark_node_get_heading_level(heading)
            var entries: [OpaquePointer] = []
            var next = cmark_node_next(heading)
            while let block = next {
                if cmark_node_get_type(block) == CMARK_NODE_HEADING, cmark_node_get_heading_level(block) <= level {
                    break
                }
                if tree.role(of: block) == .footnoteSection { break }
                entries.append(block)
                next = cmark_node_next(block)
            }
            guard !entries.isEmpty,
                let list = tree.customNode(
                    CMARK_NODE_CUSTOM_BLOCK, .references, enter: "<div class=\"references\">", exit: "</div>")
            else { continue }
            cmark_node_insert_after(heading, list)
            for entry in entries {
                cmark_node_unlink(entry)
                cmark_node_append_child(list, entry)
            }
        }
    }

    /// Whether a heading's text names a reference list ("6. Tài liệu tham khảo", "REFERENCES").
    static func isReferencesTitle(_ text: String) -> Bool {
        let title = AuthorNumbering.strip(text).lowercased().trimmingCharacters(in: .whitespaces)
        return titles.contains(title.nfc)
    }

    private static func text(of node: OpaquePointer) -> String {
        var text = ""
        cmarkNodes(under: node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += cmarkLiteral(child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }
}
