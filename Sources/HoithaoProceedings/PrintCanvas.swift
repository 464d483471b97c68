import CPangoCairo
import Foundation

/// A run of text in a printed document, in the body face or bold or italic.
package struct PrintRun {
    package var text: String
    package var bold = false
    package var italic = false

    package init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// Text set by Pango at a width, measured; drawn with `PrintCanvas.draw`.
package struct PrintText {
    fileprivate let layout: TextLayout
    package var height: Double { layout.height }
    package var lineCount: Int { layout.lines.count }
    /// The width of the longest line.
    package var width: Double { layout.widestLine }
}

/// Fixed-size PDF pages for the organizer's printed documents (invitations, cards, sheets): text set with the
/// proceedings' own Pango layout, rules and boxes drawn by Cairo, so that the print kit touches no C library.
package final class PrintCanvas {
    private let document: PDFDocument
    package let pageWidth: Double
    package let pageHeight: Double
    package let family: String

    /// Pages of `width` × `height` points, text in `family`.
    package init(width: Double, height: Double, family: String = "Noto Serif") throws {
        document = try PDFDocument(width: width, height: height)
        pageWidth = width
        pageHeight = height
        self.family = family
    }

    /// Text of `runs` at `size` points, broken into lines at `width` (unbroken when infinite).
    package func text(
        _ runs: [PrintRun], size: Double, width: Double = .infinity, alignment: Alignment = .left,
        lineSpacing: Double = 1.15
    ) -> PrintText {
        var styled = StyledText()
        for run in runs {
            styled.append(run.text, (run.bold ? [.bold] : []) + (run.italic ? [.italic] : []))
        }
        let layout = TextLayout(
            styled, font: Font(family: family, size: size), width: width, alignment: alignment,
            context: document.pango, monoFamily: family, lineSpacing: lineSpacing)
        return PrintText(layout: layout)
    }

    /// One run of text; see `text(_:size:width:alignment:lineSpacing:)`.
    package func text(
        _ string: String, size: Double, bold: Bool = false, italic: Bool = false, width: Double = .infinity,
        alignment: Alignment = .left
    ) -> PrintText {
        text([PrintRun(string, bold: bold, italic: italic)], size: size, width: width, alignment: alignment)
    }

    /// Draws `text` with its top-left corner at (`x`, `top`).
    package func draw(_ text: PrintText, x: Double, top: Double) {
        cairo_set_source_rgb(document.cairo, 0, 0, 0)
        for (index, line) in text.layout.lines.enumerated() {
            text.layout.show(line: index, x: x, baseline: top + line.baseline, on: document.cairo)
        }
    }

    /// A straight line, dashed for a fold or a cut.
    package func line(
        from start: (x: Double, y: Double), to end: (x: Double, y: Double), weight: Double = 0.6, dashed: Bool = false
    ) {
        let cairo = document.cairo
        cairo_set_source_rgb(cairo, 0, 0, 0)
        cairo_set_line_width(cairo, weight)
        if dashed {
            let dashes: [Double] = [3, 3]
            cairo_set_dash(cairo, dashes, 2, 0)
        }
        cairo_move_to(cairo, start.x, start.y)
        cairo_line_to(cairo, end.x, end.y)
        cairo_stroke(cairo)
        cairo_set_dash(cairo, nil, 0, 0)
    }

    /// A rectangle's outline.
    package func frame(x: Double, y: Double, width: Double, height: Double, weight: Double = 0.6) {
        let cairo = document.cairo
        cairo_set_source_rgb(cairo, 0, 0, 0)
        cairo_set_line_width(cairo, weight)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_stroke(cairo)
    }

    /// Filled black rectangles in one path, as a QR code's modules are drawn: vectors, sharp at any size.
    package func fill(_ rectangles: [(x: Double, y: Double, width: Double, height: Double)]) {
        let cairo = document.cairo
        cairo_set_source_rgb(cairo, 0, 0, 0)
        for box in rectangles { cairo_rectangle(cairo, box.x, box.y, box.width, box.height) }
        cairo_fill(cairo)
    }

    /// Draws what `body` draws turned half a turn about the point (`x`, `y`): the back of a folded table card.
    package func turned(aboutX x: Double, y: Double, _ body: () -> Void) {
        let cairo = document.cairo
        cairo_save(cairo)
        cairo_translate(cairo, x, y)
        cairo_rotate(cairo, Double.pi)
        cairo_translate(cairo, -x, -y)
        body()
        cairo_restore(cairo)
    }

    /// A clickable area to an external address.
    package func link(x: Double, y: Double, width: Double, height: Double, url: String) {
        document.link(x: x, y: y, width: width, height: height, url: url)
    }

    /// Ends the page; what is drawn next is on a new one.
    package func endPage() {
        cairo_show_page(document.cairo)
    }

    /// The finished PDF, its information set: `date` is ISO 8601 and fixes the file's dates, so that two runs
    /// write the same bytes.
    package func finish(title: String, author: String, subject: String, date: String) throws -> Data {
        document.setMetadata(title: title, author: author, subject: subject, keywords: "", date: date)
        return try document.finish()
    }
}
