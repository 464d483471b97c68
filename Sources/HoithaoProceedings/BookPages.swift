/// The book's page numbers: the page of every anchor, and where each page is in the order pages
/// are drawn, which puts the papers before the front matter until the page tree is reordered.
struct BookPages {
    /// The pages of the cover, the foreword and the contents, blank ones included.
    private(set) var frontPages = 0
    /// The number of the page the next paper starts on.
    private(set) var next: Int
    private(set) var anchors: [String: Int] = [:]

    /// Numbers the front matter's pages from 1; `padding` says which parts end on an even page.
    init(front: [PaginatedPart], padding: [Bool]) {
        next = 1
        for (part, padded) in zip(front, padding) { add(part, padded: padded) }
        frontPages = next - 1
    }

    mutating func add(_ part: PaginatedPart, padded: Bool) {
        for (anchor, page) in part.anchors { anchors[anchor] = next + page }
        next += part.pageCount(padded: padded)
    }

    /// Each anchor's page counted in drawing order, for links and bookmarks: the papers' pages
    /// first, then the front matter's.
    var drawnAnchors: [String: Int] {
        let paperPages = next - 1 - frontPages
        return anchors.mapValues { $0 <= frontPages ? paperPages + $0 : $0 - frontPages }
    }
}
