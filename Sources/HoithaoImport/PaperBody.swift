import Foundation
import HoithaoModel

/// Writes a Word paper's body as Markdown: headings, paragraphs, lists, pipe tables, figures with their captions and
/// footnotes as `[^n]`; it takes the PNG and JPEG pictures out and lists what it could not carry over.
struct PaperBody {
    let archive: WordArchive
    let relationships: WordRelationships
    let styles: WordStyles
    var numbering: WordNumbering
    /// The footnotes' and endnotes' paragraphs, by note (`f1`, `e1`).
    let notes: [String: [WordParagraph]]
    /// The pictures' folder, relative to the paper's file.
    let pictureFolder: String
    private(set) var pictures: [PaperPicture] = []
    /// What could not be carried over, each with the paragraph it is in.
    private(set) var left: [String] = []
    private var pictureNames: [String: String?] = [:]
    private var noteOrder: [String] = []

    init(
        archive: WordArchive, relationships: WordRelationships, styles: WordStyles, numbering: WordNumbering,
        notes: [String: [WordParagraph]], pictureFolder: String
    ) {
        self.archive = archive
        self.relationships = relationships
        self.styles = styles
        self.numbering = numbering
        self.notes = notes
        self.pictureFolder = pictureFolder
    }

    private enum Block {
        case text(String)
        case item(String, level: Int)
    }

