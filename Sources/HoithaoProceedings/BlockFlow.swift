import CPangoCairo
import HoithaoMarkdown

/// Makes text layouts in the book's typefaces on one Pango context.
struct Typography {
    let context: OpaquePointer
    let layout: BookLayout

    var body: Font { Font(family: layout.serif, size: layout.bodySize) }

    func sans(_ size: Double, bold: Bool = false, italic: Bool = false) -> Font {
        Font(family: layout.sans, size: size, bold: bold, italic: italic)
    }

    func serif(_ size: Double, bold: Bool = false, italic: Bool = false) -> Font {
        Font(family: layout.serif, size: size, bold: bold, italic: italic)
    }

    func text(
        _ text: StyledText, _ font: Font, width: Double? = nil, alignment: Alignment = .justified,
        singleLine: Bool = false, hanging: Double = 0
    ) -> TextLayout {
        TextLayout(
            text, font: font, width: width ?? layout.textWidth, alignment: alignment, context: context,
            monoFamily: layout.mono, lineSpacing: layout.lineSpacing, singleLine: singleLine, hanging: hanging)
    }

    /// A flow item of one text layout; `hanging` sets every line but the first further in.
    func item(
        _ styled: StyledText, _ font: Font, alignment: Alignment = .justified, indent: Double = 0,
        before: Double = 0, after: Double = 0, hanging: Double = 0
    ) -> FlowItem {
        var item = FlowItem(
            .text(text(styled, font, width: layout.textWidth - indent, alignment: alignment, hanging: hanging)))
        item.indent = indent
        item.spaceBefore = before
        item.spaceAfter = after
        return item
    }
}

/// Turns Markdown blocks into flow items: paragraphs, headings, lists, quotes, code, rules, pictures.
struct BlockFlow {
    let type: Typography
    let images: ImageFinder
    /// The font of paragraphs, the body's unless set (a footnote's is smaller).
    var font: Font?
    /// In a reference list: each paragraph's lines after its first are set in this much further, and no entry is
    /// split between pages.
    var hanging = 0.0

    private var bodyFont: Font { font ?? type.body }

    static let listIndent = 18.0
    static let quoteIndent = 16.0

    func items(_ blocks: [MarkdownBlock], indent: Double = 0, quoteDepth: Int = 0, tight: Bool = false) -> [FlowItem] {
        var result: [FlowItem] = []
        for block in blocks {
            var produced = items(block, indent: indent, tight: tight)
            for index in produced.indices { produced[index].quoteDepth += quoteDepth }
            result += produced
        }
        return result
    }

    private func items(_ block: MarkdownBlock, indent: Double, tight: Bool) -> [FlowItem] {
        let gap = type.layout.bodySize * (tight ? 0.25 : 0.6)
        switch block {
        case .paragraph(let inlines):
            return paragraph(inlines, indent: indent, gap: gap)
        case .heading(let level, let inlines, _):
            let sizes = [15.0, 13, 11.5, 10.5]
            let size = sizes[min(max(level, 1), sizes.count) - 1]
            var item = type.item(
                StyledText(inlines: inlines), type.sans(size, bold: true, italic: level > 3), alignment: .left,
                indent: indent, before: size * 0.9, after: size * 0.4)
            item.keepWithNext = true
            return [item]
        case .list(let ordered, let start, let entries):
            return list(ordered: ordered, start: start, entries: entries, indent: indent, gap: gap)
        case .quote(let blocks):
            var quoted = items(blocks, indent: indent + Self.quoteIndent, quoteDepth: 1)
            if !quoted.isEmpty { quoted[quoted.count - 1].spaceAfter = gap }
            return quoted
        case .code(let code, _):
            var item = type.item(
                StyledText(code), Font(family: type.layout.mono, size: type.layout.bodySize * 0.85), alignment: .left,
                indent: indent + 6, before: 2, after: gap + 4)
            item.isCode = true
            return [item]
        case .thematicBreak:
            var item = FlowItem(.rule)
            item.spaceBefore = gap
            item.spaceAfter = gap * 2
            return [item]
        case .figure(let figure):
            return picture(url: figure.url, alt: figure.caption.printed, indent: indent, gap: gap)
        case .table(let table):
            return self.table(table, indent: indent, gap: gap)
        case .references(let blocks):
            var flow = self
            flow.hanging = Self.listIndent
            var entries = flow.items(blocks, indent: indent)
            for index in entries.indices { entries[index].keepTogether = true }
            return entries
        }
    }

    /// A table, its caption above or below it as written.
    private func table(_ table: MarkdownTable, indent: Double, gap: Double) -> [FlowItem] {
        var item = FlowItem(.table(type.table(table, width: type.layout.textWidth - indent)))
        item.indent = indent
        item.spaceBefore = gap
        item.spaceAfter = gap * 1.5
        return [item]
    }

