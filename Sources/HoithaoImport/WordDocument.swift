import Foundation
import HoithaoModel

/// A Word plan as the lines a text plan has: Word's numbering written as markers ("I.", "1.", "a)", "-"),
/// headings by style numbered as parts and items, a header table's cells line by line, other tables row by row.
enum WordDocument {
    /// The document's lines, each with the number of the paragraph it comes from.
    static func lines(_ data: Data) throws(DocumentRefusal) -> [(Int, String)] {
        let archive = try WordArchive(data)
        guard let document = try archive.part("word/document.xml") else { throw .missingPart("word/document.xml") }
        let styles = WordStyles(try archive.part("word/styles.xml"))
        var numbering = WordNumbering(try archive.part("word/numbering.xml"))
        var lines: [(Int, String, WordParagraph)] = []
        let body = WordBody(document, styles: styles)
        guard body.isComplete else { throw .notA("Word (.docx)", "word/document.xml is not well-formed XML") }
        for paragraph in body.paragraphs {
            // In a table's cell, a line break parts lines that mean different things (the agency above "Số: …");
            // elsewhere it only wraps the paragraph's text.
            let parts = paragraph.cell == nil ? [paragraph.text] : PaperBody.lines(paragraph.inlines)
            var marker = paragraph.numbering.flatMap { numbering.marker($0) }
            for part in parts {
                let text = part.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                lines.append((paragraph.number, marker.map { $0 + " " + text } ?? text, paragraph))
                marker = nil
            }
        }
        return numberedHeadings(tablesAsRows(lines))
    }

    /// A row whose cells each hold one paragraph is one line, its cells joined by " – " (a programme's time,
    /// item and speaker); a row with several paragraphs in a cell, as the header table has, stays line by line.
    private static func tablesAsRows(_ lines: [(Int, String, WordParagraph)]) -> [(Int, String, WordParagraph)] {
        var result: [(Int, String, WordParagraph)] = []
        var index = 0
        while index < lines.count {
            guard let cell = lines[index].2.cell else {
                result.append(lines[index])
                index += 1
                continue
            }
            var end = index
            while end < lines.count, let next = lines[end].2.cell, (next.table, next.row) == (cell.table, cell.row) {
                end += 1
            }
            let cells = lines[index..<end]
            let columns = cells.compactMap { $0.2.cell?.column }
            if Set(columns).count == columns.count, columns.count > 1 {
                result.append((cells[index].0, cells.map(\.1).joined(separator: " – "), cells[index].2))
            } else {
                result += cells
            }
            index = end
        }
        return result
    }

    /// Headings that Word numbers by their style alone get the numbers a reader sees: the level whose headings
    /// name a part of the plan ("Mục đích, yêu cầu") is numbered I., II., …; the level under it, and a whole-bold
    /// line ending in ":" inside a part, 1., 2., … again in each part.
    private static func numberedHeadings(_ lines: [(Int, String, WordParagraph)]) -> [(Int, String)] {
        let partLevel = lines.compactMap { line -> Int? in
            guard let level = line.2.headingLevel else { return nil }
            return PartKind.kinds(of: LineReader.marker(line.1).1).isEmpty ? nil : level
        }.min()
        var parts = 0
        var items = 0
        return lines.map { number, text, paragraph in
            let (marker, _) = LineReader.marker(text)
            switch marker {
            case .roman(let number): (parts, items) = (number, 0)
            case .number(let number): items = number
            default: break
            }
            guard marker == .none, let partLevel else { return (number, text) }
            if paragraph.headingLevel == partLevel {
                parts += 1
                items = 0
                return (number, Roman.numeral(parts) + ". " + text)
            }
            let boldLabel = paragraph.bold && paragraph.cell == nil && text.count <= 80 && text.hasSuffix(":")
            if parts > 0, paragraph.headingLevel == partLevel + 1 || (paragraph.headingLevel == nil && boldLabel) {
                items += 1
                return (number, "\(items). " + text)
            }
            return (number, text)
        }
    }
}
