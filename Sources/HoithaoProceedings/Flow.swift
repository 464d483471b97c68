/// What one item of the page flow shows.
enum FlowContent {
    case text(TextLayout)
    case image(BookImage)
    /// A table, broken between rows.
    case table(TableLayout)
    /// A thematic break: a short centred rule.
    case rule
}

/// One block of the book, measured, with what pagination and drawing need to know about it.
struct FlowItem {
    var content: FlowContent
    /// From the left edge of the text block.
    var indent: Double = 0
    var spaceBefore: Double = 0
    var spaceAfter: Double = 0
    /// Never the last thing on a page (headings, an image and its caption).
    var keepWithNext = false
    /// A list item's bullet or number, drawn before the first line.
    var marker: TextLayout?
    var quoteDepth = 0
    var isCode = false
    /// A name whose page number pagination records (a paper's title, the foreword).
    var anchor: String?
    /// The anchor this item links to (a table of contents entry), with its page number drawn at the right.
    var target: String?
    var pageNumber: TextLayout?

    init(_ content: FlowContent) {
        self.content = content
    }

    /// The pieces pagination may break the item between: lines of text, pieces of a table.
    var lineCount: Int {
        switch content {
        case .text(let text): text.lines.count
        case .table(let table): table.pieceCount
        case .image, .rule: 1
        }
    }

    /// The height of lines `range` (for text) or of the whole item.
    func height(_ range: Range<Int>) -> Double {
        switch content {
        case .text(let text):
            guard let first = range.first, range.upperBound <= text.lines.count else { return 0 }
            return text.lines[range.upperBound - 1].bottom - text.lines[first].top
        case .table(let table): return table.height(range)
        case .image(let image): return image.height
        case .rule: return 6
        }
    }

    /// The least of this item that may start at the bottom of a page: two lines, or all of a short paragraph.
    var minimumStart: Double {
        let count = lineCount
        return height(0..<(count <= 3 || keepWithNext ? count : 2))
    }
}

/// A part of the book that starts on a fresh page: the cover, the foreword, the contents, a paper.
struct BookPart {
    var items: [FlowItem]
    /// Running heads: on left-hand (even) pages, on right-hand (odd) pages; none on the part's first page.
    var runningHeads: (verso: String, recto: String)?
    var showsPageNumbers = true
}

/// Where an item (or some of its lines) sits on a page, `y` from the top of the text block.
struct Placement {
    var item: Int
    var lines: Range<Int>
    var y: Double
}

/// One page of a part: what is on it.
struct Page {
    var placements: [Placement] = []
}

/// A part broken into pages; `anchors` gives the page (counted from 0 in the part) of each anchor.
struct PaginatedPart {
    var part: BookPart
    var pages: [Page]
    var anchors: [String: Int]

    /// The pages the part takes in the book, with the blank left-hand page that follows an odd
    /// number of pages when another part comes next (every part starts on a right-hand page).
    func pageCount(padded: Bool) -> Int {
        pages.count + (padded && pages.count % 2 == 1 ? 1 : 0)
    }
}

/// Breaks a part into pages: keeps headings with what follows and splits paragraphs between lines
/// (never leaving one line alone). Every part starts on a right-hand page, so a part's pages do not
/// depend on the parts before it, and parts can be paginated in any order.
struct Paginator {
    let bodyHeight: Double

    func paginate(_ part: BookPart) -> PaginatedPart {
        var pages = [Page()]
        var anchors: [String: Int] = [:]
        var y = 0.0
        for (index, item) in part.items.enumerated() {
            let before = y > 0 ? item.spaceBefore : 0
            if y > 0, item.keepWithNext, y + before + chainHeight(part.items, from: index) > bodyHeight {
                pages.append(Page())
                y = 0
            }
            var start = 0
            y += y > 0 ? item.spaceBefore : 0
            while start < item.lineCount {
                let count = linesFitting(item, from: start, in: bodyHeight - y, atTop: y == 0)
                if count > 0 {
                    pages[pages.count - 1].placements.append(Placement(item: index, lines: start..<start + count, y: y))
                    if start == 0, let anchor = item.anchor { anchors[anchor] = pages.count - 1 }
                    y += item.height(start..<start + count)
                    start += count
                }
                if start < item.lineCount {
                    pages.append(Page())
                    y = 0
                }
            }
            y += item.spaceAfter
        }
        return PaginatedPart(part: part, pages: pages, anchors: anchors)
    }

    /// How many lines of `item` from `start` go on this page; 0 means "start a new page".
    private func linesFitting(_ item: FlowItem, from start: Int, in room: Double, atTop: Bool) -> Int {
        let remaining = item.lineCount - start
        var fit = 0
        while fit < remaining, item.height(start..<start + fit + 1) <= room { fit += 1 }
        if fit == remaining { return fit }
        // Something must go on an empty page, even a line or an image taller than the page.
        if atTop { return max(fit, 1) }
        if item.keepWithNext { return 0 }
        switch item.content {
        case .text, .table:
            // No widow: leave at least two lines for the next page; no orphan: at least two here. A table's
            // first two pieces are its header and a row; its last two, a row and the caption below it.
            let count = min(fit, remaining - 2)
            return count >= least(item, from: start) ? count : 0
        case .image, .rule: return 0
        }
    }

    /// The fewest lines of `item` from `start` a page may end with: two, or a table's header and two rows.
    private func least(_ item: FlowItem, from start: Int) -> Int {
        if case .table = item.content, start == 0 { return 3 }
        return 2
    }

    /// The height of `items[index]` and every item kept with it, up to the start of the first free one.
    private func chainHeight(_ items: [FlowItem], from index: Int) -> Double {
        var total = 0.0
        var current = index
        while current < items.count {
            let item = items[current]
            if current > index { total += item.spaceBefore }
            guard item.keepWithNext else { return total + item.minimumStart }
            total += item.height(0..<item.lineCount) + item.spaceAfter
            current += 1
        }
        return total
    }
}
