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
    /// Never split between pages, unless it is taller than a page (a reference list's entries).
    var keepTogether = false
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

    /// The footnotes referenced in lines `range`.
    func footnotes(_ range: Range<Int>) -> [Int] {
        switch content {
        case .text(let text): text.footnotes(range)
        case .table(let table): table.footnotes(range)
        case .image, .rule: []
        }
    }

    /// Whether any line refers to a footnote.
    var hasFootnotes: Bool {
        switch content {
        case .text(let text): !text.footnotes.isEmpty
        case .table(let table): !table.footnotes(0..<table.pieceCount).isEmpty
        case .image, .rule: false
        }
    }

    /// The least of this item that may start at the bottom of a page: two lines, or all of a short paragraph.
    var minimumStart: Double {
        let count = lineCount
        return height(0..<(count <= 3 || keepWithNext || keepTogether ? count : 2))
    }
}

/// A part of the book that starts on a fresh page: the cover, the foreword, the contents, a paper.
struct BookPart {
    var items: [FlowItem]
    /// The footnotes' items in order, and which of them make each footnote, by number.
    var noteItems: [FlowItem] = []
    var notes: [Int: Range<Int>] = [:]
    /// Running heads: on left-hand (even) pages, on right-hand (odd) pages; none on the part's first page.
    var runningHeads: (verso: String, recto: String)?
    var showsPageNumbers = true

    init(items: [FlowItem], runningHeads: (verso: String, recto: String)?, showsPageNumbers: Bool = true) {
        self.items = items
        self.runningHeads = runningHeads
        self.showsPageNumbers = showsPageNumbers
    }

    /// Adds footnote `number`, made of `items`.
    mutating func addNote(_ number: Int, _ items: [FlowItem]) {
        notes[number] = noteItems.count..<noteItems.count + items.count
        noteItems += items
    }
}

/// Where an item (or some of its lines) sits on a page, `y` from the top of the text block.
struct Placement {
    var item: Int
    var lines: Range<Int>
    var y: Double
}

/// One page of a part: what is on it, and the footnotes at its foot.
struct Page {
    var placements: [Placement] = []
    /// Lines of `BookPart.noteItems`, `y` from the top of the notes' area.
    var notes: [Placement] = []
    /// The height of the notes' area at the foot of the page, its separating rule included; 0 without notes.
    var notesHeight = 0.0
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
