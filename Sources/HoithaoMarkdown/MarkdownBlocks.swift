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
    /// A paragraph that holds nothing but one image.
    case image(url: String, alt: String)
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

    /// The text a reader sees, without formatting.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): text
        case .emphasis(let children), .strong(let children), .link(_, let children), .mark(_, let children):
            children.plainText
        case .image(_, let alt): alt
        case .lineBreak: " "
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
        guard let document = parse(source, options: CMARK_OPT_VALIDATE_UTF8) else { return [] }
        defer { cmark_node_free(document) }
        var builder = BlockBuilder(renderer: self, ids: AnchorIDs(reserved: reservedIDs))
        return builder.blocks(under: document)
    }
}

/// Walks cmark's tree (children by sibling pointers, so no iterator needs freeing) into values.
private struct BlockBuilder {
    let renderer: MarkdownRenderer
    var ids: AnchorIDs

    mutating func blocks(under parent: OpaquePointer) -> [MarkdownBlock] {
        children(of: parent).compactMap { block($0) }
    }

    private mutating func block(_ node: OpaquePointer) -> MarkdownBlock? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let content = inlines(under: node)
            if content.count == 1, case .image(let url, let alt) = content[0] {
                return .image(url: url, alt: alt)
            }
            return content.isEmpty ? nil : .paragraph(content)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            // The same text and claiming order as `render`, so ids match the HTML anchors.
            let id = ids.claim(Slug.make(from: renderer.plainText(of: node).nfc))
            return .heading(level: level, inlines(under: node), id: id)
        case CMARK_NODE_LIST:
            let items = children(of: node).map { blocks(under: $0) }
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
        default:
            // Raw HTML blocks and custom blocks are omitted.
            return nil
        }
    }

    private func inlines(under parent: OpaquePointer) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        for node in children(of: parent) {
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
                if let mark = InlineMark.of(node) { result.append(.mark(mark, inlines(under: node))) }
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

    private func children(of parent: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            result.append(node)
            child = cmark_node_next(node)
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
