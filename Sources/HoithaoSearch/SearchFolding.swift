import Foundation

/// How the index and the visitor's query are reduced to comparable terms: lower case, no diacritics, đ as d, so
/// that "vai thieu" finds "vải thiều" and "dang" finds "Đặng". `Themes/default/assets/search.js` folds the query
/// the same way.
public enum SearchFolding {
    /// `text` in lower case without its combining marks (U+0300–U+036F, after canonical decomposition, so
    /// decomposed input folds as precomposed does), with đ, Đ and the look-alike ð, Đ written d.
    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x300...0x36F: continue
            case 0x111, 0xF0: folded.append("d")
            default: folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// The folded words of `text`, in order: runs of letters and digits (`\p{L}`, `\p{N}` in the script), each
    /// at most `maximumTermLength` characters; longer runs (a hash, a URL's tail) are no word a visitor types.
    /// The same as splitting `fold(text)`, a character at a time: folding whole bodies through Foundation had been
    /// most of the index's time.
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var current: [UInt8] = []
        var length = 0
        func finish() {
            if length > 0, length <= maximumTermLength { terms.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            length = 0
        }
        func add(_ scalar: Unicode.Scalar) {
            if isWordScalar(scalar) {
                if let encoded = UTF8.encode(scalar) { current.append(contentsOf: encoded) }
                length += 1
            } else {
                finish()
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII: lower case by arithmetic.
                add(Unicode.Scalar(UInt8(value) | ((0x41...0x5A).contains(value) ? 0x20 : 0)))
            } else if value < 0x250 {
                for folded in latin[Int(value)] { add(folded) }
            } else if (0x300...0x36F).contains(value) {
                continue
            } else if (0x1E00...0x1EFF).contains(value) {
                for folded in latinExtended[Int(value - 0x1E00)] { add(folded) }
            } else {
                for folded in fold(String(scalar)).unicodeScalars { add(folded) }
            }
        }
        finish()
        return terms
    }

    /// The fold of each of U+0000–U+024F and U+1E00–U+1EFF (where Vietnamese's letters are), worked out once.
    private static let latin = (0..<0x250).map { foldedScalars(UInt32($0)) }
    private static let latinExtended = (0x1E00...0x1EFF).map { foldedScalars(UInt32($0)) }

    private static func foldedScalars(_ value: UInt32) -> [Unicode.Scalar] {
        Unicode.Scalar(value).map { Array(fold(String($0)).unicodeScalars) } ?? []
    }

    /// The longest word indexed.
    public static let maximumTermLength = 32

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
