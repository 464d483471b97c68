import HoithaoMarkdown
import HoithaoModel
import Testing

@Suite("Footnotes: [^id] references and [^id]: definitions, numbered by first reference")
struct FootnoteTests {
    let renderer = MarkdownRenderer()

    @Test("Notes are numbered in the order of their first reference, listed at the end with back-links")
    func numbering() {
        let rendered = renderer.render(
            "Một[^b] và hai[^a], lại một[^b].\n\n[^a]: Chú thích A.\n[^b]: Chú thích B.\n")
        let html = rendered.html
        #expect(
            html.contains(
                "Một<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" role=\"doc-noteref\">1</a></sup>"))
        #expect(
            html.contains(
                "hai<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\" role=\"doc-noteref\">2</a></sup>"))
        #expect(html.contains("<a href=\"#fn-1\" id=\"fnref-1-2\" role=\"doc-noteref\">1</a>"))
        let notes = html.components(separatedBy: "<section class=\"footnotes\"").last ?? ""
        #expect(notes.contains("<h2 id=\"footnotes-heading\">Chú thích</h2>"))
        #expect(notes.range(of: "Chú thích B.")!.lowerBound < notes.range(of: "Chú thích A.")!.lowerBound)
        #expect(notes.contains("<li id=\"fn-1\">\n<p>Chú thích B. <a href=\"#fnref-1\" class=\"footnote-back\""))
        #expect(notes.contains("href=\"#fnref-1-2\""))
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test("A note of several paragraphs: the ones after the first are indented by four spaces")
    func severalParagraphs() {
        let html = renderer.render("Văn bản[^1].\n\n[^1]: Đoạn một.\n\n    Đoạn hai.\n\n    - mục\n\nVăn bản tiếp.\n")
            .html
        let notes = html.components(separatedBy: "<section class=\"footnotes\"").last ?? ""
        #expect(notes.contains("<p>Đoạn một.</p>\n<p>Đoạn hai.</p>\n<ul>\n<li>mục"))
        #expect(html.contains("<p>Văn bản tiếp.</p>\n<section"))
    }

    @Test("A one-word definition is a note, not a link reference definition")
    func oneWordDefinition() {
        let html = renderer.render("Nguồn[^2].\n\n[^2]: https://www.gso.gov.vn\n").html
        #expect(html.contains("<a href=\"https://www.gso.gov.vn\">https://www.gso.gov.vn</a>"))
        #expect(html.contains("role=\"doc-noteref\">1</a>"))
    }

    @Test("Undefined, unused and repeated notes are warnings at their lines and columns")
    func problems() {
        let rendered = renderer.render("Có[^x] và[^1].\n\n[^1]: Một.\n[^1]: Lại một.\n[^y]: Thừa.\n")
        let messages = rendered.diagnostics.map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("1:3 the footnote [^x] is not defined") })
        #expect(messages.contains { $0.hasPrefix("4:1 the footnote [^1] is defined twice (first on line 3)") })
        #expect(messages.contains { $0.hasPrefix("5:1 the footnote [^y] is never referenced") })
        #expect(rendered.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(rendered.html.contains("Có[^x] và"))
    }

    @Test("An escaped reference and a reference in code stay as written")
    func escapedStaysText() {
        let html = renderer.render("Viết \\[^1] hay `[^1]`.\n").html
        #expect(html == "<p>Viết [^1] hay <code>[^1]</code>.</p>\n")
    }

    @Test("A definition in a fenced code block is code")
    func definitionInCode() {
        #expect(
            renderer.render("```\n[^1]: không phải chú thích\n    thụt lề\n```\n").html
                == "<pre><code>[^1]: không phải chú thích\n    thụt lề\n</code></pre>\n")
    }

    @Test("The block tree keeps notes apart, each reference as its number")
    func blocks() {
        let document = renderer.document("Có[^a].\n\n[^a]: Ghi chú *nghiêng*.\n")
        #expect(document.blocks == [.paragraph([.text("Có"), .footnote(1), .text(".")])])
        #expect(
            document.footnotes == [
                MarkdownFootnote(
                    number: 1, blocks: [.paragraph([.text("Ghi chú "), .emphasis([.text("nghiêng")]), .text(".")])])
            ])
    }
}
