import CCmark
import HoithaoModel

/// Makes numbered figures and captioned tables, and turns cross-references into links that print the number.
///
/// A figure is a picture alone in its paragraph, with its caption from an emphasized line under it (in the same
/// paragraph or the next), a line starting "Hình N." / "Figure N.", or else its alt text. A table's caption is the
/// paragraph right before (preferred) or after it starting "Bảng N." / "Bảng:" / "Table:" (or pandoc's `: `).
/// Either may end with a label `{#fig:id}` / `{#tbl:id}` that `@fig:id` refers to. Numbers run per document.
struct Captions {
    let tree: MarkdownTree

    func number() {
        var found: [(kind: CaptionKind, node: OpaquePointer)] = []
        cmarkNodes(under: tree.document) { node in
            if case .table? = tree.role(of: node) {
                found.append((.table, node))
            } else if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, Self.picture(alone: node) != nil {
                found.append((.figure, node))
            }
        }
        var counts: [CaptionKind: Int] = [:]
        var targets: [String: (id: String, text: String)] = [:]
        var firstLines: [String: Int] = [:]
        for (kind, node) in found {
            let line = Int(cmark_node_get_start_line(node))
            let caption: Caption?
            switch kind {
            case .figure: caption = Self.figureCaption(node)
            case .table: caption = tableCaption(node)
            }
            guard kind == .figure || caption != nil else { continue }
            let number = (counts[kind] ?? 0) + 1
            counts[kind] = number
            var id = "\(kind.rawValue)-\(number)"
            if let label = caption?.label {
                if let first = firstLines[label] {
                    tree.report(
                        .error, line: line, byteColumn: 1,
                        "the label {#\(label)} is used twice (first on line \(first)); give each \(tree.labels.word(for: kind).lowercased()) a label of its own"
                    )
                } else {
                    firstLines[label] = line
                    id = label.replacingColons
                    targets[label] = (id, "\(tree.labels.word(for: kind)) \(number)")
                }
            }
            tree.usedIDs.formUnion([id, id + "-caption"])
            switch kind {
            case .figure: makeFigure(node, caption: caption, number: number, id: id)
            case .table: attach(caption, to: node, number: number, id: id)
            }
        }
        resolveCrossReferences(targets)
    }

    /// A caption's inlines (unlinked, to move) and its label.
    private struct Caption {
        var inlines: [OpaquePointer]
        var label: String?
        /// The paragraph it came from, to remove once its inlines are moved.
        var paragraph: OpaquePointer?
        /// Written after what it captions.
        var below = false
    }

    /// The picture of a paragraph that starts with one picture alone on its line (and its `{#fig:…}`), or nil.
    private static func picture(alone paragraph: OpaquePointer) -> OpaquePointer? {
        var picture: OpaquePointer?
        for child in cmarkChildren(of: paragraph) {
            switch cmark_node_get_type(child) {
            case CMARK_NODE_IMAGE where picture == nil: picture = child
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return picture
            case CMARK_NODE_TEXT where picture != nil && isBlankOrLabel(cmarkLiteral(child), prefix: "fig:"): continue
            default: return nil
            }
        }
        return picture
    }

    private static func isBlankOrLabel(_ text: String, prefix: String) -> Bool {
        let trimmed = text.trimmed
        return trimmed.isEmpty || label(in: trimmed, prefix: prefix)?.rest.trimmed.isEmpty == true
    }

