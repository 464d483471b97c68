import BuildTestSupport
import Foundation
import TestSupport
import Testing

@Suite("A paper's tables, footnotes and references as set in the book and in the paper's own PDF")
struct PaperPDFTests {
    /// A long table with a caption above, a wide table with its caption below, footnotes and a reference list.
    static let paper: String = {
        var rows = ""
        for hour in 0..<60 {
            // Values of different lengths, so that a column that merely followed the text before it would move.
            rows +=
                "| \(String(format: "%02d", hour)):00 | \(hour % 3 == 0 ? "12,25" : "3,\(hour % 10)") | Kho số \(hour)\(hour == 45 ? "[^kho]" : "") |\n"
        }
        let long = String(repeating: "rất dài ", count: 12)
        return """
            ---
            title: Nhiệt độ trong chuỗi lạnh vải thiều
            authors: [{name: Nguyễn Văn A}]
            ---
            ## 1. Số liệu

            @tbl:gio ghi nhiệt độ từng giờ trong thùng vải.[^gio] Xe chờ ở kho lâu nhất.

            Bảng: Nhiệt độ trong thùng theo giờ {#tbl:gio}

            | Giờ | Nhiệt độ (°C) | Nơi để thùng |
            |--:|--:|:--|
            \(rows)
            ## 2. So sánh các tỉnh

            | Tỉnh | Diện tích trồng vải thiều năm 2023 (héc-ta) | Sản lượng thu hoạch (tấn) | Giá bán bình quân tại vườn | Ghi chú của nhóm nghiên cứu về vụ mùa |
            |:--|--:|--:|--:|:--|
            | Bắc Giang | 28 000 | 180 000 | 15 000 đồng/kg | Mùa \(long)|
            | Hải Dương | 9 000 | 55 000 | 14 000 đồng/kg | Chín sớm |

            Bảng: Diện tích, sản lượng và giá vải thiều của các tỉnh

            ## 3. Tài liệu tham khảo

            Nguyễn Văn B, Trần Thị C (2021). Bảo quản vải thiều tươi sau thu hoạch bằng chuỗi lạnh: hướng dẫn cho hợp tác xã và doanh nghiệp xuất khẩu. Nhà xuất bản Nông nghiệp, Hà Nội. doi:10.5555/abc.123

            Lê Văn D (2020). Nhiệt độ và chất lượng quả vải. *Tạp chí Khoa học Nông nghiệp* 3(1): 1–9.

            [^gio]: Số liệu minh hoạ, ghi mười phút một lần.

            [^kho]: Kho tạm ngoài trời, không có mái che.

            """
    }()

    struct BuildFailed: Error {
        var diagnostics: String
    }

    /// The built site's paper PDF and book, each read as words per page.
    static let built: Result<[[[PDFWord]]], any Error> = Result {
        let site = try FixtureSite([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/papers/bai.md": paper,
        ])
        let report = try site.build()
        guard !report.diagnostics.hasErrors else { throw BuildFailed(diagnostics: "\(report.diagnostics)") }
        return try [
            PDFWords.pages(site.outputPath + "/thu/proceedings/bai/bai.pdf"),
            PDFWords.pages(site.outputPath + "/thu/proceedings/thu-ky-yeu.pdf"),
        ]
    }

    static let outputs = [0, 1]

    /// How many different edges (to the nearest point) `words` have.
    static func edges(_ words: [PDFWord], _ edge: KeyPath<PDFWord, Double>) -> Int {
        Set(words.map { Int($0[keyPath: edge].rounded()) }).count
    }

    static func isHour(_ word: PDFWord) -> Bool { word.text.wholeMatch(of: /\d\d:00/) != nil }

    @Test("A table longer than the page goes on over pages, its header row at the top of each", arguments: outputs)
    func longTable(_ output: Int) throws {
        let all: [[PDFWord]] = try Self.built.get()[output]
        let pages = all.filter { $0.contains(where: Self.isHour) }
        #expect(pages.count >= 2)
        for words in pages {
            let header = try #require(words.phrase("Nơi để thùng"))
            let firstRow = try #require(words.filter(Self.isHour).map(\.yMin).min())
            #expect(header[0].yMin < firstRow)
        }
        let hours = pages.flatMap { $0.filter(Self.isHour).map(\.text) }
        #expect(hours == (0..<60).map { String(format: "%02d:00", $0) })
    }

