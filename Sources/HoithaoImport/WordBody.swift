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
    /// The table row it is in (the table's number and the row's), and its cell's column; nil outside tables.
    var cell: (row: String, column: Int)?
}

/// Reads the paragraphs of `word/document.xml` in order, the paragraphs of table cells where the table stands.
/// Only the text Word shows is kept: deleted text and field codes are left out; a tab or line break is a space.
final class WordBody: NSObject, XMLParserDelegate {
    private(set) var paragraphs: [WordParagraph] = []
    /// Whether the XML was well-formed to its end.
    private(set) var isComplete = false
    private let styles: WordStyles
    /// The paragraphs being read: a text box's paragraphs lie inside a paragraph of their own.
    private var open: [WordParagraph] = []
    private var runBold: Bool?
    private var inText = false
    private var inRunProperties = false
    private var inTabStops = false
    private var tables: [(number: Int, row: Int, column: Int)] = []
    private var tableCount = 0
    private var numbered = 0
    private var depth = 0
    private var failed = false

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
        let value = attributes["w:val"]
        switch element {
        case "w:tbl":
            tableCount += 1
            tables.append((tableCount, 0, 0))
        case "w:tr" where !tables.isEmpty:
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].column = 0
        case "w:tc" where !tables.isEmpty: tables[tables.count - 1].column += 1
        case "w:p":
            numbered += 1
            var paragraph = WordParagraph(number: numbered)
            paragraph.cell = tables.last.map { ("\($0.number).\($0.row)", $0.column) }
            open.append(paragraph)
        case "w:pStyle": edit { $0.style = value }
        case "w:numId": edit { $0.numbering = WordNumberingReference(id: value ?? "0", level: $0.numbering?.level) }
        case "w:ilvl":
            edit { $0.numbering = WordNumberingReference(id: $0.numbering?.id ?? "", level: value.flatMap(Int.init)) }
        case "w:outlineLvl": edit { $0.headingLevel = value.flatMap(Int.init).map { $0 + 1 } }
        case "w:r": runBold = nil
        case "w:rPr": inRunProperties = true
        case "w:b" where inRunProperties: runBold = WordXML.isOn(value)
        case "w:t": inText = true
        case "w:tabs": inTabStops = true
        case "w:tab" where !inTabStops: edit { $0.text += " " }
        case "w:br", "w:cr": edit { $0.text += " " }
        case "w:noBreakHyphen": edit { $0.text += "-" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText else { return }
        let bold = runBold ?? styles.bold(open.last?.style)
        edit { paragraph in
            paragraph.text += string
            if !bold, !string.allSatisfy(\.isWhitespace) { paragraph.bold = false }
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        failed = true
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        switch element {
        case "w:t": inText = false
        case "w:rPr": inRunProperties = false
        case "w:tabs": inTabStops = false
        case "w:tbl": tables.removeLast()
        case "w:p":
            guard var paragraph = open.popLast() else { return }
            paragraph.headingLevel = paragraph.headingLevel ?? styles.headingLevel(paragraph.style)
            if paragraph.numbering?.id.isEmpty ?? true { paragraph.numbering = styles.numbering(paragraph.style) }
            paragraphs.append(paragraph)
        default: break
        }
    }
}
