import HoithaoMarkdown
import Testing

@testable import HoithaoProceedings

@Suite("A paper's reference list in the PDFs")
struct ReferenceListTests {
    static let entry = MarkdownBlock.paragraph([
        .text(
            "Nguyễn Văn B, Trần Thị C (2021). Bảo quản vải thiều tươi sau thu hoạch bằng chuỗi lạnh: hướng dẫn "
                + "cho hợp tác xã và doanh nghiệp xuất khẩu, tái bản lần thứ hai có sửa chữa và bổ sung. Nhà xuất "
                + "bản Nông nghiệp, Hà Nội.")
    ])

    /// A paper of `count` one-line paragraphs, then its reference list's heading and three entries.
    static func paper(after count: Int) -> [MarkdownBlock] {
        (0..<count).map { .paragraph([.text("Đoạn \($0).")]) } + [
            .heading(level: 2, [.text("Tài liệu tham khảo")], id: "tai-lieu-tham-khao"),
            .references([entry, entry, entry]),
        ]
    }

    @Test("Wherever the page breaks, the heading stays with the whole of the first entry, and no entry is split")
    func keptTogether() throws {
        let shaping = try #require(ShapingContext())
        let type = Typography(context: shaping.context, layout: .a5)
        let flow = BlockFlow(type: type, images: ImageFinder(base: "/", root: "/") { _ in throw CancellationError() })
        for count in 0..<40 {
            let items = flow.items(Self.paper(after: count))
            let pages = Paginator(bodyHeight: BookLayout.a5.bodyHeight).paginate(
                BookPart(items: items, runningHeads: nil)
            ).pages
            func placements(of item: Int) -> [(page: Int, lines: Range<Int>)] {
                pages.indices.flatMap { page in
                    pages[page].placements.filter { $0.item == item }.map { (page, $0.lines) }
                }
            }
            let heading = placements(of: count)
            let entries = (count + 1...count + 3).map(placements)
            #expect(entries.allSatisfy { $0.count == 1 }, "after \(count) paragraphs: \(entries)")
            #expect(heading.first?.page == entries[0].first?.page, "after \(count) paragraphs")
        }
    }
}
