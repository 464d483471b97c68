import HoithaoMarkdown
import Testing

@Suite("Markdown through libcmark")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test(
        "CommonMark spec examples render as the spec says",
        arguments: [
            ("*foo*bar\n", "<p><em>foo</em>bar</p>\n"),
            ("- a\n- b\n\n  c\n", "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n<p>c</p>\n</li>\n</ul>\n"),
            ("> # Foo\n> bar\n", "<blockquote>\n<h1 id=\"foo\">\nFoo\n</h1>\n<p>bar</p>\n</blockquote>\n"),
            ("`hi`lo`\n", "<p><code>hi</code>lo`</p>\n"),
            (
                "    a simple\n      indented code block\n",
                "<pre><code>a simple\n  indented code block\n</code></pre>\n"
            ),
            ("[link](/uri \"title\")\n", "<p><a href=\"/uri\" title=\"title\">link</a></p>\n"),
            ("***\n", "<hr />\n"),
            ("1. one\n2. two\n", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"),
            ("a & b < c\n", "<p>a &amp; b &lt; c</p>\n"),
        ])
    func commonMark(source: String, html: String) {
        #expect(renderer.render(source).html == html)
    }

    @Test("Raw HTML is omitted by default and passed through when the site opts in")
    func rawHTML() {
        let source = "<script>alert(1)</script>\n\nText <b>bold</b>\n"
        let safe = renderer.render(source).html
        #expect(!safe.contains("<script"))
        #expect(!safe.contains("<b>"))
        #expect(safe.contains("<!-- raw HTML omitted -->"))
        let unsafe = MarkdownRenderer(allowsRawHTML: true).render(source).html
        #expect(unsafe.contains("<script>alert(1)</script>"))
        #expect(unsafe.contains("<b>bold</b>"))
    }

    @Test(
        "Unsafe link schemes are dropped",
        arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "file:///etc/passwd"])
    func unsafeLinks(url: String) {
        let html = renderer.render("[click](\(url))\n").html
        #expect(html == "<p><a href=\"\">click</a></p>\n")
    }

    @Test("Vietnamese headings get ASCII anchors, in the outline and in the HTML")
    func vietnameseHeadings() {
        let result = renderer.render("# Giới thiệu\n\n## Đặt vấn đề\n\n### Kết luận *chung*\n\n## Kết luận chung\n")
        #expect(result.headings.map(\.id) == ["gioi-thieu", "dat-van-de", "ket-luan-chung", "ket-luan-chung-2"])
        #expect(result.headings.map(\.text) == ["Giới thiệu", "Đặt vấn đề", "Kết luận chung", "Kết luận chung"])
        #expect(result.headings.map(\.level) == [1, 2, 3, 2])
        #expect(result.html.contains("<h2 id=\"dat-van-de\">\nĐặt vấn đề\n</h2>"))
        #expect(result.html.contains("<h3 id=\"ket-luan-chung\">\nKết luận <em>chung</em>\n</h3>"))
    }

    @Test("Heading text and ids come out NFC even when the source is NFD")
    func nfdHeading() {
        let nfd = "## Hội thảo".decomposedStringWithCanonicalMapping
        let heading = renderer.render(nfd + "\n").headings[0]
        #expect(heading.text.unicodeScalars.elementsEqual("Hội thảo".unicodeScalars))
        #expect(heading.id == "hoi-thao")
    }

    @Test("Heading ids never take an id the page layout uses")
    func reservedIDs() {
        let result = renderer.render("## Main\n\n## Top\n")
        #expect(result.headings.map(\.id) == ["main-2", "top-2"])
    }

    @Test("An empty or symbol-only heading still gets an id")
    func emptyHeading() {
        #expect(renderer.render("## ???\n").headings.map(\.id) == ["muc"])
    }
}
