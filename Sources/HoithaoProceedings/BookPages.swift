/// The book's page numbers: where each part starts, which parts are followed by a blank page, the
/// page of every anchor, and where each page is in the order pages are drawn (the papers before
/// the front matter, until the page tree is reordered).
struct BookPages {
    /// Where a part's pages go: its first page's number, and whether a blank page follows it.
    struct Place {
        var first: Int
        var padded: Bool
    }

    /// The places of the cover, the foreword and the contents.
    let front: [Place]
    /// The pages of the front matter, blank ones included.
    let frontPages: Int
    private var papersLeft: Int
    /// The number of the page after the last part placed.
    private(set) var next: Int
    private(set) var anchors: [String: Int] = [:]

    /// Numbers the front matter's pages from 1; every part is followed by another, and so starts it
    /// on a right-hand page, except the contents of a book without papers.
    init(front parts: [PaginatedPart], papers: Int) {
        var front: [Place] = []
        var next = 1
        for (index, part) in parts.enumerated() {
            let place = Place(first: next, padded: index < parts.count - 1 || papers > 0)
            for (anchor, page) in part.anchors { anchors[anchor] = next + page }
            next += part.pageCount(padded: place.padded)
            front.append(place)
        }
        self.front = front
        self.next = next
        frontPages = next - 1
        papersLeft = papers
    }

    /// Places the next paper after the last one placed.
    mutating func place(paper part: PaginatedPart) -> Place {
        papersLeft -= 1
        let place = Place(first: next, padded: papersLeft > 0)
        for (anchor, page) in part.anchors { anchors[anchor] = next + page }
        next += part.pageCount(padded: place.padded)
        return place
    }

    /// All the book's pages, once every paper is placed.
    var count: Int { next - 1 }

    /// Each anchor's page counted in drawing order, for links and bookmarks: the papers' pages
    /// first, then the front matter's.
    var drawnAnchors: [String: Int] {
        let paperPages = count - frontPages
        return anchors.mapValues { $0 <= frontPages ? paperPages + $0 : $0 - frontPages }
    }
}
