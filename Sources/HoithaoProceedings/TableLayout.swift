import HoithaoMarkdown

/// A table set for the page: its columns and rows of laid-out cells, and its caption. Pagination breaks it
/// between pieces: the first piece is the caption above (if any) with the header row, then one piece per
/// row, then the caption below (if any). A piece that continues the table on a new page repeats the header.
final class TableLayout {
    /// One row's cells, each laid out at its column's width, and the row's height.
    struct Row {
        var cells: [TextLayout]
        var height: Double
    }

    let columns: [(x: Double, width: Double)]
    let alignments: [Alignment]
    let header: Row
    let rows: [Row]
    let captionAbove: TextLayout?
    let captionBelow: TextLayout?
    let width: Double

    static let horizontalPadding = 4.0
    static let verticalPadding = 1.5
    static let captionGap = 4.0

    init(
        columns: [(x: Double, width: Double)], alignments: [Alignment], header: Row, rows: [Row],
        caption: TextLayout?, captionBelow: Bool
    ) {
        self.columns = columns
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.captionAbove = captionBelow ? nil : caption
        self.captionBelow = captionBelow ? caption : nil
        width = columns.last.map { $0.x + $0.width } ?? 0
    }

    var pieceCount: Int { 1 + rows.count + (captionBelow == nil ? 0 : 1) }

    /// The height of pieces `range`; a range that does not start with the header repeats it.
    func height(_ range: Range<Int>) -> Double {
        var total = range.lowerBound > 0 ? header.height : 0
        for piece in range { total += height(piece: piece) }
        return total
    }

    private func height(piece: Int) -> Double {
        if piece == 0 { return (captionAbove.map { $0.height + Self.captionGap } ?? 0) + header.height }
        if piece <= rows.count { return rows[piece - 1].height }
        return Self.captionGap + (captionBelow?.height ?? 0)
    }

    /// The footnotes referenced in pieces `range`, in order.
    func footnotes(_ range: Range<Int>) -> [Int] {
        var texts: [TextLayout] = []
        for piece in range {
            if piece == 0 { texts += (captionAbove.map { [$0] } ?? []) + header.cells }
            if piece > 0, piece <= rows.count { texts += rows[piece - 1].cells }
            if piece > rows.count, let caption = captionBelow { texts.append(caption) }
        }
        return texts.flatMap { $0.footnotes.map(\.number) }
    }
}

extension Typography {
    /// The type size of tables, as a share of the body's, and the smallest a table wider than the text block
    /// is shrunk to before its cells wrap.
    static let tableSize = 0.9
    static let smallestTableSize = 7.0

    /// `table` set in `available` points: each column as wide as its widest cell; a table too wide in a smaller
    /// type (down to `smallestTableSize`), then with its widest columns narrowed and their cells wrapping.
    func table(_ table: MarkdownTable, width available: Double) -> TableLayout {
        let count = max(table.alignments.count, table.header.count, table.rows.map(\.count).max() ?? 0)
        let texts = ([table.header] + table.rows).map { row in
            (0..<count).map { $0 < row.count ? StyledText(inlines: row[$0]) : StyledText() }
        }
        let base = layout.bodySize * Self.tableSize
        var natural = Array(repeating: 0.0, count: count)
        for (index, row) in texts.enumerated() {
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                let font = serif(base, bold: index == 0)
                natural[column] = max(natural[column], text(cell, font, width: .infinity, alignment: .left).widestLine)
            }
        }
        let padding = 2 * TableLayout.horizontalPadding
        let room = max(available - padding * Double(count), 1)
        let textWidth = natural.reduce(0, +)
        // Without hinting, text widths scale with the type size.
        let size = textWidth <= room ? base : max(Self.smallestTableSize, base * room / textWidth)
        let widths = Self.fitting(natural.map { $0 * size / base }, into: room)
        var columns: [(x: Double, width: Double)] = []
        for width in widths { columns.append((x: columns.last.map { $0.x + $0.width } ?? 0, width: width + padding)) }
        let alignments = (0..<count).map { column in
            column < table.alignments.count ? Alignment(table.alignments[column]) : .left
        }
        let rows = texts.enumerated().map { index, row in
            let cells = row.enumerated().map { column, cell in
                // A point to spare: Pango rounds the width down, and a cell exactly as wide as its text would wrap.
                text(cell, serif(size, bold: index == 0), width: widths[column] + 1, alignment: alignments[column])
            }
            return TableLayout.Row(
                cells: cells, height: (cells.map(\.height).max() ?? 0) + 2 * TableLayout.verticalPadding)
        }
        let caption = table.caption.map { caption in
            var styled = StyledText(caption.label, [.bold])
            if !caption.text.isEmpty {
                styled.append(" ")
                styled.append(StyledText(inlines: caption.text))
            }
            return text(styled, serif(layout.bodySize * 0.9), width: available, alignment: .left)
        }
        return TableLayout(
            columns: columns, alignments: alignments, header: rows[0], rows: Array(rows.dropFirst()),
            caption: caption, captionBelow: table.captionBelow)
    }

    /// Column widths that fit `room`: columns narrower than an equal share of what is left keep their width,
    /// the others share the rest in proportion to their own.
    static func fitting(_ widths: [Double], into room: Double) -> [Double] {
        guard widths.reduce(0, +) > room else { return widths }
        var kept = Set<Int>()
        while true {
            let left = room - kept.reduce(0) { $0 + widths[$1] }
            let share = left / Double(widths.count - kept.count)
            let narrow = widths.indices.filter { !kept.contains($0) && widths[$0] <= share }
            if narrow.isEmpty || kept.count + narrow.count == widths.count {
                let wide = widths.indices.filter { !kept.contains($0) }.reduce(0) { $0 + widths[$1] }
                return widths.indices.map { kept.contains($0) ? widths[$0] : widths[$0] * left / max(wide, 1) }
            }
            kept.formUnion(narrow)
        }
    }
}

extension Alignment {
    init(_ column: ColumnAlignment) {
        switch column {
        case .none, .left: self = .left
        case .center: self = .center
        case .right: self = .right
        }
    }
}
