import HoithaoModel
import Testing

@Suite("Slugs by the Vietnamese rules")
struct SlugTests {
    @Test(
        "Diacritics are stripped and đ becomes d",
        arguments: [
            ("Hội thảo Đắk Lắk", "hoi-thao-dak-lak"),
            ("Phát triển cụm tương hỗ vải thiều", "phat-trien-cum-tuong-ho-vai-thieu"),
            ("  KẾ HOẠCH — số 12/KH ", "ke-hoach-so-12-kh"),
            ("Ưu đãi ơn", "uu-dai-on"),
            ("already-a-slug", "already-a-slug"),
        ])
    func make(text: String, slug: String) {
        #expect(Slug.make(from: text) == slug)
        #expect(Slug.make(from: text.decomposedStringWithCanonicalMapping) == slug)
    }

    @Test("Only slugs are valid folder names")
    func validity() {
        #expect(Slug.isValid("vai-thieu-2020"))
        #expect(!Slug.isValid("Vai-thieu"))
        #expect(!Slug.isValid("vải thiều"))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("a--b"))
    }
}
