import CPangoCairo

extension PDFTypesetter {
    /// Draws pieces `pieces` of `table` from `top`: its caption above on the first piece, the header row on
    /// every page it is on, the rows, the caption below on the last; rules above and below the header and
    /// under the last row of the page.
    func draw(_ table: TableLayout, pieces: Range<Int>, x: Double, top: Double) {
        var y = top
        if pieces.lowerBound == 0, let caption = table.captionAbove {
            drawLines(caption, caption.lines.indices, x: x, top: y)
            y += caption.height + TableLayout.captionGap
        }
        rule(x: x, y: y, width: table.width, weight: 0.8)
        draw(table.header, of: table, x: x, top: y)
        y += table.header.height
        rule(x: x, y: y, width: table.width, weight: 0.5)
        for piece in pieces where piece > 0 && piece <= table.rows.count {
            draw(table.rows[piece - 1], of: table, x: x, top: y)
            y += table.rows[piece - 1].height
        }
        rule(x: x, y: y, width: table.width, weight: 0.8)
        if pieces.upperBound > table.rows.count + 1, let caption = table.captionBelow {
            drawLines(caption, caption.lines.indices, x: x, top: y + TableLayout.captionGap)
        }
    }

    private func draw(_ row: TableLayout.Row, of table: TableLayout, x: Double, top: Double) {
        for (cell, column) in zip(row.cells, table.columns) {
            drawLines(
                cell, cell.lines.indices, x: x + column.x + TableLayout.horizontalPadding,
                top: top + TableLayout.verticalPadding)
        }
    }

    private func rule(x: Double, y: Double, width: Double, weight: Double) {
        cairo_set_line_width(cairo, weight)
        cairo_move_to(cairo, x, y)
        cairo_rel_line_to(cairo, width, 0)
        cairo_stroke(cairo)
    }
}
