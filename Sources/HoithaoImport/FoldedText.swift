import Foundation

/// A line folded for matching: diacritics dropped, đ to d, lowercase, one character for each original character.
///
/// Keeping the two the same length lets a match found in the folded text be cut out of the
/// original, so values keep their diacritics even when the keyword was found in damaged text.
struct FoldedText {
    let original: [Character]
    let folded: String

    init(_ text: String) {
        original = Array(text)
        folded = String(original.map(Self.fold))
    }

    /// The original characters in `range` (character offsets), trimmed.
    func original(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, original.count))
        let upper = max(lower, min(range.upperBound, original.count))
        return String(original[lower..<upper]).trimmingCharacters(in: .whitespaces)
    }

    static func fold(_ character: Character) -> Character {
        var result = ""
        for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            switch scalar {
            case "đ", "Đ": result.append("d")
            default: result.unicodeScalars.append(scalar)
            }
        }
        let lower = result.lowercased()
        // A character that folds to zero or several characters would shift every offset after it.
        if lower.count == 1, let first = lower.first { return first }
        if result.count == 1, let first = result.first { return first }
        return " "
    }

    /// Folds a whole string (for comparisons that need no offsets).
    static func fold(_ text: String) -> String {
        String(text.map(fold))
    }
}

/// A match of a `TextPattern`: its range and groups as character offsets into the line.
struct TextMatch {
    let text: FoldedText
    let range: Range<Int>
    let groups: [Range<Int>?]

    /// The original text of group `index` (1-based), trimmed; nil when the group did not take part.
    func group(_ index: Int) -> String? {
        guard index >= 1, index <= groups.count, let range = groups[index - 1] else { return nil }
        return text.original(range)
    }

    /// The original text after the whole match.
    var rest: String { text.original(range.upperBound..<text.original.count) }
}

/// A regular expression run over folded text; `kw(_:)` spells a Vietnamese keyword so it still
/// matches when letters with diacritics were dropped or replaced by spaces.
struct TextPattern {
    private let expression: NSRegularExpression?

    init(_ pattern: String) {
        expression = PatternCache.shared.expression(for: pattern)
    }

    /// A keyword as a pattern over folded text, whole words only. A letter that carries a
    /// diacritic may instead be a space (text extraction replaced it); at the start or end of a
    /// word it may also be missing, because cleaning collapsed that space into the word gap.
    static func kw(_ keyword: String) -> String {
        var pattern = "(?<![a-z])"
        let words = keyword.precomposedStringWithCanonicalMapping.split(separator: " ")
        for (index, word) in words.enumerated() {
            if index > 0 { pattern += "\\s*" }
            for (position, character) in word.enumerated() {
                let base = FoldedText.fold(character)
                let escaped = NSRegularExpression.escapedPattern(for: String(base))
                guard String(character).lowercased() != String(base) else {
                    pattern += escaped
                    continue
                }
                var choices = [escaped, "\\s"]
                if position == 0 { choices.append("(?<!\\S)") }
                if position == word.count - 1 { choices.append("(?!\\S)") }
                pattern += "(?:" + choices.joined(separator: "|") + ")"
            }
        }
        return pattern + (keyword.last?.isLetter == true ? "(?![a-z])" : "")
    }

    /// Any of `keywords`, as one group-free alternative.
    static func any(_ keywords: [String]) -> String {
        "(?:" + keywords.map(kw).joined(separator: "|") + ")"
    }

    func firstMatch(in text: FoldedText) -> TextMatch? {
        matches(in: text).first
    }

    func matches(in text: FoldedText) -> [TextMatch] {
        guard let expression else { return [] }
        let folded = text.folded
        let whole = NSRange(folded.startIndex..<folded.endIndex, in: folded)
        return expression.matches(in: folded, range: whole).compactMap { result in
            func offsets(_ range: NSRange) -> Range<Int>? {
                guard range.location != NSNotFound, let swiftRange = Range(range, in: folded) else { return nil }
                let lower = folded.distance(from: folded.startIndex, to: swiftRange.lowerBound)
                return lower..<(lower + folded.distance(from: swiftRange.lowerBound, to: swiftRange.upperBound))
            }
            guard let range = offsets(result.range) else { return nil }
            let groups = (1..<max(1, result.numberOfRanges)).map { offsets(result.range(at: $0)) }
            return TextMatch(text: text, range: range, groups: groups)
        }
    }

    func matches(_ text: String) -> Bool {
        firstMatch(in: FoldedText(text)) != nil
    }
}

/// Compiled regular expressions by pattern: each is compiled once per process, because compiling is slow
/// (and Foundation on Linux never frees what it allocates for one).
private final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()

    private var expressions: [String: NSRegularExpression?] = [:]
    private let lock = NSLock()

    func expression(for pattern: String) -> NSRegularExpression? {
        lock.withLock {
            if let known = expressions[pattern] { return known }
            let compiled = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            expressions[pattern] = compiled
            return compiled
        }
    }
}
