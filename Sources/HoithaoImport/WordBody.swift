import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One paragraph of `word/document.xml` as written: its text, style, numbering and whether all of it is bold.
struct WordParagraph {
    /// Its number in the document, from 1, counting every paragraph (those of table cells too).
    var number: Int
    var text = ""
    var style: String?
    var numbering: WordNumberingReference?
    var headingLevel: Int?
    var bold = true
    /// The table cell it is in; nil outside tables.
    var cell: WordCell?
    /// What it holds, run by run, with the format of each.
    var inlines: [WordInline] = []
    /// The footnote or endnote it belongs to (`f1`, `e2`), in the notes' part.
    var note: String?
}

/// A table cell: its table (numbered in the document's order), row, column, the grid columns it spans, and the
/// table the whole table stands in (itself, unless it is a table inside a cell).
struct WordCell: Equatable {
    var table: Int
    var row: Int
    var column: Int
    var span = 1
    var outermost: Int
}

/// Reads the paragraphs of `word/document.xml` (or of the footnotes' part) in order, the paragraphs of table cells
/// where the table stands. Only the text Word shows is kept: deleted text, field codes and the fallback copy of a
/// drawing are left out; for the plain text a tab or line break is a space.
final class WordBody: NSObject, XMLParserDelegate {
    private(set) var paragraphs: [WordParagraph] = []
    /// Whether the XML was well-formed to its end.
    private(set) var isComplete = false
    private let styles: WordStyles
    /// The paragraphs being read: a text box's paragraphs lie inside a paragraph of their own.
    private var open: [WordParagraph] = []
    private var runBold: Bool?
    private var runFormat = WordFormat()
    private var inText = false
    private var inRunProperties = false
    private var inTabStops = false
    private var tables: [WordCell] = []
    private var tableCount = 0
    private var numbered = 0
    private var depth = 0
    private var failed = false
    private var note: String?
    /// The depth of an element whose content is skipped (a drawing's fallback copy, an equation), or nil.
    private var skipping: Int?
    private var drawing: (embed: String?, description: String)?

    init(_ data: Data, styles: WordStyles) {
        self.styles = styles
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        // Every element closed, too: a document cut short can end without the parser calling it an error.
        isComplete = parser.parse() && depth == 0 && !failed
    }

    private func edit(_ change: (inout WordParagraph) -> Void) {
        guard !open.isEmpty else { return }
        change(&open[open.count - 1])
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        guard skipping == nil else { return }
        let value = attributes["w:val"]
        switch element {
        case "mc:Fallback": skipping = depth
        case "m:oMath":
            edit { $0.inlines.append(.missing(.equation)) }
            skipping = depth
        case "w:footnote", "w:endnote":
            let kind = element == "w:footnote" ? "f" : "e"
            note = attributes["w:type"] == nil ? attributes["w:id"].map { kind + $0 } : nil
        case "w:footnoteReference", "w:endnoteReference":
            let kind = element == "w:footnoteReference" ? "f" : "e"
            if let id = attributes["w:id"] { edit { $0.inlines.append(.note(kind + id)) } }
        case "w:tbl":
            tableCount += 1
            tables.append(
                WordCell(table: tableCount, row: 0, column: 0, outermost: tables.first?.outermost ?? tableCount))
        case "w:tr" where !tables.isEmpty:
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].column = 0
        case "w:tc" where !tables.isEmpty:
            tables[tables.count - 1].column += 1
            tables[tables.count - 1].span = 1
        case "w:gridSpan" where !tables.isEmpty: tables[tables.count - 1].span = max(1, value.flatMap(Int.init) ?? 1)
        case "w:p":
            numbered += 1
            var paragraph = WordParagraph(number: numbered)
            paragraph.cell = tables.last
            paragraph.note = note
            open.append(paragraph)
        case "w:pStyle": edit { $0.style = value }
        case "w:numId": edit { $0.numbering = WordNumberingReference(id: value ?? "0", level: $0.numbering?.level) }
        case "w:ilvl":
            edit { $0.numbering = WordNumberingReference(id: $0.numbering?.id ?? "", level: value.flatMap(Int.init)) }
        case "w:outlineLvl": edit { $0.headingLevel = value.flatMap(Int.init).map { $0 + 1 } }
        case "w:r":
            runBold = nil
            runFormat = WordFormat()
        case "w:rPr": inRunProperties = true
        case "w:b" where inRunProperties:
            runBold = WordXML.isOn(value)
            if WordXML.isOn(value) { runFormat.insert(.bold) }
        case "w:i" where inRunProperties: if WordXML.isOn(value) { runFormat.insert(.italic) }
        case "w:vertAlign" where inRunProperties:
            if value == "superscript" { runFormat.insert(.raised) }
            if value == "subscript" { runFormat.insert(.lowered) }
        case "w:t": inText = true
        case "w:tabs": inTabStops = true
        case "w:tab" where !inTabStops: add(" ")
        case "w:br", "w:cr":
            edit { $0.text += " " }
            // A page or column break is the layout's; only a line break is the author's.
            if attributes["w:type"].map({ $0 == "textWrapping" }) ?? true { edit { $0.inlines.append(.lineBreak) } }
        case "w:noBreakHyphen": add("-")
        case "w:drawing", "w:pict": drawing = (nil, "")
        case "wp:docPr": drawing?.description = attributes["descr"] ?? ""
        case "a:blip": drawing?.embed = attributes["r:embed"]
        case "v:imagedata": drawing?.embed = attributes["r:id"]
        case "w:hyperlink": edit { $0.inlines.append(.link(attributes["r:id"])) }
        default: break
        }
    }

    /// Text in the current run's format.
    private func add(_ string: String) {
        let format = runFormat
        edit { paragraph in
            paragraph.text += string
            if case .text(let previous, format) = paragraph.inlines.last {
                paragraph.inlines[paragraph.inlines.count - 1] = .text(previous + string, format)
            } else {
                paragraph.inlines.append(.text(string, format))
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText, skipping == nil else { return }
        let bold = runBold ?? styles.bold(open.last?.style)
        add(string)
        if !bold, !string.allSatisfy(\.isWhitespace) { edit { $0.bold = false } }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        failed = true
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        defer { depth -= 1 }
        if let level = skipping {
            if level == depth { skipping = nil }
            return
        }
        switch element {
        case "w:t": inText = false
        case "w:rPr": inRunProperties = false
        case "w:tabs": inTabStops = false
        case "w:tbl": tables.removeLast()
        case "w:footnote", "w:endnote": note = nil
        case "w:hyperlink": edit { $0.inlines.append(.link(nil)) }
        case "w:drawing", "w:pict":
            guard let found = drawing else { return }
            drawing = nil
            edit { $0.inlines.append(found.embed.map { .picture($0, found.description) } ?? .missing(.drawing)) }
        case "w:p":
            guard var paragraph = open.popLast() else { return }
            paragraph.headingLevel = paragraph.headingLevel ?? styles.headingLevel(paragraph.style)
            if paragraph.numbering?.id.isEmpty ?? true { paragraph.numbering = styles.numbering(paragraph.style) }
            paragraphs.append(paragraph)
        default: break
        }
    }
}