    /// The Markdown of `paragraphs`, then the notes they refer to.
    mutating func markdown(_ paragraphs: [WordParagraph]) throws(DocumentRefusal) -> String {
        var blocks: [Block] = []
        var index = 0
        var heldCaption: String?
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            if let cell = paragraph.cell {
                var end = index
                while end < paragraphs.count, paragraphs[end].cell?.outermost == cell.outermost { end += 1 }
                blocks += try table(Array(paragraphs[index..<end]))
                index = end
                continue
            }
            index += 1
            let text = Self.plain(paragraph.inlines)
            if isPictureAlone(paragraph) {
                let next = index < paragraphs.count ? figureCaption(paragraphs[index]) : nil
                if next != nil { index += 1 }
                blocks += try figure(paragraph, caption: next ?? heldCaption)
                heldCaption = nil
                continue
            }
            if text.isEmpty { continue }
            if let caption = figureCaption(paragraph), index < paragraphs.count, isPictureAlone(paragraphs[index]) {
                heldCaption = caption
                continue
            }
            blocks.append(try block(paragraph, text: text, after: blocks.last))
        }
        var out = ""
        for (number, block) in blocks.enumerated() {
            if number > 0 {
                // Items of one list are one line apart; a list of another kind after it starts after a blank line.
                if case .item(let text, _) = block, case .item(let above, _) = blocks[number - 1],
                    Self.isBullet(text) == Self.isBullet(above)
                {
                    out += "\n"
                } else {
                    out += "\n\n"
                }
            }
            switch block {
            case .text(let text), .item(let text, _): out += text
            }
        }
        return out + (try noteDefinitions())
    }

    /// A heading, a list item or a paragraph.
    private mutating func block(_ paragraph: WordParagraph, text: String, after previous: Block?)
        throws(DocumentRefusal) -> Block
    {
        let marker = paragraph.numbering.flatMap { numbering.marker($0) }
        if let level = PaperHeadings.level(paragraph, text: text, styles: styles) {
            let heading = MarkdownText.escaped(marker.map { $0 + " " + text } ?? text)
            return .text(String(repeating: "#", count: level) + " " + heading)
        }
        guard let marker else {
            return .text(MarkdownText.paragraphStart(try inline(paragraph, lineStart: "")))
        }
        let isListMarker =
            marker == "-"
            || (marker.count > 1 && marker.dropLast().allSatisfy(\.isNumber)
                && (marker.hasSuffix(".") || marker.hasSuffix(")")))
        guard isListMarker else {
            return .text(MarkdownText.escaped(marker) + " " + (try inline(paragraph, lineStart: "")))
        }
        var level = paragraph.numbering?.level ?? 0
        if case .item(_, let above) = previous { level = min(level, above + 1) } else { level = 0 }
        let indent = String(repeating: " ", count: 4 * level)
        let prefix = indent + marker + " "
        let content = try inline(paragraph, lineStart: String(repeating: " ", count: prefix.count))
        return .item(prefix + content, level: level)
    }

    /// A picture alone in its paragraph, as a figure with its caption; a picture that is not PNG or JPEG leaves its
    /// caption as a paragraph and is reported.
    private mutating func figure(_ paragraph: WordParagraph, caption: String?) throws(DocumentRefusal) -> [Block] {
        var blocks: [Block] = []
        for case .picture(let id, let description) in paragraph.inlines {
            let alt = description.isEmpty ? (caption ?? "Hình") : description
            if let path = try picture(id, description: alt, paragraph: paragraph.number) {
                blocks.append(.text("![\(MarkdownText.escaped(alt))](\(path))"))
            }
        }
        guard let caption else { return blocks }
        let line = "*" + MarkdownText.escaped(caption) + "*"
        if case .text(let last) = blocks.last {
            blocks[blocks.count - 1] = .text(last + "\n" + line)
        } else {
            blocks.append(.text(MarkdownText.escaped(caption)))
        }
        return blocks
    }

    /// A table as a pipe table, its first row the header; a table of one row or one column only lays out its
    /// paragraphs, which are written as paragraphs.
    private mutating func table(_ paragraphs: [WordParagraph]) throws(DocumentRefusal) -> [Block] {
        var rows: [[(text: String, span: Int)]] = []
        var place: (row: Int, column: Int)?
        for paragraph in paragraphs {
            guard let cell = paragraph.cell else { continue }
            let text = try inline(paragraph, lineStart: nil)
            // A table inside a cell is read into that cell.
            if cell.table == cell.outermost, place.map({ $0 != (cell.row, cell.column) }) ?? true {
                if place?.row != cell.row { rows.append([]) }
                rows[rows.count - 1].append((text, cell.span))
                place = (cell.row, cell.column)
            } else if !rows.isEmpty, !rows[rows.count - 1].isEmpty, !text.isEmpty {
                let last = rows[rows.count - 1].count - 1
                rows[rows.count - 1][last].text += rows[rows.count - 1][last].text.isEmpty ? text : " " + text
            }
        }
        let width = rows.map { $0.reduce(0) { $0 + $1.span } }.max() ?? 0
        guard rows.count > 1, width > 1 else {
            var blocks: [Block] = []
            for paragraph in paragraphs {
                var free = paragraph
                free.cell = nil
                let text = Self.plain(free.inlines)
                if !text.isEmpty { blocks.append(try block(free, text: text, after: blocks.last)) }
            }
            return blocks
        }
        let lines = rows.map { row -> String in
            var cells = row.flatMap { [$0.text] + Array(repeating: "", count: $0.span - 1) }
            cells += Array(repeating: "", count: width - cells.count)
            return "| " + cells.joined(separator: " | ") + " |"
        }
        let rule = "|" + Array(repeating: "---", count: width).joined(separator: "|") + "|"
        return [.text(([lines[0], rule] + lines.dropFirst()).joined(separator: "\n"))]
    }

    /// The Markdown of a paragraph's runs. A line break is Markdown's (a backslash at the line's end) followed by
    /// `lineStart`, or a space where a line cannot break (`lineStart` nil: a table's cell, a heading).
    private mutating func inline(_ paragraph: WordParagraph, lineStart: String?) throws(DocumentRefusal) -> String {
        var out = ""
        var link: String?
        for inline in paragraph.inlines {
            switch inline {
            case .text(let text, let format):
                out += MarkdownText.formatted(MarkdownText.escaped(text), format)
            case .lineBreak:
                out += lineStart.map { "\\\n" + $0 } ?? " "
            case .note(let id):
                guard notes[id] != nil else { continue }
                let number = (noteOrder.firstIndex(of: id) ?? noteOrder.count) + 1
                if number > noteOrder.count { noteOrder.append(id) }
                out += "[^\(number)]"
            case .picture(let id, let description):
                let alt = description.isEmpty ? "Hình" : description
                if let path = try picture(id, description: alt, paragraph: paragraph.number) {
                    out += "![\(MarkdownText.escaped(alt))](\(path))"
                }
            case .link(let id):
                if let id, let target = relationships[id], target.isExternal {
                    out += "["
                    link = target.path
                } else if let address = link {
                    let safe = address.contains(where: { " ()<>".contains($0) }) ? "<\(address)>" : address
                    out += "](\(safe.replacingOccurrences(of: ">", with: "%3E")))"
                    link = nil
                }
            case .missing(let loss):
                left.append("paragraph \(paragraph.number): \(Self.advice(loss))")
            }
        }
        var lines = out.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        // A break at the paragraph's end, and the spaces around a line, are Word's layout.
        while lines.count > 1, lines.last == "" {
            lines.removeLast()
            lines[lines.count - 1] = String(lines[lines.count - 1].dropLast())
        }
        return lines.enumerated().map { $0.offset == 0 ? $0.element : (lineStart ?? "") + $0.element }
            .joined(separator: "\n")
    }

    /// The picture `id` written beside the paper, as the path the Markdown shows it by; nil, and reported, when it
    /// is not a PNG or JPEG (EMF, WMF, TIFF …) or cannot be read.
    private mutating func picture(_ id: String, description: String, paragraph: Int) throws(DocumentRefusal)
        -> String?
    {
        guard let target = relationships[id], !target.isExternal else {
            left.append("paragraph \(paragraph): the picture “\(description)” is linked, not in the file; insert it")
            return nil
        }
        if let known = pictureNames[target.path] { return known.map { pictureFolder + "/" + $0 } }
        let data = try archive.file(target.path, limit: DocumentRefusal.pictureLimit) {
            .pictureTooLarge(target.path, $0)
        }
        let kind = data.map { Self.pictureKind([UInt8]($0.prefix(64_000))) } ?? nil
        guard let data, let kind else {
            let type = (target.path as NSString).pathExtension.uppercased()
            left.append(
                "paragraph \(paragraph): the picture \(target.path) (“\(description)”) is \(type.isEmpty ? "not PNG or JPEG" : type), "
                    + "which pages and books cannot show: save it from Word as PNG (right-click, Save as Picture) into "
                    + "the folder \(pictureFolder)/ and show it with ![\(description)](\(pictureFolder)/NAME.png)")
            pictureNames[target.path] = .some(nil)
            return nil
        }
        let name = "hinh-\(pictures.count + 1).\(kind)"
        pictures.append(PaperPicture(name: name, data: data))
        pictureNames[target.path] = name
        return pictureFolder + "/" + name
    }

    /// `png` or `jpg` by the file's first bytes, nil for any other kind.
    private static func pictureKind(_ bytes: [UInt8]) -> String? {
        guard let size = PictureFile.size(header: bytes), size.width > 0 else { return nil }
        return bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? "png" : "jpg"
    }

    private static func advice(_ loss: WordLoss) -> String {
        switch loss {
        case .equation:
            return "an equation (Word's equation editor) was left out; write it as text, or paste it as a picture"
        case .drawing:
            return "a chart, SmartArt or drawn shape was left out; save it as a picture (PNG) and show it with ![…](…)"
        }
    }

    /// `[^1]: …` for each note referred to, in the order of their first reference; a note's further paragraphs are
    /// indented by four spaces.
    private mutating func noteDefinitions() throws(DocumentRefusal) -> String {
        var out = ""
        var written = 0
        // A note's text can refer to another note, which is then defined after it.
        while written < noteOrder.count {
            let id = noteOrder[written]
            written += 1
            var paragraphs: [String] = []
            for paragraph in notes[id] ?? [] {
                let text = try inline(paragraph, lineStart: "    ")
                if !text.isEmpty { paragraphs.append(text) }
            }
            out += "\n\n[^\(written)]: " + paragraphs.joined(separator: "\n\n    ")
        }
        return out
    }

    /// A figure's caption: a "Hình N. …" line, or a paragraph in Word's Caption style that no table claims.
    private func figureCaption(_ paragraph: WordParagraph) -> String? {
        let text = Self.plain(paragraph.inlines)
        switch PaperHeadings.caption(text) {
        case .figure: return text
        case .table: return nil
        case nil: return styles.isStyle(paragraph.style, "caption") && !text.isEmpty ? text : nil
        }
    }

    private static func isBullet(_ item: String) -> Bool {
        item.drop { $0 == " " }.hasPrefix("- ")
    }

    private func isPictureAlone(_ paragraph: WordParagraph) -> Bool {
        paragraph.inlines.contains { if case .picture = $0 { true } else { false } }
            && Self.plain(paragraph.inlines).isEmpty
    }

    /// A paragraph's text without its format, line breaks as spaces, spaces collapsed.
    static func plain(_ inlines: [WordInline]) -> String {
        lines(inlines).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A paragraph's text line by line, as its line breaks divide it.
    static func lines(_ inlines: [WordInline]) -> [String] {
        var lines = [""]
        for inline in inlines {
            if case .text(let text, _) = inline { lines[lines.count - 1] += text }
            if inline == .lineBreak { lines.append("") }
        }
        return lines
    }
}