    /// A `{#prefix…}` label at the end of `text`, and the text before it.
    private static func label(in text: String, prefix: String) -> (label: String, rest: String)? {
        let trimmed = text.trimmed
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#" + prefix, options: .backwards) else {
            return nil
        }
        let label = String(
            trimmed[trimmed.index(open.lowerBound, offsetBy: 2)..<trimmed.index(before: trimmed.endIndex)])
        guard label.count > prefix.count, !label.contains(where: { $0.isWhitespace || $0 == "{" || $0 == "}" }) else {
            return nil
        }
        return (label, String(trimmed[..<open.lowerBound]))
    }

    private static func figureCaption(_ paragraph: OpaquePointer) -> Caption {
        let children = cmarkChildren(of: paragraph)
        var label: String?
        var index = 0
        while index < children.count, !cmarkIsBreak(children[index]) {
            if cmark_node_get_type(children[index]) == CMARK_NODE_TEXT {
                label = label ?? Self.label(in: cmarkLiteral(children[index]), prefix: "fig:")?.label
            }
            index += 1
        }
        if index < children.count, var caption = caption(Array(children[(index + 1)...]), kind: .figure, paragraph: nil)
        {
            caption.label = caption.label ?? label
            return caption
        }
        if let next = cmark_node_next(paragraph), cmark_node_get_type(next) == CMARK_NODE_PARAGRAPH,
            var caption = caption(cmarkChildren(of: next), kind: .figure, paragraph: next)
        {
            caption.label = caption.label ?? label
            return caption
        }
        return Caption(inlines: [], label: label)
    }

    private func tableCaption(_ table: OpaquePointer) -> Caption? {
        for (sibling, below) in [(cmark_node_previous(table), false), (cmark_node_next(table), true)] {
            guard let sibling, cmark_node_get_type(sibling) == CMARK_NODE_PARAGRAPH,
                var caption = Self.caption(cmarkChildren(of: sibling), kind: .table, paragraph: sibling)
            else { continue }
            caption.below = below
            return caption
        }
        return nil
    }

    /// `inlines` as a caption: one emphasis (with a label after it), or text opening with the kind's word
    /// ("Hình 2.", "Bảng:", "Table 1 –", pandoc's ": "), which is taken off.
    private static func caption(_ inlines: [OpaquePointer], kind: CaptionKind, paragraph: OpaquePointer?) -> Caption? {
        var inlines = inlines
        // Looked at first, changed only once it is sure to be a caption.
        let labelled = inlines.last.flatMap { last -> (label: String, rest: String)? in
            guard cmark_node_get_type(last) == CMARK_NODE_TEXT else { return nil }
            return Self.label(in: cmarkLiteral(last), prefix: kind.labelPrefix)
        }
        let body = labelled?.rest.trimmed.isEmpty == true ? Array(inlines.dropLast()) : inlines
        guard let first = body.first else { return nil }
        let emphasized =
            (body.count == 1 || (body.count == 2 && labelled != nil))
            && [CMARK_NODE_EMPH, CMARK_NODE_STRONG].contains(cmark_node_get_type(first))
        let text = emphasized ? cmark_node_first_child(first) ?? first : first
        let opening =
            cmark_node_get_type(text) == CMARK_NODE_TEXT ? CaptionPrefix.length(of: cmarkLiteral(text), kind) : nil
        guard emphasized || opening != nil else { return nil }
        if let labelled, let last = inlines.last {
            if labelled.rest.trimmed.isEmpty {
                inlines.removeLast()
                cmark_node_unlink(last)
                cmark_node_free(last)
            } else {
                cmark_node_set_literal(last, labelled.rest.trimmed)
            }
        }
        if let opening {
            let rest = String(cmarkLiteral(text).dropFirst(opening))
            if rest.isEmpty, text != first || inlines.count > 1 {
                cmark_node_unlink(text)
                cmark_node_free(text)
                if text == first { inlines.removeFirst() }
            } else {
                cmark_node_set_literal(text, rest)
            }
        }
        // An emphasized caption's emphasis is the author's way of marking it; the caption's own style shows that.
        if emphasized, let wrapper = inlines.first {
            let inner = cmarkChildren(of: wrapper)
            inlines = inner + inlines.dropFirst()
            for inline in inlines { cmark_node_unlink(inline) }
            cmark_node_unlink(wrapper)
            cmark_node_free(wrapper)
        } else {
            for inline in inlines { cmark_node_unlink(inline) }
        }
        while let first = inlines.first, cmarkIsBreak(first) {
            inlines.removeFirst()
            cmark_node_free(first)
        }
        return Caption(inlines: inlines, label: labelled?.label, paragraph: paragraph)
    }

    private func makeFigure(_ paragraph: OpaquePointer, caption: Caption?, number: Int, id: String) {
        guard let picture = Self.picture(alone: paragraph),
            let figure = tree.customNode(
                CMARK_NODE_CUSTOM_BLOCK, .figure, enter: "<figure class=\"figure\" id=\"\(id)\">", exit: "</figure>")
        else { return }
        var caption = caption ?? Caption(inlines: [])
        if caption.inlines.isEmpty, caption.paragraph == nil {
            let alt = cmarkChildren(of: picture).map(cmarkLiteral).joined()
            if !alt.isEmpty, let text = cmarkTextNode(alt) { caption.inlines = [text] }
        }
        cmark_node_unlink(picture)
        cmark_node_append_child(figure, picture)
        cmark_node_append_child(
            figure, captionNode(caption, kind: .figure, number: number, id: id, element: "figcaption"))
        cmark_node_insert_before(paragraph, figure)
        cmark_node_unlink(paragraph)
        cmark_node_free(paragraph)
        if let source = caption.paragraph {
            cmark_node_unlink(source)
            cmark_node_free(source)
        }
    }

    private func attach(_ caption: Caption?, to table: OpaquePointer, number: Int, id: String) {
        guard let caption else { return }
        cmark_node_set_on_enter(
            table,
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(id)-caption\">\n"
                + "<table id=\"\(id)\">")
        if let node = captionNode(caption, kind: .table, number: number, id: id, element: "caption") {
            cmark_node_prepend_child(table, node)
        }
        if let source = caption.paragraph {
            cmark_node_unlink(source)
            cmark_node_free(source)
        }
    }

    private func captionNode(_ caption: Caption, kind: CaptionKind, number: Int, id: String, element: String)
        -> OpaquePointer?
    {
        let word = Escape.html("\(tree.labels.word(for: kind)) \(number).")
        let identifier = kind == .table ? " id=\"\(id)-caption\"" : ""
        guard
            let node = tree.customNode(
                CMARK_NODE_CUSTOM_INLINE, .caption(kind, number: number, id: id, below: caption.below),
                enter: "<\(element)\(identifier)><span class=\"caption-number\">\(word)</span> ", exit: "</\(element)>")
        else { return nil }
        for inline in caption.inlines { cmark_node_append_child(node, inline) }
        return node
    }

    private func resolveCrossReferences(_ targets: [String: (id: String, text: String)]) {
        var references: [OpaquePointer] = []
        cmarkNodes(under: tree.document) { node in
            if case .crossReference? = tree.role(of: node) { references.append(node) }
        }
        for reference in references {
            guard case .crossReference(let label, let line, let column)? = tree.role(of: reference) else { continue }
            let replacement: OpaquePointer?
            if let target = targets[label] {
                replacement = cmark_node_new(CMARK_NODE_LINK)
                if let replacement {
                    cmark_node_set_url(replacement, "#" + target.id)
                    cmark_node_append_child(replacement, cmarkTextNode(target.text))
                }
            } else {
                let kind = label.hasPrefix("tbl:") ? CaptionKind.table : .figure
                let example = kind == .figure ? "![…](hinh/anh.png){#\(label)}" : "Bảng: … {#\(label)}"
                tree.report(
                    .error, line: line, byteColumn: column,
                    "@\(label) refers to no \(tree.labels.word(for: kind).lowercased()) of this paper; label one with `\(example)`, or correct the reference"
                )
                replacement = cmarkTextNode("@" + label)
            }
            guard let replacement else { continue }
            if cmark_node_replace(reference, replacement) == 1 {
                cmark_node_free(reference)
            } else {
                cmark_node_free(replacement)
            }
        }
    }

}

