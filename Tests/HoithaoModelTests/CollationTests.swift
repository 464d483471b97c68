import HoithaoModel
import Testing

@Suite("Vietnamese collation")
struct CollationTests {
    @Test("The Vietnamese alphabet: a < ă < â < b, d < đ < e, o < ô < ơ, u < ư")
    func alphabet() {
        let words = ["ư", "đa", "ơ", "b", "â", "e", "ă", "u", "o", "ô", "d", "a"]
        #expect(
            words.sorted(by: VietnameseCollation.precedes) == [
                "a", "ă", "â", "b", "d", "đa", "e", "o", "ô", "ơ", "u", "ư",
            ])
    }

    @Test("Letters decide before tones; tones in dictionary order")
    func tones() {
        let words = ["ạ", "á", "ã", "ả", "à", "a", "ab"]
        #expect(words.sorted(by: VietnameseCollation.precedes) == ["a", "à", "ả", "ã", "á", "ạ", "ab"])
        #expect(VietnameseCollation.precedes("Ánh", "Anh") == false)
        #expect(VietnameseCollation.precedes("Anh", "Ánh"))
        #expect(VietnameseCollation.precedes("Ánh", "Bình"))
    }

    @Test("People sort by given name, written last")
    func names() {
        let names = ["Trần Thị Bình", "Nguyễn Văn An", "Lê Đức", "Phạm Dũng", "Đỗ Ánh"]
        let expected = ["Nguyễn Văn An", "Đỗ Ánh", "Trần Thị Bình", "Phạm Dũng", "Lê Đức"]
        #expect(VietnameseCollation.sortedByGivenName(names) == expected)
    }

    @Test("NFD and NFC text sort the same")
    func normalization() {
        let nfd = "Đặng".decomposedStringWithCanonicalMapping
        // Neither comes first: they are the same name.
        #expect(!VietnameseCollation.precedes(nfd, "Đặng") && !VietnameseCollation.precedes("Đặng", nfd))
        #expect(VietnameseCollation.precedes("Dương", nfd) && VietnameseCollation.precedes(nfd, "Đinh"))
        let words = ["ư", "đa", "ơ", "ạ", "á", "ã", "ả", "à", "â", "ă", "a", "Đặng", "Dương"]
        let decomposed = words.map(\.decomposedStringWithCanonicalMapping)
        #expect(
            decomposed.sorted(by: VietnameseCollation.precedes).map(\.precomposedStringWithCanonicalMapping)
                == words.sorted(by: VietnameseCollation.precedes))
    }
}
