import HoithaoMarkdown
import HoithaoModel

/// Text with its styles as UTF-8 byte ranges, the way Pango attributes address text.
struct StyledText {
    /// A style a run of text can have.
    enum Style: Hashable {
        case italic, bold, mono, link, small, strikethrough, superscript, `subscript`
    }

    var string = ""
    var styles: [(range: Range<Int>, style: Style)] = []
    var links: [(range: Range<Int>, url: String)] = []
    /// Where each footnote reference's number starts, as a UTF-8 byte offset.
    var footnotes: [(byte: Int, number: Int)] = []
    /// Bytes since the last space at the end of `string`.
    private var trailingRun = 0

    /// The longest run of bytes without a space or a break opportunity: Pango breaks a word too long for its
    /// line by trying ever shorter pieces, which is quadratic in its length (a 200,000-letter word took over a
    /// minute); a longer run gets a zero-width space, a break opportunity that prints nothing.
    static let unbreakableRun = 300

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
        string += breakingLongRuns(text)
        let range = start..<string.utf8.count
        for style in styles where !range.isEmpty { self.styles.append((range, style)) }
    }

    /// `text` with a zero-width space wherever a run without spaces, counted on from the end of `string`, would
    /// pass `unbreakableRun` bytes; between characters, never inside one.
    private mutating func breakingLongRuns(_ text: String) -> String {
        var run = trailingRun
        let fits = text.utf8.allSatisfy { byte in
            run = Self.isSpace(byte) ? 0 : run + 1
            return run <= Self.unbreakableRun
        }
        if fits {
            trailingRun = run
            return text
        }
        run = trailingRun
        var result = ""
        for character in text {
            if character.isWhitespace {
                run = 0
            } else {
                if run + character.utf8.count > Self.unbreakableRun {
                    result.append("\u{200B}")
                    run = 0
                }
                run += character.utf8.count
            }
            result.append(character)
        }
        trailingRun = run
        return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
    }

    mutating func append(_ other: StyledText) {
        let offset = string.utf8.count
        trailingRun =
            other.string.utf8.contains(where: Self.isSpace) ? other.trailingRun : trailingRun + other.trailingRun
        string += other.string
        styles += other.styles.map { ($0.range.lowerBound + offset..<$0.range.upperBound + offset, $0.style) }
        links += other.links.map { ($0.range.lowerBound + offset..<$0.range.upperBound + offset, $0.url) }
        footnotes += other.footnotes.map { ($0.byte + offset, $0.number) }
    }

    mutating func append(_ inlines: [MarkdownInline], _ styles: [Style]) {
        for inline in inlines {
            switch inline {
            // Content's own line breaks and control characters would print as boxes of hex digits.
            case .text(let text): append(PlainText.singleLine(text), styles)
            case .emphasis(let children): append(children, styles + [.italic])
            case .strong(let children): append(children, styles + [.bold])
            case .code(let code): append(PlainText.singleLine(code), styles + [.mono])
            case .mark(let mark, let children): append(children, styles + [Style(mark)])
            case .footnote(let number):
                footnotes.append((string.utf8.count, number))
                append("\(number)", styles + [.superscript])
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

extension StyledText.Style {
    init(_ mark: InlineMark) {
        switch mark {
        case .strikethrough: self = .strikethrough
        case .superscript: self = .superscript
        case .subscript: self = .subscript
        }
    }
}
