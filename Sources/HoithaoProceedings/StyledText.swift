import HoithaoMarkdown

/// Text with its styles as UTF-8 byte ranges, the way Pango attributes address text.
struct StyledText {
    /// A style a run of text can have.
    enum Style: Hashable {
        case italic, bold, mono, link, small
    }

    var string = ""
    var styles: [(range: Range<Int>, style: Style)] = []
    var links: [(range: Range<Int>, url: String)] = []

    init() {}

    init(_ text: String, _ styles: [Style] = []) {
        append(text, styles)
    }

    init(inlines: [MarkdownInline]) {
        append(inlines, [])
    }

    var isEmpty: Bool { string.isEmpty }

    mutating func append(_ text: String, _ styles: [Style] = []) {
        let start = string.utf8.count
        string += text
        let range = start..<string.utf8.count
        for style in styles where !range.isEmpty { self.styles.append((range, style)) }
    }

    mutating func append(_ other: StyledText) {
        let offset = string.utf8.count
        string += other.string
        styles += other.styles.map { ($0.range.lowerBound + offset..<$0.range.upperBound + offset, $0.style) }
        links += other.links.map { ($0.range.lowerBound + offset..<$0.range.upperBound + offset, $0.url) }
    }

    mutating func append(_ inlines: [MarkdownInline], _ styles: [Style]) {
        for inline in inlines {
            switch inline {
            case .text(let text): append(text, styles)
            case .emphasis(let children): append(children, styles + [.italic])
            case .strong(let children): append(children, styles + [.bold])
            case .code(let code): append(code, styles + [.mono])
            case .link(let url, let children):
                let start = string.utf8.count
                append(children, styles + [.link])
                links.append((start..<string.utf8.count, url))
            case .image(_, let alt): append(alt, styles + [.italic])
            // Pango breaks the line at U+2028 without starting a new paragraph.
            case .lineBreak: append("\u{2028}", styles)
            }
        }
    }
}
