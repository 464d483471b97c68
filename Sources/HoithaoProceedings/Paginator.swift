/// Breaks a part into pages: keeps headings with what follows, splits paragraphs between lines (never
/// leaving one line alone) and tables between rows, and sets each footnote at the foot of the page
/// whose lines refer to it. When a note does not fit below the line that refers to it, that line
/// moves to the next page (with the lines the widow rule takes along); only a note longer than
/// what an otherwise empty page leaves is split, its rest going on at the foot of the next pages.
/// Every part starts on a right-hand page, so a part's pages do not depend on the parts before it,
/// and parts can be paginated in any order.
struct Paginator {
    let bodyHeight: Double

    /// The space above a page's notes, where their rule is drawn; the space after each note.
    static let noteSeparator = 14.0
    static let noteGap = 2.0
    /// The share of a page the rest of a split note may take at its foot.
    static let carriedShare = 0.5

    func paginate(_ part: BookPart) -> PaginatedPart {
        var filler = PageFiller(part: part, bodyHeight: bodyHeight)
        for index in part.items.indices { filler.place(index) }
        filler.finish()
        return PaginatedPart(part: part, pages: filler.pages, anchors: filler.anchors)
    }
}

/// The pages of one part as they are filled, with the footnotes already set.
private struct PageFiller {
    /// A line of a note's item to start from.
    typealias NoteLine = (item: Int, line: Int)

    let part: BookPart
    let bodyHeight: Double
    /// Each note's height at the foot of a page, the gap after it included.
    let noteHeights: [Int: Double]
    var pages = [Page()]
    var anchors: [String: Int] = [:]
    /// How far down the current page's body is filled.
    var y = 0.0
    var placedNotes: Set<Int> = []
    /// The rest of notes that did not fit at the foot of the page before.
    var carried: [NoteLine] = []

    init(part: BookPart, bodyHeight: Double) {
        self.part = part
        self.bodyHeight = bodyHeight
        noteHeights = part.notes.mapValues { range in
            range.reduce(0) { total, index in
                let item = part.noteItems[index]
                return total + item.height(0..<item.lineCount) + item.spaceAfter
            }
        }
    }

    /// What is left of the page's body above its notes.
    private var room: Double { bodyHeight - pages[pages.count - 1].notesHeight - y }

    mutating func place(_ index: Int) {
        let item = part.items[index]
        let before = y > 0 ? item.spaceBefore : 0
        if y > 0, item.keepWithNext, before + chainHeight(from: index) > room { newPage() }
        var start = 0
        y += y > 0 ? item.spaceBefore : 0
        while start < item.lineCount {
            let count = linesFitting(item, from: start)
            if count > 0 {
                let lines = start..<start + count
                pages[pages.count - 1].placements.append(Placement(item: index, lines: lines, y: y))
                if start == 0, let anchor = item.anchor { anchors[anchor] = pages.count - 1 }
                y += item.height(lines)
                if item.hasFootnotes { setNotes(item.footnotes(lines)) }
                start += count
            }
            if start < item.lineCount { newPage() }
        }
        y += item.spaceAfter
    }

    /// Adds pages until the rest of every split note is set.
    mutating func finish() {
        while !carried.isEmpty {
            pages.append(Page())
            carried = setAtFoot(carried, limit: bodyHeight)
        }
    }

    private mutating func newPage() {
        pages.append(Page())
        y = 0
        if !carried.isEmpty { carried = setAtFoot(carried, limit: bodyHeight * Paginator.carriedShare) }
    }

    /// How many lines of `item` from `start` go on this page; 0 means "start a new page".
    private func linesFitting(_ item: FlowItem, from start: Int) -> Int {
        let remaining = item.lineCount - start
        var fit = 0
        while fit < remaining {
            let lines = start..<start + fit + 1
            guard item.height(lines) + notesAdded(item, lines) <= room else { break }
            fit += 1
        }
        if fit == remaining { return fit }
        // Something must go on an empty page, even a line or an image taller than the page.
        if y == 0 { return max(fit, 1) }
        if item.keepWithNext || item.keepTogether { return 0 }
        switch item.content {
        case .text, .table:
            // No widow: leave at least two lines for the next page; no orphan: at least two here. A table's
            // first pieces are its header and two rows; its last two, a row and the caption below it.
            let count = min(fit, remaining - 2)
            let least = item.isTable && start == 0 ? 3 : 2
            return count >= least ? count : 0
        case .image, .rule: return 0
        }
    }

    /// The height the notes that `lines` of `item` refer to, and that are not set yet, add to the page's foot.
    private func notesAdded(_ item: FlowItem, _ lines: Range<Int>) -> Double {
        guard item.hasFootnotes else { return 0 }
        let new = Set(item.footnotes(lines)).subtracting(placedNotes).compactMap { noteHeights[$0] }
        guard !new.isEmpty else { return 0 }
        let separator = pages[pages.count - 1].notesHeight == 0 ? Paginator.noteSeparator : 0
        return new.reduce(separator, +)
    }

    /// Sets notes `numbers` that are not set yet at the foot of the page, after what is carried to it.
    private mutating func setNotes(_ numbers: [Int]) {
        var queue: [NoteLine] = []
        for number in numbers where !placedNotes.contains(number) {
            guard let range = part.notes[number] else { continue }
            placedNotes.insert(number)
            queue += range.map { (item: $0, line: 0) }
        }
        guard !queue.isEmpty else { return }
        carried = carried.isEmpty ? setAtFoot(queue, limit: bodyHeight - y) : carried + queue
    }

    /// Sets the lines of `queue` at the foot of the page while its notes take at most `limit`; returns what is left.
    private mutating func setAtFoot(_ queue: [NoteLine], limit: Double) -> [NoteLine] {
        var page = pages[pages.count - 1]
        defer { pages[pages.count - 1] = page }
        var height = page.notesHeight == 0 ? Paginator.noteSeparator : page.notesHeight
        for (position, entry) in queue.enumerated() {
            let item = part.noteItems[entry.item]
            var count = 0
            // Sums are compared with a little slack: the fitting above added the same heights in another order.
            while entry.line + count < item.lineCount,
                height + item.height(entry.line..<entry.line + count + 1) <= limit + 0.01
            {
                count += 1
            }
            // A page without notes takes at least a line, so that a note always goes on.
            if count == 0, page.notes.isEmpty { count = 1 }
            if count > 0 {
                let lines = entry.line..<entry.line + count
                page.notes.append(Placement(item: entry.item, lines: lines, y: height))
                height += item.height(lines)
                page.notesHeight = height
            }
            guard entry.line + count == item.lineCount else {
                return [(item: entry.item, line: entry.line + count)] + queue[(position + 1)...]
            }
            height += item.spaceAfter
            page.notesHeight = height
        }
        return []
    }

    /// The height of `items[index]` and every item kept with it, up to the start of the first free one and the
    /// notes that start refers to.
    private func chainHeight(from index: Int) -> Double {
        var total = 0.0
        var current = index
        while current < part.items.count {
            let item = part.items[current]
            if current > index { total += item.spaceBefore }
            guard item.keepWithNext else {
                let start = item.keepTogether ? item.lineCount : min(2, item.lineCount)
                return total + item.minimumStart + notesAdded(item, 0..<start)
            }
            total += item.height(0..<item.lineCount) + item.spaceAfter
            current += 1
        }
        return total
    }
}

extension FlowItem {
    fileprivate var isTable: Bool {
        if case .table = content { true } else { false }
    }
}
