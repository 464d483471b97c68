/// One thing a visitor can find: a workshop, a paper, an agenda item, a speaker or a page.
public struct SearchDocument: Sendable, Hashable, Codable {
    /// Where it is, relative to the top of the site, with its `#anchor` when it is part of a page.
    public var address: String
    public var title: String
    /// What it is, in the site's words: "Tham luận", "Chương trình".
    public var kindLabel: String
    /// A line that places it: the authors of a paper, the workshop of an agenda item.
    public var context: String
    /// The start of its text, shown under the title with the query's words marked.
    public var excerpt: String
    /// The texts searched, each with how much a word found there counts.
    public var fields: [SearchField]

    public init(
        address: String, title: String, kindLabel: String, context: String, excerpt: String, fields: [SearchField]
    ) {
        self.address = address
        self.title = title
        self.kindLabel = kindLabel
        self.context = context
        self.excerpt = excerpt
        self.fields = fields
    }
}

/// A text of a document and the part of it the text is.
public struct SearchField: Sendable, Hashable, Codable {
    public var text: String
    public var weight: SearchWeight

    public init(_ text: String, _ weight: SearchWeight) {
        self.text = text
        self.weight = weight
    }
}

/// How much a word counts by where it is found. A word in a title outweighs the same word found in every other
/// part at once (`title.points` > the sum of the others' `points × cap`), so titles rank above bodies; and each
/// part outweighs the ones after it, a summary's one mention a body's many.
public enum SearchWeight: Sendable, Hashable, CaseIterable, Codable {
    case title, names, keywords, summary, body

    /// Points per occurrence.
    public var points: Int {
        switch self {
        case .title: 40
        case .names: 10
        case .keywords: 8
        case .summary: 4
        case .body: 1
        }
    }

    /// Occurrences counted at most: a word repeated in a long body does not outrank one in a short title.
    public var cap: Int {
        switch self {
        case .title, .names, .keywords, .summary: 1
        case .body: 3
        }
    }
}
