import HoithaoMarkdown
import HoithaoModel
import Testing

@Suite("Numbered figures and tables, cross-references to them, and reference lists")
struct FigureTableNumberingTests {
    let renderer = MarkdownRenderer()

    @Test("A picture alone is a figure; an emphasized line under it is its caption, whose own number is replaced")
    func figureWithCaption() {
        let html = renderer.render("![Bản đồ](hinh/ban-do.png){#fig:ban-do}\n*Hình 7. Bản đồ vùng trồng vải*\n").html
        #expect(
            html
                == "<figure class=\"figure\" id=\"fig-ban-do\">\n<img src=\"hinh/ban-do.png\" alt=\"Bản đồ\" />"
                + "<figcaption><span class=\"caption-number\">Hình 1.</span> Bản đồ vùng trồng vải</figcaption>\n</figure>\n"
        )
    }

    @Test("A caption may be the next paragraph; without one the alt text is the caption; numbers run in order")
    func figureCaptionSources() {
        let html = renderer.render("![Sơ đồ A](a.png)\n\n![](b.png)\n\nHình: Sơ đồ B\n").html
        #expect(html.contains("<span class=\"caption-number\">Hình 1.</span> Sơ đồ A</figcaption>"))
        #expect(html.contains("<span class=\"caption-number\">Hình 2.</span> Sơ đồ B</figcaption>"))
        #expect(!html.contains("<p>"))
    }

    @Test("In an English workshop a figure is a Figure, a table a Table")
    func english() {
        let html = MarkdownRenderer(language: .english).render(
            "![Map](m.png)\n\n| a |\n|---|\n| 1 |\n\nTable: Yields\n"
        ).html
        #expect(html.contains(">Figure 1.</span> Map"))
        #expect(
            html.contains(
                "<caption id=\"table-1-caption\"><span class=\"caption-number\">Table 1.</span> Yields</caption>"))
    }

    @Test("A table's caption comes from the paragraph above (or below) it; a labelled one takes the label as id")
    func tableCaption() {
        let html = renderer.render("Bảng 3. Năng suất {#tbl:nang-suat}\n\n| Năm | Tấn |\n|:--|--:|\n| 2024 | 9 |\n")
            .html
        #expect(
            html.hasPrefix(
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"tbl-nang-suat-caption\">\n<table id=\"tbl-nang-suat\">\n<caption id=\"tbl-nang-suat-caption\"><span class=\"caption-number\">Bảng 1.</span> Năng suất</caption>"
            ))
        #expect(!html.contains("<p>"))
    }

    @Test("A sentence that starts with the word is no caption")
    func sentenceIsNoCaption() {
        let html = renderer.render("Bảng này cho thấy năng suất.\n\n| a |\n|---|\n| 1 |\n").html
        #expect(html.hasPrefix("<p>Bảng này cho thấy năng suất.</p>"))
        #expect(html.contains("aria-label=\"Bảng\""))
    }

    @Test("@fig:id and @tbl:id print the current number, as links, before or after the figure")
    func crossReferences() {
        let html = renderer.render(
            "Xem @tbl:t và [@fig:b].\n\n![A](a.png)\n\n![B](b.png){#fig:b}\n\n| x |\n|---|\n| 1 |\n\nBảng: T {#tbl:t}\n"
        ).html
        #expect(html.contains("<p>Xem <a href=\"#tbl-t\">Bảng 1</a> và <a href=\"#fig-b\">Hình 2</a>.</p>"))
    }

    @Test("An unknown cross-reference and a label used twice are errors at their places")
    func problems() {
        let rendered = renderer.render("Xem @fig:khong-co.\n\n![A](a.png){#fig:a}\n\n![B](b.png){#fig:a}\n")
        let messages = rendered.diagnostics.map {
            "\($0.severity) \($0.location.line ?? 0):\($0.location.column ?? 0) \($0.message)"
        }
        #expect(messages.contains { $0.hasPrefix("error 1:5 @fig:khong-co refers to no hình of this paper") })
        #expect(messages.contains { $0.hasPrefix("error 5:1 the label {#fig:a} is used twice (first on line 3)") })
        #expect(rendered.html.contains("Xem @fig:khong-co."))
    }

    @Test("An e-mail address and an escaped @ are not cross-references")
    func notCrossReferences() {
        let html = renderer.render("Thư a@fig:b và \\@fig:c.\n").html
        #expect(!html.contains("Hình"))
        #expect(html.contains("\\@fig:c") == false && html.contains("@fig:c"))
    }

    @Test("A reference list is marked, its DOIs linked; numbered headings are recognised")
    func referenceList() {
        let html = renderer.render(
            "## 5. Tài liệu tham khảo\n\n1. Nguyễn A. doi:10.1234/abc.5678.\n2. Trần B. 10.5555/x-y (2020).\n\n## Phụ lục\n\n10.1234/khong-phai\n"
        ).html
        #expect(html.contains("<div class=\"references\">\n<ol>"))
        #expect(html.contains("doi:<a href=\"https://doi.org/10.1234/abc.5678\">10.1234/abc.5678</a>."))
        #expect(html.contains("<a href=\"https://doi.org/10.5555/x-y\">10.5555/x-y</a> (2020)"))
        #expect(html.contains("<p>10.1234/khong-phai</p>"))
        #expect(AuthorNumbering.number(of: "3.1. Phương pháp") == "3.1.")
        #expect(AuthorNumbering.number(of: "3.1 Phương pháp") == "3.1")
        #expect(AuthorNumbering.number(of: "II. NỘI DUNG") == "II.")
        #expect(AuthorNumbering.number(of: "2024 là năm") == nil)
        #expect(AuthorNumbering.number(of: "Đặt vấn đề") == nil)
    }

    @Test("The block tree holds tables and figures with their captions, and whether a caption was written below")
    func blocks() {
        let document = renderer.document("![A](a.png)\n\n| x | y |\n|---|--:|\n| 1 | 2 |\n\nBảng: T\n")
        #expect(
            document.blocks == [
                .figure(
                    MarkdownFigure(
                        url: "a.png", alt: "A",
                        caption: MarkdownCaption(label: "Hình 1.", text: [.text("A")], id: "figure-1"))),
                .table(
                    MarkdownTable(
                        alignments: [.none, .right], header: [[.text("x")], [.text("y")]],
                        rows: [[[.text("1")], [.text("2")]]],
                        caption: MarkdownCaption(label: "Bảng 1.", text: [.text("T")], id: "table-1"),
                        captionBelow: true)),
            ])
        let above = renderer.document("Bảng: T\n\n| x |\n|---|\n| 1 |\n")
        guard case .table(let table)? = above.blocks.first else {
            Issue.record("no table in \(above.blocks)")
            return
        }
        #expect(table.caption?.text == [.text("T")] && !table.captionBelow)
    }
}
