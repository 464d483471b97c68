import Foundation
import HoithaoModel
import HoithaoPrint
import TestSupport
import Testing

@Suite("Sign-in sheets (danh sách đại biểu ký tên)")
struct SignInSheetTests {
    @Test("A sheet per day and category; its heading and column titles on every page, numbered x/y within the sheet")
    func everyPageHasItsHeader() throws {
        let pdf = try #require(try PrintFixture.print(.signIn)["danh-sach-ky-ten.pdf"])
        try PrintFixture.keepPicture(of: pdf, as: "sign-in")
        let pages = try PrintFixture.layoutPages(pdf)
        var sheets: [(heading: String, numbers: [(Int, Int)])] = []
        for page in pages {
            #expect(page.contains("DANH SÁCH ĐẠI BIỂU KÝ TÊN"))
            #expect(page.contains("Hội thảo “Vải thiều & thị trường” <thử>"))
            for title in ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Chữ ký"] { #expect(page.contains(title)) }
            let line = try #require(page.components(separatedBy: "\n").first { $0.contains("Thành phần:") })
            let heading = line.trimmingCharacters(in: .whitespaces)
            let folio = try #require(page.firstMatch(of: /Trang (\d+)\/(\d+)/))
            let number = (Int(folio.1) ?? 0, Int(folio.2) ?? 0)
            if sheets.last?.heading == heading {
                sheets[sheets.count - 1].numbers.append(number)
            } else {
                sheets.append((heading, [number]))
            }
        }
        #expect(
            sheets.map(\.heading) == [
                "Thành phần: Đại biểu Trung ương – Thứ Sáu, ngày 22/5/2020",
                "Thành phần: Đại biểu tỉnh – Thứ Sáu, ngày 22/5/2020",
                "Thành phần: Đại biểu Trung ương – Thứ Bảy, ngày 23/5/2020",
                "Thành phần: Đại biểu tỉnh – Thứ Bảy, ngày 23/5/2020",
            ])
        #expect(sheets.contains { $0.numbers.count > 1 }, "15 delegates with long organizations fill more than a page")
        for sheet in sheets {
            #expect(sheet.numbers.map(\.0) == Array(1...sheet.numbers.count))
            #expect(sheet.numbers.allSatisfy { $0.1 == sheet.numbers.count })
        }
    }

    @Test("Every name of a category is in the name column, whole and in the list's order")
    func namesAreWhole() throws {
        let pdf = try #require(try PrintFixture.print(.signIn)["danh-sach-ky-ten.pdf"])
        let pages = try PDFWords.pages(pdf)
        let layout = try PrintFixture.layoutPages(pdf)
        var column: [String] = []
        for (page, text) in zip(pages, layout) where text.contains("Đại biểu Trung ương – Thứ Sáu") {
            // Column titles are centred: the name column starts where the STT column's title is centred about, and
            // ends as far past the centre of its own title.
            let left = 20 * 72 / 25.4
            let stt = try #require(page.first { $0.text == "STT" })
            let title = try #require(page.phrase("Họ và tên"))
            let start = stt.xMin + stt.xMax - left
            let end = title[0].xMin + title[2].xMax - start
            let names = page.filter { $0.xMin > start && $0.xMax < end && $0.yMin > stt.yMax }
            column += names.sorted { ($0.yMin, $0.xMin) < ($1.yMin, $1.xMin) }.map(\.text)
        }
        let expected = PrintFixture.delegates.filter { $0.category == "Đại biểu Trung ương" }.map(\.name)
        #expect(column.joined(separator: " ") == expected.joined(separator: " "))
    }

    @Test("The same list prints the same bytes")
    func deterministic() throws {
        let kit = try PrintFixture.kit()
        for kind in PrintKind.allCases {
            let first = try kit.make(kind)
            let second = try kit.make(kind)
            #expect(first.map(\.data) == second.map(\.data), "\(kind)")
        }
    }
}
