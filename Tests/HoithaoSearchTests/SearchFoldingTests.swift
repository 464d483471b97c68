import Foundation
import HoithaoSearch
import Testing

@Suite("A query without diacritics or capitals finds the Vietnamese words")
struct SearchFoldingTests {
    /// Every vowel of the Vietnamese alphabet, lower and upper case.
    static let vowels: [(letter: String, base: String)] = [
        ("a", "a"), ("ă", "a"), ("â", "a"), ("e", "e"), ("ê", "e"), ("i", "i"), ("o", "o"), ("ô", "o"), ("ơ", "o"),
        ("u", "u"), ("ư", "u"), ("y", "y"),
    ]
    /// The five marked tones: huyền, hỏi, ngã, sắc, nặng (and the level tone, unmarked).
    static let tones: [String] = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]

    @Test("Each vowel with each tone, in both cases, composed or decomposed, folds to its base letter")
    func everyVowelWithEveryTone() {
        var checked = 0
        for (letter, base) in Self.vowels {
            for tone in Self.tones {
                let composed = (letter + tone).precomposedStringWithCanonicalMapping
                let decomposed = (letter + tone).decomposedStringWithCanonicalMapping
                for form in [composed, decomposed, composed.uppercased(), decomposed.uppercased()] {
                    #expect(SearchFolding.fold(form) == base, "\(form.unicodeScalars.map(\.value))")
                    checked += 1
                }
            }
        }
        #expect(checked == 12 * 6 * 4)
    }

    @Test("đ and Đ, which have no decomposition, fold to d; so does the look-alike ð")
    func dWithStroke() {
        #expect(SearchFolding.fold("Đặng đình") == "dang dinh")
        #expect(SearchFolding.fold("ĐẮK LẮK") == "dak lak")
        #expect(SearchFolding.fold("Ðà Nẵng") == "da nang")
    }

    @Test("Decomposed text, as macOS and the web send it, folds as composed text does")
    func decomposedInput() {
        let title = "Vải thiều Lục Ngạn, Bắc Giang"
        #expect(SearchFolding.fold(title.decomposedStringWithCanonicalMapping) == SearchFolding.fold(title))
        #expect(
            SearchFolding.terms(title.decomposedStringWithCanonicalMapping) == [
                "vai", "thieu", "luc", "ngan", "bac", "giang",
            ])
    }

    @Test("Words are runs of letters and digits; punctuation and spaces part them; an overlong run is left out")
    func terms() {
        #expect(SearchFolding.terms("Truy xuất (QR) — 2024/25, H₂O") == ["truy", "xuat", "qr", "2024", "25", "h₂o"])
        #expect(SearchFolding.terms(String(repeating: "a", count: 40) + " ngan") == ["ngan"])
        #expect(SearchFolding.terms("  ") == [])
    }

    @Test("The words are those of the folded text, in any script, a character at a time as in a whole")
    func termsAreTheFoldedWords() {
        let texts = [
            "Vải thiều LỤC NGẠN", "Đặng Thị Mai".decomposedStringWithCanonicalMapping, "Ελληνικά ΣΟΦΙΑ", "Москва Ёлка",
            "北京 大学", "Øresund Straße İstanbul", "x²+y₂ ½ Ⅻ", "naïve café-crème", "ǅemal ǈubljana",
        ]
        for text in texts {
            let words = SearchFolding.fold(text).unicodeScalars.split { scalar in
                !(scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark
                    || scalar.properties.numericType != nil)
            }.map { String(String.UnicodeScalarView($0)) }
            #expect(SearchFolding.terms(text) == words, "\(text)")
        }
    }
}