/// The words a caption opens with, which the numbering replaces.
enum CaptionPrefix {
    private static let words: [CaptionKind: [String]] = [
        .figure: ["Hình ảnh", "Hình", "Figure", "Fig."], .table: ["Bảng", "Table"],
    ]

    /// How many characters of `text` are the kind's opening ("Hình 2. ", "Bảng: ", "Table 1 – ", ": "), or nil
    /// when it has none (a sentence that starts with the word, "Bảng này cho thấy…", is no caption).
    static func length(of text: String, _ kind: CaptionKind) -> Int? {
        if kind == .table, text.hasPrefix(": ") { return 2 }
        let characters = Array(text)
        for word in words[kind] ?? [] {
            let count = word.count
            guard characters.count > count, String(characters[0..<count]).lowercased() == word.lowercased() else {
                continue
            }
            var index = count
            func skipSpaces() { while index < characters.count, characters[index] == " " { index += 1 } }
            skipSpaces()
            var numbered = false
            while index < characters.count,
                characters[index].isNumber
                    || (characters[index] == "." && index + 1 < characters.count && characters[index + 1].isNumber)
            {
                numbered = numbered || characters[index].isNumber
                index += 1
            }
            skipSpaces()
            guard index < characters.count, [".", ":", "–", "-", "—"].contains(characters[index]),
                numbered || characters[index] == ":"
            else { continue }
            index += 1
            skipSpaces()
            return index
        }
        return nil
    }
}

extension String {
    /// Without spaces and line ends around it.
    var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// With `:` as `-`, so a label is an id EPUB readers accept.
    var replacingColons: String { replacingOccurrences(of: ":", with: "-") }
}
