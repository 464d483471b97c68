import Foundation

/// Spots lines that text extraction damaged: letters with diacritics dropped or replaced by
/// spaces leave fragments no Vietnamese word has (a lone `u`, a syllable without a vowel).
enum DamageCheck {
    /// Abbreviations written in lowercase or mixed case that have no vowel but are real.
    static let knownFragments: Set<String> = [
        "tp", "tt", "ths", "ts", "pgs", "gs", "cn", "ks", "bs", "ncs", "kt", "tm", "tl", "tuq", "vt", "st", "nd", "cp",
        "tnhh", "dt", "dd", "km", "m", "mr", "ms", "nxb", "pts", "tx",
        // English academic titles, as programmes write speakers: Dr., MSc., Mrs.
        "dr", "msc", "mrs", "phd",
    ]
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// Why the line looks damaged, or nil.
    static func reason(_ text: String) -> String? {
        if text.contains("\u{FFFD}") { return "it holds a character that could not be decoded (�)" }
        var fragments: [String] = []
        // "(b/c)", for "báo cáo", closes many a line of Nơi nhận: its letters are no damage.
        for token in text.replacingOccurrences(of: "b/c", with: "").split(whereSeparator: { !$0.isLetter }) {
            let word = String(token)
            let folded = FoldedText.fold(word)
            guard word.contains(where: \.isLowercase) else { continue }  // abbreviations: KH&CN, UBND
            if knownFragments.contains(folded) { continue }
            let isLoneLetter = word.count == 1 && word.first?.isASCII == true && !["a", "y"].contains(folded)
            let hasNoVowel = !folded.contains(where: { vowels.contains($0) })
            if isLoneLetter || hasNoVowel { fragments.append(word) }
        }
        guard !fragments.isEmpty else { return nil }
        let shown = fragments.prefix(4).map { "“\($0)”" }.joined(separator: ", ")
        return "letters seem to be missing (\(shown)); retype the line"
    }
}
