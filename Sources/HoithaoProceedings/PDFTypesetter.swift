import CPangoCairo

/// Draws paginated parts onto a PDF: text line by line, pictures, rules, running heads, page
/// numbers, and clickable links.
struct PDFTypesetter {
    let document: PDFDocument
    let type: Typography
    var layout: BookLayout { type.layout }
    var cairo: OpaquePointer { document.cairo }

    /// Draws `part` on pages numbered from `place.first`, then, when `place.padded`, the blank
    /// left-hand page that lets the next part start on a right-hand page. `links` gives the PDF page
    /// (counted in the order pages are drawn) of each anchor a contents entry points to.
    func draw(_ part: PaginatedPart, at place: BookPages.Place, links: [String: Int]) {
        // A part's running heads are the same on all its pages: shape each once.
        var heads: [String: TextLayout] = [:]
        for (index, page) in part.pages.enumerated() {
            let number = place.first + index
            drawFurniture(part.part, isFirstPage: index == 0, number: number, heads: &heads)
            let left = layout.left(onPage: number)
            for placement in page.placements {
                draw(part.part.items[placement.item], placement, left: left, origin: layout.topMargin, links: links)
            }
            if page.notesHeight > 0 { drawNotes(of: page, in: part.part, left: left, links: links) }
            cairo_show_page(cairo)
        }
        if part.pageCount(padded: place.padded) > part.pages.count { cairo_show_page(cairo) }
    }

    /// The running head (not on a part's first page) and the page number.
    private func drawFurniture(
        _ part: BookPart, isFirstPage: Bool, number: Int, heads cache: inout [String: TextLayout]
    ) {
        let left = layout.left(onPage: number)
        cairo_set_source_rgb(cairo, 0.35, 0.35, 0.35)
        if let heads = part.runningHeads, !isFirstPage {
            let isRecto = number % 2 == 1
            let text = isRecto ? heads.recto : heads.verso
            let key = (isRecto ? "r" : "v") + text
            let head =
                cache[key]
                ?? type.text(
                    StyledText(text, [.italic]), type.serif(8.5), alignment: isRecto ? .right : .left, singleLine: true)
            cache[key] = head
            let baseline = layout.topMargin - 22
            show(head, line: 0, x: left, baseline: baseline)
            cairo_set_line_width(cairo, 0.4)
            cairo_move_to(cairo, left, baseline + 6)
            cairo_line_to(cairo, left + layout.textWidth, baseline + 6)
            cairo_stroke(cairo)
        }
        if part.showsPageNumbers {
            let folio = type.text(StyledText(String(number)), type.serif(9), alignment: .center)
            show(folio, line: 0, x: left, baseline: layout.pageHeight - layout.bottomMargin + 30)
        }
        cairo_set_source_rgb(cairo, 0, 0, 0)
    }

    /// The footnotes at the foot of `page`, under a short rule.
    private func drawNotes(of page: Page, in part: BookPart, left: Double, links: [String: Int]) {
        let top = layout.topMargin + layout.bodyHeight - page.notesHeight
        cairo_set_line_width(cairo, 0.5)
        cairo_move_to(cairo, left, top + Paginator.noteSeparator / 2)
        cairo_rel_line_to(cairo, layout.textWidth / 5, 0)
        cairo_stroke(cairo)
        for placement in page.notes {
            draw(part.noteItems[placement.item], placement, left: left, origin: top, links: links)
        }
    }

    /// Draws `item` as `placement` places it, `origin` being where its `y` counts from.
    private func draw(_ item: FlowItem, _ placement: Placement, left: Double, origin: Double, links: [String: Int]) {
        let x = left + item.indent
        let top = origin + placement.y
        let height = item.height(placement.lines)
        for depth in 0..<item.quoteDepth {
            cairo_set_source_rgb(cairo, 0.6, 0.6, 0.6)
            cairo_rectangle(cairo, x - 10 - Double(depth) * BlockFlow.quoteIndent, top, 2, height)
            cairo_fill(cairo)
        }
        switch item.content {
        case .text(let text):
            if item.isCode {
                cairo_set_source_rgb(cairo, 0.94, 0.94, 0.94)
                cairo_rectangle(cairo, x - 5, top - 2, text.width + 10, height + 4)
                cairo_fill(cairo)
            }
            cairo_set_source_rgb(cairo, 0, 0, 0)
            drawLines(text, item, placement, x: x, top: top, links: links)
        case .table(let table):
            draw(table, pieces: placement.lines, x: x, top: top)
        case .image(let image):
            cairo_save(cairo)
            cairo_translate(cairo, x, top)
            cairo_scale(cairo, image.width / image.pixelWidth, image.height / image.pixelHeight)
            cairo_set_source_surface(cairo, image.surface, 0, 0)
            cairo_paint(cairo)
            cairo_restore(cairo)
        case .rule:
            cairo_set_source_rgb(cairo, 0.5, 0.5, 0.5)
            cairo_set_line_width(cairo, 0.6)
            let width = layout.textWidth / 4
            cairo_move_to(cairo, left + (layout.textWidth - width) / 2, top + 3)
            cairo_rel_line_to(cairo, width, 0)
            cairo_stroke(cairo)
            cairo_set_source_rgb(cairo, 0, 0, 0)
        }
    }

    private func drawLines(
        _ text: TextLayout, _ item: FlowItem, _ placement: Placement, x: Double, top: Double, links: [String: Int]
    ) {
        guard let first = placement.lines.first else { return }
        let origin = top - text.lines[first].top
        drawLines(text, placement.lines, x: x, top: top)
        guard first == 0 else { return }
        let baseline = origin + text.lines[0].baseline
        if let marker = item.marker {
            show(marker, line: 0, x: x - BlockFlow.listIndent, baseline: baseline)
        }
        if let number = item.pageNumber {
            show(number, line: 0, x: x + text.width, baseline: baseline)
        }
        if let target = item.target, let page = links[target] {
            let width = text.width + (item.pageNumber?.width ?? 0)
            document.link(x: x, y: top, width: width, height: item.height(placement.lines), page: page)
        }
    }

    /// Draws lines `range` of `text`, the first at `top`, with their links.
    func drawLines(_ text: TextLayout, _ range: Range<Int>, x: Double, top: Double) {
        guard let first = range.first else { return }
        let origin = top - text.lines[first].top
        for index in range {
            let line = text.lines[index]
            show(text, line: index, x: x, baseline: origin + line.baseline)
            for (range, url) in text.text.links {
                for span in text.xRanges(of: range, onLine: index) {
                    document.link(
                        x: x + span.lowerBound, y: origin + line.top, width: span.upperBound - span.lowerBound,
                        height: line.height, url: url)
                }
            }
        }
    }

    /// Draws line `index` of `text` with its baseline at `baseline`, `x` being the layout's left edge.
    private func show(_ text: TextLayout, line index: Int, x: Double, baseline: Double) {
        text.show(line: index, x: x, baseline: baseline, on: cairo)
    }
}
