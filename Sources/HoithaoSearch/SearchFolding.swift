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
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        var length = 0
        func finish() {
            if length > 0, length <= maximumTermLength { terms.append(String(current)) }
            current = String.UnicodeScalarView()
            length = 0
        }
        for scalar in fold(text).unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
                length += 1
            } else {
                finish()
            }
        }
        finish()
        return terms
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
