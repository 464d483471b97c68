import Testing

@testable import HoithaoProceedings

@Suite("Typesetting within the font files Cairo 1.16 keeps open")
struct FontBudgetTests {
    @Test("the default typefaces take fewer files than Cairo keeps open, so books keep every core")
    func defaults() {
        #expect(FontBudget.fileCount(.a4) < FontBudget.openFiles)
    }

    @Test("three other families with their fallbacks take too many: books are typeset one at a time")
    func many() {
        var layout = BookLayout.a4
        layout.serif = "DejaVu Serif"
        layout.sans = "Liberation Sans"
        #expect(FontBudget.fileCount(layout) >= FontBudget.openFiles)
        #expect(FontBudget.typesetting(layout) { $0 } == false)
        #expect(FontBudget.typesetting(.a4) { $0 } == true)
    }

    @Test("the fingerprint names each font file with its size and time, and changes with the families")
    func fingerprint() {
        let noto = BookLayout.a4.fontFingerprint
        #expect(noto.contains("NotoSerif-Regular.ttf#0 "))
        #expect(noto.contains("NotoMono-Regular.ttf#0 "))
        #expect(noto == BookLayout.a5.fontFingerprint)
        var other = BookLayout.a4
        other.serif = "DejaVu Serif"
        #expect(other.fontFingerprint.contains("DejaVuSerif.ttf#0 "))
        #expect(other.fontFingerprint != noto)
    }

    @Test("the content's characters beyond English and Vietnamese are listed once, in order")
    func unusualCharacters() {
        let found = BookLayout.unusualCharacters(in: ["Giá ≤ 5 € khi x → y", "Nhiệt độ ≤ 30°C", "“tốt” — ổn…"])
        #expect(found == "°€→≤")
    }

    @Test("math signs that Noto Serif lacks bring fallback fonts, which count toward the open files")
    func fallbacksCount() {
        var layout = BookLayout.a4
        layout.unusualCharacters = BookLayout.unusualCharacters(in: ["≤ ≥ ≈ ≠ → ← √ ∞ ∑ ∫ ∂ ∆ ∈ ∀ ⊂ ⇒"])
        #expect(FontBudget.fileCount(layout) > FontBudget.fileCount(.a4))
        #expect(layout.fontFingerprint == BookLayout.a4.fontFingerprint)
    }
}
