import HoithaoModel

/// The words Markdown's added constructs print, in the document's language.
public struct MarkdownLabels: Sendable, Hashable {
    public var figure: String
    public var table: String
    public var footnotes: String
    /// Said by a footnote's back-link, before the reference's number.
    public var backToReference: String

    public init(_ language: Language) {
        switch language {
        case .vietnamese:
            self.figure = "Hình"
            self.table = "Bảng"
            self.footnotes = "Chú thích"
            self.backToReference = "Quay lại chỗ dẫn chú thích"
        case .english:
            self.figure = "Figure"
            self.table = "Table"
            self.footnotes = "Notes"
            self.backToReference = "Back to reference"
        }
    }

    func word(for kind: CaptionKind) -> String {
        switch kind {
        case .figure: figure
        case .table: table
        }
    }
}

/// What a caption belongs to.
public enum CaptionKind: String, Sendable, Hashable {
    case figure, table

    /// The prefix of its cross-reference labels, as pandoc-crossref writes them (`@fig:map`, `@tbl:yield`).
    var labelPrefix: String {
        switch self {
        case .figure: "fig:"
        case .table: "tbl:"
        }
    }
}

/// How a table column's cells are aligned (from the colons of its delimiter row).
public enum ColumnAlignment: String, Sendable, Hashable {
    case none, left, center, right
}
