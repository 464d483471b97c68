import HoithaoMarkdown
import Testing

@Suite("Markdown parsed once and shared")
struct ParsedMarkdownTests {
    let source = """
        # Mở đầu

        Văn bản[^1] với <b>HTML</b>, ==đánh dấu==, H~2~O và [liên kết](javascript:alert(1)).

        | Năm | Sản lượng |
        |---|---:|
        | 2023 | 1.200 |

        : Sản lượng theo năm

        ![Vườn vải](vuon.png)

        ## Mở đầu

        [^1]: Chú thích.

        """

    @Test("The blocks kept as a text is rendered are those a parse of their own gives", arguments: [false, true])
    func keptBlocksMatch(allowsRawHTML: Bool) {
        let parsed = ParsedMarkdown(keepsDocuments: true)
        let renderer = MarkdownRenderer(allowsRawHTML: allowsRawHTML, parsed: parsed).labelling(in: .english)
        let html = renderer.render(source).html
        let alone = MarkdownRenderer(allowsRawHTML: allowsRawHTML).labelling(in: .english)
        #expect(renderer.document(source) == alone.document(source))
        #expect(html == alone.render(source).html)
        #expect(parsed.parses(of: source) == 1)
    }

    @Test("Other labels are another parse: the captions' words differ")
    func labelsCount() {
        let parsed = ParsedMarkdown(keepsDocuments: true)
        let renderer = MarkdownRenderer(parsed: parsed)
        _ = renderer.render(source)
        _ = renderer.document(source)
        _ = renderer.labelling(in: .english).document(source)
        #expect(parsed.parses(of: source) == 2)
    }

    @Test("A build without books keeps no blocks: asking for them parses")
    func withoutBooks() {
        let parsed = ParsedMarkdown(keepsDocuments: false)
        let renderer = MarkdownRenderer(parsed: parsed)
        _ = renderer.render(source)
        _ = renderer.document(source)
        #expect(parsed.parses(of: source) == 2)
    }
}
