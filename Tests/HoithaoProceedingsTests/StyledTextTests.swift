import HoithaoMarkdown
import Testing

@testable import HoithaoProceedings

@Suite("Text for the typesetter")
struct StyledTextTests {
    /// The lengths, in bytes, of the runs between spaces and break opportunities.
    func runs(_ text: String) -> [Int] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{200B}" }).map(\.utf8.count)
    }

    @Test("A 200,000-letter word gets a break opportunity at least every 300 bytes, and loses no letter")
    func longWord() {
        let word = String(repeating: "ư", count: 200_000)
        let text = StyledText(inlines: [.text(word)])
        #expect(runs(text.string).allSatisfy { $0 <= StyledText.unbreakableRun })
        #expect(text.string.replacingOccurrences(of: "\u{200B}", with: "") == word)
    }

    @Test("A run is counted across styles, and ordinary words are left as they are")
    func acrossStyles() {
        let pieces: [MarkdownInline] = (0..<1000).map { $0 % 2 == 0 ? .text("abcdefghij") : .strong([.text("klmno")]) }
        let text = StyledText(inlines: pieces)
        #expect(runs(text.string).allSatisfy { $0 <= StyledText.unbreakableRun })
        let sentence = "Người trồng vải ở Lục Ngạn, https://example.org/a/very/long/but/ordinary/address/of/a/page.html"
        #expect(StyledText(inlines: [.text(sentence)]).string == sentence)
    }

    @Test("Control characters and line breaks from content do not reach the typesetter")
    func controls() {
        #expect(
            StyledText(inlines: [.text("a\u{7}b\u{1B}c\rd"), .lineBreak, .code("e\u{85}f")]).string
                == "abc d\u{2028}e f")
    }
}