    /// A document's footnotes, each as items in smaller type with its number before its first line, for the foot
    /// of the page that refers to it.
    func notes(_ footnotes: [MarkdownFootnote]) -> [(number: Int, items: [FlowItem])] {
        var flow = self
        flow.font = type.serif(type.layout.bodySize * 0.8)
        return footnotes.map { note in
            var blocks = note.blocks
            let number = MarkdownInline.footnote(note.number)
            if case .paragraph(let inlines)? = blocks.first {
                blocks[0] = .paragraph([number, .text(" ")] + inlines)
            } else {
                blocks.insert(.paragraph([number]), at: 0)
            }
            var items = flow.items(blocks, tight: true)
            if !items.isEmpty { items[items.count - 1].spaceAfter = Paginator.noteGap }
            return (note.number, items)
        }
    }

    private func list(ordered: Bool, start: Int, entries: [[MarkdownBlock]], indent: Double, gap: Double)
        -> [FlowItem]
    {
        var result: [FlowItem] = []
        let depth = Int(indent / Self.listIndent)
        // A list's entries hang from their markers already.
        var flow = self
        flow.hanging = 0
        for (number, entry) in entries.enumerated() {
            var produced = flow.items(entry, indent: indent + Self.listIndent, tight: true)
            let marker = ordered ? "\(start + number)." : (depth % 2 == 0 ? "•" : "–")
            if !produced.isEmpty {
                produced[0].marker = type.text(StyledText(marker), bodyFont, width: Self.listIndent, alignment: .left)
            }
            result += produced
        }
        if !result.isEmpty { result[result.count - 1].spaceAfter = gap }
        return result
    }

    /// A paragraph, with the pictures in it set apart between its lines of text, as the page shows
    /// them. Emphasized text alone right after a picture ("![Hình 1](so-do.png)" and "*Hình 1. Sơ
    /// đồ*" on the next line) is its caption. A picture that cannot be found stays in the text as
    /// its description.
    private func paragraph(_ inlines: [MarkdownInline], indent: Double, gap: Double) -> [FlowItem] {
        var result: [FlowItem] = []
        var run: [MarkdownInline] = []
        var pending: BookImage?
        func endRun() {
            // The line breaks and spaces around a picture are not text of their own.
            while let first = run.first, first.isBlank { run.removeFirst() }
            while let last = run.last, last.isBlank { run.removeLast() }
            if let image = pending {
                let caption = run.count == 1 ? run[0].emphasized : nil
                result += picture(image, alt: caption ?? "", indent: indent, gap: gap)
                if caption != nil { run = [] }
            }
            if !run.isEmpty {
                result.append(
                    type.item(StyledText(inlines: run), bodyFont, indent: indent, after: gap, hanging: hanging))
            }
            (run, pending) = ([], nil)
        }
        for inline in inlines {
            if case .image(let url, _) = inline, let image = images.image(url) {
                endRun()
                pending = image
            } else {
                run.append(inline)
            }
        }
        endRun()
        return result
    }

    private func picture(url: String, alt: String, indent: Double, gap: Double) -> [FlowItem] {
        guard let image = images.image(url) else {
            return [type.item(StyledText("[\(alt)]", [.italic]), bodyFont, indent: indent, after: gap)]
        }
        return picture(image, alt: alt, indent: indent, gap: gap)
    }

    private func picture(_ image: BookImage, alt: String, indent: Double, gap: Double) -> [FlowItem] {
        image.fit(width: type.layout.textWidth - indent, maximumHeight: type.layout.bodyHeight * 0.75)
        var item = FlowItem(.image(image))
        item.indent = indent + (type.layout.textWidth - indent - image.width) / 2
        item.spaceBefore = gap
        item.spaceAfter = gap
        guard !alt.isEmpty else { return [item] }
        item.keepWithNext = true
        item.spaceAfter = 4
        let caption = type.item(
            StyledText(alt, [.italic]), type.serif(type.layout.bodySize * 0.9), alignment: .center, indent: indent,
            after: gap * 1.5)
        return [item, caption]
    }
}

extension MarkdownInline {
    /// The plain text of emphasis, nil for anything else.
    fileprivate var emphasized: String? {
        guard case .emphasis(let children) = self else { return nil }
        return StyledText(inlines: children).string
    }

    /// A space or line break and nothing else.
    fileprivate var isBlank: Bool {
        switch self {
        case .lineBreak: true
        case .text(let text): text.allSatisfy(\.isWhitespace)
        default: false
        }
    }
}

extension MarkdownCaption {
    /// "Hình 2. Sơ đồ…", as one line of text.
    var printed: String { text.isEmpty ? label : label + " " + text.plainText }
}
