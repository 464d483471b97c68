import Foundation
import HoithaoModel

/// One logical line of the imported document: a paragraph or list item, after markup is
/// stripped and lines broken mid-sentence are joined again.
struct DocumentLine: Equatable {
    /// How the line starts: a list bullet, an item number, a Roman part number, or nothing.
    enum Marker: Equatable {
        case none
        case bullet
        case number(Int)
        case roman(Int)
    }

    /// The 1-based line numbers in the file this line was read from (several when it was joined).
    var lineNumbers: [Int]
    /// The text without Markdown markup or list marker, NFC, single-spaced.
    var text: String
    var marker: Marker
    /// Why the line looks damaged by text extraction, if it does.
    var damage: String?

    var number: Int { lineNumbers.first ?? 0 }
    var folded: FoldedText { FoldedText(text) }

    /// Whether every letter of the line is uppercase (a heading, a signer's title).
    var isUppercase: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy { !$0.isLowercase }
    }

    /// The text with the list marker put back, as the report quotes it.
    var quoted: String {
        switch marker {
        case .none: return text
        case .bullet: return "- " + text
        case .number(let number): return "\(number). " + text
        case .roman(let number): return Roman.numeral(number) + ". " + text
        }
    }

    /// The text after the first colon, or nil when there is no colon or nothing after it.
    var valueAfterColon: String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// The text before the first colon (the whole text when there is none), without a trailing colon.
    var label: String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        return String(text[..<colon]).trimmingCharacters(in: .whitespaces)
    }
}
