import CCmark
import HoithaoModel
import HoithaoSystem

/// A block of a Markdown document, for typesetters that need structure rather than HTML.
public indirect enum MarkdownBlock: Sendable, Hashable {
    case paragraph([MarkdownInline])
    /// A heading with the same anchor id `MarkdownRenderer` gives it in HTML.
    case heading(level: Int, [MarkdownInline], id: String)
    /// A list; each item is a sequence of blocks (nested lists included).
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
    case quote([MarkdownBlock])
    case code(String, language: String?)
    case thematicBreak
    case table(MarkdownTable)
    /// A numbered picture with its caption.
    case figure(MarkdownFigure)
    /// A paper's reference list: the blocks under its "Tài liệu tham khảo" heading.
    case references([MarkdownBlock])
}

/// A table: its header row, its rows, each cell's inlines, the columns' alignment and a caption.
public struct MarkdownTable: Sendable, Hashable {
    public var alignments: [ColumnAlignment]
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]
    public var caption: MarkdownCaption?
    /// The caption was written after the table (a page shows it first, as `<caption>`; a book as written).
    public var captionBelow: Bool

    public init(
        alignments: [ColumnAlignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]],
        caption: MarkdownCaption? = nil, captionBelow: Bool = false
    ) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.caption = caption
        self.captionBelow = captionBelow
    }
}

/// A numbered figure.
public struct MarkdownFigure: Sendable, Hashable {
    public var url: String
    public var alt: String
    public var caption: MarkdownCaption

    public init(url: String, alt: String, caption: MarkdownCaption) {
        self.url = url
        self.alt = alt
        self.caption = caption
    }
}

/// The caption of a figure or a table: "Hình 2." and its text; `id` is the element id cross-references link to.
public struct MarkdownCaption: Sendable, Hashable {
    /// The word and number, "Hình 2." / "Table 1.".
    public var label: String
    public var text: [MarkdownInline]
    public var id: String

    public init(label: String, text: [MarkdownInline], id: String) {
        self.label = label
        self.text = text
        self.id = id
    }
}

/// A footnote: its number (order of first reference) and its blocks.
public struct MarkdownFootnote: Sendable, Hashable {
    public var number: Int
    public var blocks: [MarkdownBlock]

    public init(number: Int, blocks: [MarkdownBlock]) {
        self.number = number
        self.blocks = blocks
    }
}

/// A document as blocks, with its footnotes apart (each typesetter places them its own way).
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [MarkdownBlock]
    public var footnotes: [MarkdownFootnote]
}

/// A span of text inside a block.
public indirect enum MarkdownInline: Sendable, Hashable {
    case text(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case code(String)
    /// Struck-through, superscript or subscript text.
    case mark(InlineMark, [MarkdownInline])
    /// A link whose URL passed the same safety check libcmark applies to HTML.
    case link(url: String, [MarkdownInline])
    case image(url: String, alt: String)
    case lineBreak
    /// A reference to the document's footnote with this number.
    case footnote(Int)

    /// The text a reader sees, without formatting.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): text
        case .emphasis(let children), .strong(let children), .link(_, let children), .mark(_, let children):
            children.plainText
        case .image(_, let alt): alt
        case .lineBreak: " "
        case .footnote: ""
        }
    }
}

extension [MarkdownInline] {
    /// The text a reader sees in these inlines.
    public var plainText: String { map(\.plainText).joined() }
}

extension MarkdownRenderer {
    /// The block tree of `source`. Raw HTML is left out (it has no meaning outside a browser),
    /// and links or images with unsafe schemes lose their URL, as in `render`.
    public func blocks(_ source: String) -> [MarkdownBlock] {
        document(source).blocks
    }

    /// The blocks and footnotes of `source`, as `blocks` reads them; parsed once for all the renderers that
    /// share `parsed`.
    public func document(_ source: String) -> MarkdownDocument {
        guard let parsed else { return parseDocument(source) }
        return parsed.document(for: key(source)) { parseDocument(source) }
    }

    private func parseDocument(_ source: String) -> MarkdownDocument {
        guard let tree = parse(source, options: CMARK_OPT_VALIDATE_UTF8) else {
            return MarkdownDocument(blocks: [], footnotes: [])
        }
        return document(of: tree)
    }

    /// The blocks and footnotes of a parsed tree, before `render` turns its headings into anchors.
    func document(of tree: MarkdownTree) -> MarkdownDocument {
        var builder = BlockBuilder(
            renderer: self, tree: tree, ids: AnchorIDs(reserved: reservedIDs.union(tree.usedIDs)))
        let blocks = builder.blocks(under: tree.document)
        return MarkdownDocument(blocks: blocks, footnotes: builder.footnotes)
    }
}

/// Walks the tree (children by sibling pointers, so no iterator needs freeing) into values.
private struct BlockBuilder {
    let renderer: MarkdownRenderer
    let tree: MarkdownTree
    var ids: AnchorIDs
    var footnotes: [MarkdownFootnote] = []

    mutating func blocks(under parent: OpaquePointer) -> [MarkdownBlock] {
        cmarkChildren(of: parent).compactMap { block($0) }
    }

