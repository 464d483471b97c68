import HoithaoMarkdown
import Testing

@Suite("Markdown as a block tree, for the proceedings typesetter")
struct MarkdownBlocksTests {
    let renderer = MarkdownRenderer()

    @Test("paragraphs, headings, nested lists, quotes, code, rules and pictures become blocks")
    func structure() {
        let source = """
            # Tiêu đề

            Đoạn *nghiêng* và **đậm**, `mã`\\
            dòng mới.

            3. một
               - con
            4. hai

            > trích

            ```swift
            let a = 1
            ```

            ***

            ![Sơ đồ](hinh/so-do.png)
            """
        #expect(
            renderer.blocks(source) == [
                .heading(level: 1, [.text("Tiêu đề")], id: "tieu-de"),
                .paragraph([
                    .text("Đoạn "), .emphasis([.text("nghiêng")]), .text(" và "), .strong([.text("đậm")]), .text(", "),
                    .code("mã"), .lineBreak, .text("dòng mới."),
                ]),
                .list(
                    ordered: true, start: 3,
                    items: [
                        [
                            .paragraph([.text("một")]),
                            .list(ordered: false, start: 0, items: [[.paragraph([.text("con")])]]),
                        ],
                        [.paragraph([.text("hai")])],
                    ]),
                .quote([.paragraph([.text("trích")])]),
                .code("let a = 1", language: "swift"),
                .thematicBreak,
                .figure(
                    MarkdownFigure(
                        url: "hinh/so-do.png", alt: "Sơ đồ",
                        caption: MarkdownCaption(label: "Hình 1.", text: [.text("Sơ đồ")], id: "figure-1"))),
            ])
    }

    @Test("heading ids are the ones the HTML anchors use, duplicates and reserved ids included")
    func headingIDs() {
        let source = "## Kết luận\n\n## Kết luận\n\n## Main\n\n## `Mã` nguồn\n"
        let ids = renderer.blocks(source).compactMap { block -> String? in
            if case .heading(_, _, let id) = block { return id }
            return nil
        }
        #expect(ids == renderer.render(source).headings.map(\.id))
        #expect(ids == ["ket-luan", "ket-luan-2", "main-2", "ma-nguon"])
    }

    @Test("unsafe links lose their URL and raw HTML is left out")
    func safety() {
        let source = "[a](javascript:alert(1)) [b](https://example.vn) <b>x</b>\n\n<div>khối</div>\n"
        #expect(
            renderer.blocks(source) == [
                .paragraph([.text("a "), .link(url: "https://example.vn", [.text("b")]), .text(" x")])
            ])
    }
}
