/// What a paragraph holds, in order: text in its format, and what stands between the texts.
enum WordInline: Equatable {
    case text(String, WordFormat)
    /// A manual line break (Shift+Enter).
    case lineBreak
    /// A reference to a footnote (`f1`) or an endnote (`e1`).
    case note(String)
    /// A picture: its relationship id and the description Word keeps as its alternative text.
    case picture(String, String)
    /// A hyperlink starts (its relationship id) or, with nil, ends.
    case link(String?)
    /// Something Markdown cannot carry.
    case missing(WordLoss)
}

/// The direct format of a run of text.
struct WordFormat: OptionSet, Hashable {
    let rawValue: Int
    static let bold = WordFormat(rawValue: 1)
    static let italic = WordFormat(rawValue: 2)
    static let raised = WordFormat(rawValue: 4)
    static let lowered = WordFormat(rawValue: 8)
}

/// What a Word document can hold that a paper's Markdown cannot.
enum WordLoss: Equatable {
    case equation
    /// A chart, SmartArt or drawn shape: a drawing with no picture file.
    case drawing
}