    private mutating func block(_ node: OpaquePointer) -> MarkdownBlock? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let content = inlines(under: node)
            return content.isEmpty ? nil : .paragraph(content)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            // The same text and claiming order as `render`, so ids match the HTML anchors.
            let id = ids.claim(Slug.make(from: renderer.plainText(of: node).nfc))
            return .heading(level: level, inlines(under: node), id: id)
        case CMARK_NODE_LIST:
            let items = cmarkChildren(of: node).map { blocks(under: $0) }
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ordered: ordered, start: Int(cmark_node_get_list_start(node)), items: items)
        case CMARK_NODE_BLOCK_QUOTE:
            return .quote(blocks(under: node))
        case CMARK_NODE_CODE_BLOCK:
            let info = Self.string(cmark_node_get_fence_info(node)).split(separator: " ").first.map(String.init)
            var code = Self.string(cmark_node_get_literal(node))
            if code.hasSuffix("\n") { code.removeLast() }
            return .code(code, language: info)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_CUSTOM_BLOCK:
            return added(node)
        default:
            // Raw HTML blocks are omitted.
            return nil
        }
    }

    /// A block added over libcmark's tree, by its role.
    private mutating func added(_ node: OpaquePointer) -> MarkdownBlock? {
        switch tree.role(of: node) {
        case .table(let alignments)?: return .table(table(node, alignments: alignments))
        case .figure?:
            let children = cmarkChildren(of: node)
            guard let picture = children.first, cmark_node_get_type(picture) == CMARK_NODE_IMAGE,
                case .image(let url, let alt)? = inlines(of: [picture]).first,
                let caption = children.dropFirst().first.flatMap({ self.caption($0) })
            else { return nil }
            return .figure(MarkdownFigure(url: url, alt: alt, caption: caption))
        case .references?: return .references(blocks(under: node))
        case .footnoteSection?:
            for note in cmarkChildren(of: node) {
                guard case .numberedFootnote(let number)? = tree.role(of: note) else { continue }
                footnotes.append(MarkdownFootnote(number: number, blocks: blocks(under: note)))
            }
            return nil
        default: return nil
        }
    }

    private mutating func table(_ node: OpaquePointer, alignments: [ColumnAlignment]) -> MarkdownTable {
        var table = MarkdownTable(alignments: alignments, header: [], rows: [], caption: nil)
        for child in cmarkChildren(of: node) {
            switch tree.role(of: child) {
            case .caption(_, _, _, let below)?:
                table.caption = caption(child)
                table.captionBelow = below
            case .tableRow(header: true)?: table.header = cmarkChildren(of: child).map { inlines(under: $0) }
            case .tableBody?:
                table.rows = cmarkChildren(of: child).map { row in cmarkChildren(of: row).map { inlines(under: $0) } }
            default: break
            }
        }
        return table
    }

    private func caption(_ node: OpaquePointer) -> MarkdownCaption? {
        guard case .caption(let kind, let number, let id, _)? = tree.role(of: node) else { return nil }
        return MarkdownCaption(
            label: "\(tree.labels.word(for: kind)) \(number).", text: inlines(under: node), id: id)
    }

    private func inlines(under parent: OpaquePointer) -> [MarkdownInline] {
        inlines(of: cmarkChildren(of: parent))
    }

    private func inlines(of nodes: [OpaquePointer]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        for node in nodes {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                result.append(.text(Self.string(cmark_node_get_literal(node)).nfc))
            case CMARK_NODE_SOFTBREAK:
                result.append(.text(" "))
            case CMARK_NODE_LINEBREAK:
                result.append(.lineBreak)
            case CMARK_NODE_CODE:
                result.append(.code(Self.string(cmark_node_get_literal(node)).nfc))
            case CMARK_NODE_EMPH:
                result.append(.emphasis(inlines(under: node)))
            case CMARK_NODE_STRONG:
                result.append(.strong(inlines(under: node)))
            case CMARK_NODE_CUSTOM_INLINE:
                switch tree.role(of: node) {
                case .footnoteNumber(let number)?: result.append(.footnote(number))
                case .backLink?: break
                default:
                    if let mark = InlineMark.of(node) { result.append(.mark(mark, inlines(under: node))) }
                }
            case CMARK_NODE_LINK:
                let url = Self.string(cmark_node_get_url(node))
                let content = inlines(under: node)
                result += LinkSafety.isSafe(url) ? [.link(url: url, content)] : content
            case CMARK_NODE_IMAGE:
                let url = Self.string(cmark_node_get_url(node))
                let alt = inlines(under: node).plainText
                result.append(LinkSafety.isSafe(url) ? .image(url: url, alt: alt) : .text(alt))
            default:
                // Raw inline HTML is omitted.
                break
            }
        }
        return mergedTexts(result)
    }

    /// Joins neighbouring text runs (soft breaks arrive as their own nodes).
    private func mergedTexts(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        for inline in inlines {
            if case .text(let text) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

/// URLs Hoithao never publishes from content: `javascript:`, `vbscript:`, `file:` and any `data:`
/// (stricter than libcmark, which lets `data:` images through), whatever their case or leading spaces.
enum LinkSafety {
    static func isSafe(_ url: String) -> Bool {
        let lowered = url.drop { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }.lowercased()
        return !["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
    }
}
