import HoithaoMarkdown
import Testing

@Suite("Strikethrough, superscript, subscript and bare links over libcmark")
struct InlineExtensionsTests {
    let renderer = MarkdownRenderer()

    @Test(
        "The GFM spec's strikethrough examples render as the spec says, a single tilde as pandoc's subscript",
        arguments: [
            // GFM 491, where `~there~` is pandoc's subscript, as issue 18 asks, not GFM's strikethrough.
            ("~~Hi~~ Hello, ~there~ world!\n", "<p><del>Hi</del> Hello, <sub>there</sub> world!</p>\n"),
            ("This ~~has a\n\nnew paragraph~~.\n", "<p>This ~~has a</p>\n<p>new paragraph~~.</p>\n"),
            ("This will ~~~not~~~ strike.\n", "<p>This will ~~~not~~~ strike.</p>\n"),
        ])
    func gfmStrikethrough(source: String, html: String) {
        #expect(renderer.render(source).html == html)
    }

    @Test(
        "The GFM spec's extended autolink examples render as the spec says (http, https and www; no ftp)",
        arguments: [
            ("www.commonmark.org\n", "<p><a href=\"http://www.commonmark.org\">www.commonmark.org</a></p>\n"),
            (
                "Visit www.commonmark.org/help for more information.\n",
                "<p>Visit <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a> for more information.</p>\n"
            ),
            (
                "Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.\n\nVisit www.commonmark.org/~jm/foo/bar.pdf.\n",
                "<p>Visit <a href=\"http://www.commonmark.org\">www.commonmark.org</a>.</p>\n"
                    + "<p>Visit <a href=\"http://www.commonmark.org/a.b\">www.commonmark.org/a.b</a>.</p>\n"
                    + "<p>Visit <a href=\"http://www.commonmark.org/~jm/foo/bar.pdf\">www.commonmark.org/~jm/foo/bar.pdf</a>.</p>\n"
            ),
            (
                "www.google.com/search?q=Markup+(business)\n\n(www.google.com/search?q=Markup+(business))\n",
                "<p><a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a></p>\n"
                    + "<p>(<a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>)</p>\n"
            ),
            (
                "www.google.com/search?q=(business))+ok\n",
                "<p><a href=\"http://www.google.com/search?q=(business))+ok\">www.google.com/search?q=(business))+ok</a></p>\n"
            ),
            (
                "www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;\n",
                "<p><a href=\"http://www.google.com/search?q=commonmark&amp;hl=en\">www.google.com/search?q=commonmark&amp;hl=en</a></p>\n"
                    + "<p><a href=\"http://www.google.com/search?q=commonmark\">www.google.com/search?q=commonmark</a>&amp;hl;</p>\n"
            ),
            (
                "www.commonmark.org/he<lp\n",
                "<p><a href=\"http://www.commonmark.org/he\">www.commonmark.org/he</a>&lt;lp</p>\n"
            ),
            // GFM also links ftp://; Hoithao links only the web's schemes.
            (
                "http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n\n"
                    + "Anonymous FTP is available at ftp://foo.bar.baz.\n",
                "<p><a href=\"http://commonmark.org\">http://commonmark.org</a></p>\n"
                    + "<p>(Visit <a href=\"https://encrypted.google.com/search?q=Markup+(business)\">"
                    + "https://encrypted.google.com/search?q=Markup+(business)</a>)</p>\n"
                    + "<p>Anonymous FTP is available at ftp://foo.bar.baz.</p>\n"
            ),
            ("foo@bar.baz\n", "<p><a href=\"mailto:foo@bar.baz\">foo@bar.baz</a></p>\n"),
            (
                "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.\n",
                "<p>hello@mail+xyz.example isn't valid, but "
                    + "<a href=\"mailto:hello+xyz@mail.example\">hello+xyz@mail.example</a> is.</p>\n"
            ),
            (
                "a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_\n",
                "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a></p>\n"
                    + "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a>.</p>\n<p>a.b-c_d@a.b-</p>\n<p>a.b-c_d@a.b_</p>\n"
            ),
            (
                "[a link](http://www.google.com/)stuff?\n",
                "<p><a href=\"http://www.google.com/\">a link</a>stuff?</p>\n"
            ),
        ])
    func gfmAutolinks(source: String, html: String) {
        #expect(renderer.render(source).html == html)
    }

    @Test(
        "Superscript and subscript follow pandoc: no space inside unless escaped, literal in code",
        arguments: [
            ("m^2^, CO~2~ and H~2~O\n", "<p>m<sup>2</sup>, CO<sub>2</sub> and H<sub>2</sub>O</p>\n"),
            ("P~a\\ cell~\n", "<p>P<sub>a cell</sub></p>\n"),
            ("2^10 and ^a b^ and ~a b~\n", "<p>2^10 and ^a b^ and ~a b~</p>\n"),
            ("Escaped \\~~not~~ and \\^not^\n", "<p>Escaped ~~not~~ and ^not^</p>\n"),
            ("`~~x~~ m^2^ H~2~O www.example.org`\n", "<p><code>~~x~~ m^2^ H~2~O www.example.org</code></p>\n"),
            ("```\n~~x~~ m^2^\n```\n", "<pre><code>~~x~~ m^2^\n</code></pre>\n"),
            ("~~a *b* c~~\n", "<p><del>a <em>b</em> c</del></p>\n"),
            ("**~~a~~** [~~b~~](/x)\n", "<p><strong><del>a</del></strong> <a href=\"/x\"><del>b</del></a></p>\n"),
        ])
    func scripts(source: String, html: String) {
        #expect(renderer.render(source).html == html)
    }

    @Test("The block tree carries the marks and links the HTML has")
    func blocks() {
        let blocks = renderer.blocks("~~old~~ m^2^ H~2~O www.example.org\n")
        #expect(
            blocks == [
                .paragraph([
                    .mark(.strikethrough, [.text("old")]), .text(" m"), .mark(.superscript, [.text("2")]), .text(" H"),
                    .mark(.subscript, [.text("2")]), .text("O "),
                    .link(url: "http://www.example.org", [.text("www.example.org")]),
                ])
            ])
    }
}