    @Test("Cells stand in columns: a right-aligned column shares its right edge, a left-aligned its left edge")
    func columns() throws {
        let pages: [[PDFWord]] = try Self.built.get()[0]
        for words in pages {
            let hours = words.filter(Self.isHour)
            guard hours.count > 3 else { continue }
            let rows: [[PDFWord]] = hours.map { hour in
                words.filter { abs($0.yMin - hour.yMin) < 1 && $0.xMin > hour.xMin }
            }
            let temperatures = rows.map { $0[0] }
            let places = rows.map { $0[1] }
            #expect(Self.edges(hours, \.xMax) == 1, "\(hours)")
            #expect(Self.edges(temperatures, \.xMax) == 1, "\(temperatures)")
            #expect(Self.edges(places, \.xMin) == 1, "\(places)")
            let hoursEnd = hours[0].xMax
            let temperaturesStart = temperatures.map(\.xMin).min() ?? 0
            let temperaturesEnd = temperatures.map(\.xMax).max() ?? 0
            #expect(hoursEnd < temperaturesStart)
            #expect(temperaturesEnd < places[0].xMin)
        }
    }

    @Test("A table wider than the text block is set smaller, inside the block, its long cells wrapped")
    func wideTable() throws {
        let pages: [[PDFWord]] = try Self.built.get()[0]
        let page = try #require(pages.first { $0.phrase("Ghi chú của nhóm") != nil })
        let body = try #require(pages.flatMap { $0 }.phrase("ghi nhiệt độ từng giờ"))
        let cell = try #require(page.phrase("Bắc Giang"))
        #expect(cell[0].height < body[0].height * 0.8, "\(cell) \(body)")
        // A4 less its margins of 72 and 60 points.
        let rightEdge = cell[0].xMin + 595.276 - 72 - 60
        let smaller = body[0].height * 0.9
        let table = page.filter { $0.yMin >= cell[0].yMin - 40 && $0.height < smaller }
        let outside = table.filter { $0.xMax > rightEdge + 0.5 }
        #expect(outside.isEmpty, "\(outside)")
        let wrapped = page.filter { $0.text == "dài" }
        #expect(Set(wrapped.map { Int($0.yMin) }).count >= 2)
        // Its caption, written after it, is printed after it.
        let caption = try #require(page.phrase("Diện tích, sản lượng và giá"))
        #expect(caption[0].yMin > cell[0].yMin)
    }

    @Test(
        "Each footnote is at the foot of the page that refers to it, under the text, in smaller type",
        arguments: outputs)
    func footnotes(_ output: Int) throws {
        let pages: [[PDFWord]] = try Self.built.get()[output]
        // The reference's number is a word of its own, raised and smaller, right after the word it follows.
        for (reference, note) in [("thùng vải. 1", "1 Số liệu minh hoạ,"), ("Kho số 45 2", "2 Kho tạm ngoài trời,")] {
            let referencePage = try #require(pages.firstIndex { $0.phrase(reference) != nil }, "\(reference)")
            let words = pages[referencePage]
            let number = try #require(words.phrase(reference)?.last)
            let text = try #require(words.phrase(note), "\(note) is not on the page of \(reference)")
            #expect(number.height < text[1].height)
            // Under the note's first line there is nothing in type larger than the note's, but the page number.
            let pageNumberTop = 842 - 72.0
            let larger = words.filter {
                $0.yMin > text[0].yMin && $0.yMin < pageNumberTop && $0.height > text[1].height + 0.5
            }
            #expect(larger.isEmpty, "\(larger)")
        }
        let all = pages.flatMap { $0 }
        #expect(all.phrase("Chú thích") == nil)
    }

    @Test("A reference entry's lines after its first are set further in (a hanging indent)", arguments: outputs)
    func hangingIndent(_ output: Int) throws {
        let pages: [[PDFWord]] = try Self.built.get()[output]
        let words = try #require(pages.first { $0.phrase("Nguyễn Văn B, Trần") != nil })
        let first = try #require(words.phrase("Nguyễn Văn B, Trần"))[0]
        let next = try #require(words.first { $0.yMin > first.yMax - 1 })
        let secondLine = words.filter { abs($0.yMin - next.yMin) < 1 }
        let start = try #require(secondLine.map(\.xMin).min())
        #expect(start > first.xMin + 10, "\(first) \(secondLine)")
    }

    @Test(
        "A note longer than the page is split: it starts under its reference and goes on at the foot of the next pages")
    func longNote() throws {
        let note = (1...300).map { "Câu thứ \($0) của chú thích dài." }.joined(separator: " ")
        let site = try FixtureSite([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/papers/bai.md": "---\ntitle: T\n---\nMở đầu.[^dai]\n\nKết luận.\n\n[^dai]: \(note)\n",
        ])
        try site.build()
        let pages = try PDFWords.pages(site.outputPath + "/thu/proceedings/bai/bai.pdf")
        let first = try #require(pages.firstIndex { $0.phrase("Câu thứ 1 của") != nil })
        let last = try #require(pages.firstIndex { $0.phrase("Câu thứ 300 của") != nil })
        #expect(pages[first].phrase("Mở đầu. 1") != nil)
        #expect(last > first)
        let below = pages.flatMap { $0 }.filter { $0.yMax > 842 - 72 && Int($0.text) == nil }
        #expect(below.isEmpty, "\(below)")
    }
}
