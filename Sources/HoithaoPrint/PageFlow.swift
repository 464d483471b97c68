import HoithaoProceedings

/// Sizes of paper, in points.
enum Paper {
    static let millimetre = 72 / 25.4
    static let a4 = (width: 210 * millimetre, height: 297 * millimetre)

    static func mm(_ value: Double) -> Double { value * millimetre }
}

/// Places blocks of text down the pages of a canvas between margins, starting a new page when the next one does
/// not fit; `pageStarted` draws what each page repeats (a sheet's header).
final class PageFlow {
    let canvas: PrintCanvas
    let left: Double
    let width: Double
    let top: Double
    let bottom: Double
    private(set) var y: Double
    private(set) var pageCount = 1
    var pageStarted: ((PageFlow) -> Void)?

    /// Margins as Nghị định 30 sets them for A4: 20 mm above and below, 30 mm left, 15 mm right.
    init(
        _ canvas: PrintCanvas, top: Double = Paper.mm(20), bottom: Double = Paper.mm(20), left: Double = Paper.mm(30),
        right: Double = Paper.mm(15)
    ) {
        self.canvas = canvas
        self.left = left
        width = canvas.pageWidth - left - right
        self.top = top
        self.bottom = canvas.pageHeight - bottom
        y = top
    }

    /// Starts the first page's repeated part; call once `pageStarted` is set.
    func begin() {
        pageStarted?(self)
    }

    /// Moves down by `space`, not past the page's end.
    func skip(_ space: Double) {
        y = min(y + space, bottom)
    }

    /// Ends this page and starts the next.
    func newPage() {
        canvas.endPage()
        pageCount += 1
        y = top
        pageStarted?(self)
    }

    /// Starts a new page unless `height` fits below.
    func ensure(_ height: Double) {
        if y + height > bottom, y > top { newPage() }
    }

    /// Draws `text` at the flow's position, `indent` from the left margin, then moves below it.
    func place(_ text: PrintText, indent: Double = 0, before: Double = 0) {
        ensure(before + text.height)
        y += before
        canvas.draw(text, x: left + indent, top: y)
        y += text.height
    }

    /// A paragraph of `runs` across the width (less `indent`), placed.
    func paragraph(
        _ runs: [PrintRun], size: Double = 13, indent: Double = 0, alignment: Alignment = .justified,
        before: Double = 3
    ) {
        place(
            canvas.text(runs, size: size, width: width - indent, alignment: alignment), indent: indent, before: before)
    }

    /// Moves the position to `y` on this page (to line up two columns).
    func move(to y: Double) {
        self.y = y
    }
}
