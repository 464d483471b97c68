import Foundation
import HoithaoModel
import HoithaoProceedings

/// Danh sách đại biểu ký tên: for each day and each participant category, a ruled table (STT, họ và tên, chức vụ,
/// đơn vị, chữ ký) whose heading and column titles are repeated on every page, pages numbered "Trang x/y" within
/// the sheet.
struct SignInSheets {
    let kit: PrintKit

    /// The title of delegates without a category.
    static let otherDelegates = "Đại biểu khác"
    static let bodySize = 11.0
    static let minimumRowHeight = 30.0

    /// One sheet: a category's delegates on one day.
    struct Sheet {
        var day: CalendarDate
        var category: String
        var delegates: [Delegate]
    }

    /// The sheets in order: by day, then by the plan's categories, then the list's other categories.
    func sheets() -> [Sheet] {
        let groups = Self.byCategory(kit.delegates, plan: kit.plan)
        return OfficialText.days(of: kit.plan).flatMap { day in
            groups.map { Sheet(day: day, category: $0.category, delegates: $0.delegates) }
        }
    }

    /// The delegates by category: the plan's categories first, in its order, then others as the list has them.
    static func byCategory(_ delegates: [Delegate], plan: Plan) -> [(category: String, delegates: [Delegate])] {
        var order = plan.participants.map(\.name)
        for delegate in delegates {
            let category = delegate.category ?? otherDelegates
            if !order.contains(category) { order.append(category) }
        }
        return order.compactMap { category in
            let members = delegates.filter { ($0.category ?? otherDelegates) == category }
            return members.isEmpty ? nil : (category, members)
        }
    }

    func make() throws -> Data {
        guard !kit.delegates.isEmpty else { throw PrintError(description: "the delegate list has no delegates") }
        let canvas = try kit.canvas()
        for sheet in sheets() { draw(sheet, on: canvas) }
        return try kit.finish(canvas, title: "Danh sách đại biểu ký tên")
    }

    private static let columns = [
        RuledTable.Column(title: "STT", share: 0.07, centered: true),
        RuledTable.Column(title: "Họ và tên", share: 0.24),
        RuledTable.Column(title: "Chức vụ", share: 0.19), RuledTable.Column(title: "Đơn vị", share: 0.30),
        RuledTable.Column(title: "Chữ ký", share: 0.20),
    ]

    private func draw(_ sheet: Sheet, on canvas: PrintCanvas) {
        let left = Paper.mm(20)
        let width = canvas.pageWidth - left - Paper.mm(15)
        let table = RuledTable(
            columns: Self.columns, width: width, size: Self.bodySize, minimumRowHeight: Self.minimumRowHeight)
        let heading = table.heading(on: canvas)
        let rows = sheet.delegates.enumerated().map { index, delegate in
            table.row(
                [String(index + 1), delegate.name, delegate.position ?? "", delegate.organization ?? "", ""], on: canvas
            )
        }
        let title = titleBlock(sheet, canvas: canvas, width: width)
        let top = Paper.mm(15)
        let bottom = canvas.pageHeight - Paper.mm(20)
        let tableTop = top + title.reduce(0) { $0 + $1.height } + 10
        let headingHeight = heading.height
        let heights = rows.map(\.height)
        var pages: [[Int]] = [[]]
        var y = tableTop + headingHeight
        for (index, height) in heights.enumerated() {
            if y + height > bottom, !(pages.last ?? []).isEmpty {
                pages.append([])
                y = tableTop + headingHeight
            }
            pages[pages.count - 1].append(index)
            y += height
        }
        for (number, page) in pages.enumerated() {
            var y = top
            for text in title {
                canvas.draw(text, x: left, top: y)
                y += text.height
            }
            y = tableTop
            table.draw(heading, x: left, top: y, on: canvas)
            y += headingHeight
            for index in page {
                table.draw(rows[index], x: left, top: y, on: canvas)
                y += heights[index]
            }
            let folio = canvas.text(
                "Trang \(number + 1)/\(pages.count)", size: 10, width: width, alignment: .center)
            canvas.draw(folio, x: left, top: canvas.pageHeight - Paper.mm(14))
            canvas.endPage()
        }
    }

    private func titleBlock(_ sheet: Sheet, canvas: PrintCanvas, width: Double) -> [PrintText] {
        [
            canvas.text("DANH SÁCH ĐẠI BIỂU KÝ TÊN", size: 14, bold: true, width: width, alignment: .center),
            canvas.text(kit.workshopName, size: 12, bold: true, width: width, alignment: .center),
            canvas.text(
                [
                    PrintRun("Thành phần: "), PrintRun(sheet.category, bold: true),
                    PrintRun(" – " + OfficialText.weekdayAndDate(sheet.day)),
                ], size: 12, width: width, alignment: .center),
        ]
    }
}
