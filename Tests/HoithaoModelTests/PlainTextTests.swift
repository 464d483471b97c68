import HoithaoModel
import Testing

@Suite("Plain text: line breaks made one, control characters dropped")
struct PlainTextTests {
    @Test("Every kind of line break becomes the format's own, each once")
    func lineBreaks() {
        let text = "a\nb\rc\r\nd\u{85}e\u{2028}f\u{2029}g"
        #expect(PlainText.normalized(text) == "a\nb\nc\nd\ne\nf\ng")
        #expect(PlainText.singleLine(text) == "a b c d e f g")
        #expect(PlainText.normalized("\r\n\r\n") == "\n\n")
    }

    @Test("Other control characters are dropped, tab kept where the format allows it")
    func controls() {
        let text = "a\u{0}\u{7}\u{8}\u{B}\u{C}\u{1B}\u{7F}\u{80}\u{9B}\u{9F}b\tc"
        #expect(PlainText.normalized(text) == "ab\tc")
        #expect(PlainText.singleLine(text) == "ab c")
    }

    @Test("Text with nothing to change is returned as it is, Vietnamese and Latin-1 letters included")
    func untouched() {
        let text = "Hội thảo © 2026 — “Kỷ yếu” ° ½"
        #expect(PlainText.normalized(text) == text)
        #expect(PlainText.forTerminal(text) == text)
    }

    @Test("Terminal escape sequences are removed whole, so they cannot recolour, retitle or clear the terminal")
    func terminal() {
        #expect(PlainText.forTerminal("a\u{1B}[1;31mred\u{1B}[0m b") == "ared b")
        #expect(PlainText.forTerminal("\u{1B}]0;pwned\u{7}title") == "title")
        #expect(PlainText.forTerminal("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "link")
        #expect(PlainText.forTerminal("\u{9B}2Jclear\u{1B}c") == "clear")
        #expect(PlainText.forTerminal("line\u{1B}]0;unended\nnext\r\nlast") == "line\nnext\nlast")
        #expect(PlainText.forTerminal("tab\there\u{1B}") == "tab\there")
    }
}
