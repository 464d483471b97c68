import Foundation
import HoithaoModel
import Testing

@testable import HoithaoIncremental

@Suite("The paper cache's file format")
struct PaperCacheFormatTests {
    /// A paper with every field set, Vietnamese text included.
    let paper = Paper(
        slug: "thuc-trang", title: "Thực trạng sản xuất vải thiều",
        authors: [
            Author(
                name: "Nguyễn Văn A", affiliation: "Viện Rau quả", orcid: "0000-0002-1825-0097", email: "a@vien.vn",
                emailIsPublic: true, phone: "0912 345 678", phoneIsPublic: false),
            Author(name: "Lê Thị B"),
        ],
        abstract: "Tóm tắt.", keywords: ["vải thiều", "Lục Ngạn"], language: .english, section: "Phiên 1", order: 3,
        body: RenderedMarkdown(
            html: "<h2 id=\"mo-dau\">Mở đầu</h2>\n<p>Nội dung.</p>\n",
            headings: [Heading(level: 2, text: "Mở đầu", id: "mo-dau")], markdown: "## Mở đầu\n\nNội dung.\n"),
        source: "Content/workshops/a/papers/thuc-trang.md")

    @Test("Every field of a paper and its digests come back as they were written")
    func roundTrip() {
        let entry = WorkshopPapers.Entry(
            file: Digest("bytes"), paper: paper,
            text: Digest("a"), front: Digest(value: UInt64.max), body: Digest())
        var writer = CacheWriter()
        writer.entry(entry)
        writer.string("after")
        var reader = CacheReader(Data(writer.bytes))
        let read = reader.entry()
        #expect(read?.paper == paper)
        #expect(
            read.map { [$0.file, $0.text, $0.front, $0.body] } == [entry.file, entry.text, entry.front, entry.body])
        #expect(reader.string() == "after")
    }

    @Test("Cut short anywhere, the bytes read as nothing rather than as a wrong paper")
    func truncated() {
        var writer = CacheWriter()
        writer.entry(
            WorkshopPapers.Entry(
                file: Digest(), paper: paper, text: Digest(),
                front: Digest(), body: Digest()))
        for length in stride(from: 0, to: writer.bytes.count, by: 7) {
            var reader = CacheReader(Data(writer.bytes.prefix(length)))
            #expect(reader.entry() == nil)
        }
    }
}
