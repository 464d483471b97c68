import HoithaoProceedings

/// A table ruled in boxes, as official lists are: columns by their share of the width, each row as tall as its
/// tallest cell (and at least `minimumRowHeight`), column titles bold and centred.
struct RuledTable {
    /// A column: its title, its share of the table's width, whether its cells are centred.
    struct Column {
        var title: String
        var share: Double
        var centered = false
    }

    /// A row's cells, set, and its height.
    struct Row {
        var cells: [PrintText]
        var height: Double
    }

    static let padding = 4.0

    let columns: [Column]
    let width: Double
    var size = 11.0
    var minimumRowHeight = 0.0

    var widths: [Double] { columns.map { $0.share * width } }

    /// The row of `texts`, one a column.
    func row(_ texts: [String], bold: Bool = false, on canvas: PrintCanvas) -> Row {
        let cells = zip(texts, zip(widths, columns)).map { text, column in
            canvas.text(
                text, size: size, bold: bold, width: column.0 - 2 * Self.padding,
                alignment: column.1.centered || bold ? .center : .left)
        }
        let height = (cells.map(\.height).max() ?? 0) + 2 * Self.padding
        return Row(cells: cells, height: bold ? height : max(minimumRowHeight, height))
    }

    /// The row of column titles.
    func heading(on canvas: PrintCanvas) -> Row {
        row(columns.map(\.title), bold: true, on: canvas)
    }

    /// Draws `row` with its top-left corner at (`x`, `top`), each cell in its box.
    func draw(_ row: Row, x: Double, top: Double, on canvas: PrintCanvas) {
        var cellX = x
        for (cell, width) in zip(row.cells, widths) {
            canvas.frame(x: cellX, y: top, width: width, height: row.height)
            canvas.draw(cell, x: cellX + Self.padding, top: top + Self.padding)
            cellX += width
        }
    }

    /// Draws `rows` down the flow, the column titles again at the top of each new page.
    func draw(_ rows: [Row], in flow: PageFlow) {
        let heading = heading(on: flow.canvas)
        flow.ensure(heading.height + (rows.first?.height ?? 0))
        draw(heading, x: flow.left, top: flow.y, on: flow.canvas)
        flow.skip(heading.height)
        for row in rows {
            if flow.y + row.height > flow.bottom {
                flow.newPage()
                draw(heading, x: flow.left, top: flow.y, on: flow.canvas)
                flow.skip(heading.height)
            }
            draw(row, x: flow.left, top: flow.y, on: flow.canvas)
            flow.skip(row.height)
        }
    }
}
