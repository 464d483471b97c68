import Foundation
import Testing

@testable import HoithaoImport

@Suite("The syllable inventory: every written Vietnamese syllable, by rule")
struct SyllableInventoryTests {
    /// Debian's hunspell-vi: a list of Vietnamese syllables made by hand, an independent oracle.
    static let hunspell = "/usr/share/hunspell/vi_VN.dic"

    @Test("Syllables of the seed plan and the issue's damaged words are in it")
    func knownSyllables() {
        for word in [
            "thảo", "hợp", "những", "liên", "xây", "dựng", "kế", "hoạch", "khoa", "học", "nghiên", "cứu", "quốc",
            "giêng", "gì", "giữa", "kỹ", "thuật", "hòa", "hoà", "thủy", "thuỷ", "khuya", "khuỷu", "nghiêng",
            "quyết", "yêu", "uống", "người", "đường", "Đắk", "LẮK",
        ] {
            #expect(SyllableInventory.contains(word), "\(word)")
        }
    }

    @Test("The spelling rules keep out what Vietnamese never writes")
    func spellingRules() {
        for word in ["cé", "ghá", "ngha", "kan", "quu", "quoa", "iên", "thâo", "nhđng", "th", "nh"] {
            #expect(!SyllableInventory.contains(word), "\(word)")
        }
        // A stop-final rhyme (p, t, c, ch) takes only the rising or the heavy tone.
        #expect(SyllableInventory.contains("hợp") && SyllableInventory.contains("hớp"))
        #expect(
            !SyllableInventory.contains("hờp") && !SyllableInventory.contains("hởp")
                && !SyllableInventory.contains("hỡp"))
    }

    @Test("Nearly every syllable of Debian's hunspell-vi word list is generated, and the inventory is not much larger")
    func againstHunspell() throws {
        let text = try String(contentsOfFile: Self.hunspell, encoding: .utf8)
        let words = text.split(separator: "\n").dropFirst().map { String($0).precomposedStringWithCanonicalMapping }
            .filter { word in
                word.allSatisfy(\.isLowercase) && word.count > 1 || word.count == 1 && word.first?.isLetter == true
            }
        let missing = words.filter { !SyllableInventory.contains($0) }
        #expect(words.count > 6000)
        #expect(missing.count * 200 <= words.count, "\(missing.count) missing: \(missing.prefix(80))")
        #expect(SyllableInventory.syllables.count < words.count * 4)
    }
}
