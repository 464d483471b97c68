import Foundation
import HoithaoModel
import HoithaoProceedings

/// Name cards: folded table cards (biển tên để bàn) for the chairs' table, an A4 sheet in landscape folded in half
/// along its length, the name on both faces (the upper one turned, so that it reads upright once folded); and badges
/// (thẻ đeo) of 85 × 54 mm, the size of an ID card and of common badge holders, ten to a sheet with cut lines.
struct NameCards {
    let kit: PrintKit

    static let tableCardName = NameFit(largest: 60, smallest: 30, width: Paper.mm(267))
    static let badgeName = NameFit(largest: 17, smallest: 10, width: Paper.mm(77))
    static let badge = (width: Paper.mm(85), height: Paper.mm(54))

    private var delegates: [Delegate] { kit.delegates(getting: .nameCard) }

    func tableCards() throws -> Data {
        guard !delegates.isEmpty else { throw PrintError(description: Self.noneMessage) }
        let canvas = try kit.canvas(landscape: true)
        let half = canvas.pageHeight / 2
        for delegate in delegates {
            drawFace(delegate, on: canvas, top: half)
            canvas.turned(aboutX: canvas.pageWidth / 2, y: half) { drawFace(delegate, on: canvas, top: half) }
            canvas.line(from: (0, half), to: (canvas.pageWidth, half), weight: 0.4, dashed: true)
            canvas.endPage()
        }
        return try kit.finish(canvas, title: "Biển tên để bàn")
    }

    /// One face in the half below `top`: the name centred, the position and organization under it.
    private func drawFace(_ delegate: Delegate, on canvas: PrintCanvas, top: Double) {
        let width = Self.tableCardName.width
        let left = (canvas.pageWidth - width) / 2
        let name = Self.tableCardName.text(delegate.name, on: canvas)
        let detail = [delegate.position, delegate.organization].compactMap { $0 }.joined(separator: " – ")
        let below =
            detail.isEmpty
            ? nil : NameFit(largest: 18, smallest: 11, width: width, bold: false).text(detail, on: canvas)
        let height = name.height + (below.map { $0.height + 8 } ?? 0)
        var y = top + (canvas.pageHeight - top - height) / 2
        canvas.draw(name, x: left, top: y)
        y += name.height + 8
        if let below { canvas.draw(below, x: left, top: y) }
    }

    func badges() throws -> Data {
        guard !delegates.isEmpty else { throw PrintError(description: Self.noneMessage) }
        let canvas = try kit.canvas()
        let columns = 2
        let rows = 5
        let left = (canvas.pageWidth - Double(columns) * Self.badge.width) / 2
        let top = (canvas.pageHeight - Double(rows) * Self.badge.height) / 2
        for (index, delegate) in delegates.enumerated() {
            let place = index % (columns * rows)
            if index > 0, place == 0 { canvas.endPage() }
            let x = left + Double(place % columns) * Self.badge.width
            let y = top + Double(place / columns) * Self.badge.height
            canvas.frame(x: x, y: y, width: Self.badge.width, height: Self.badge.height, weight: 0.3)
            drawBadge(delegate, on: canvas, x: x, y: y)
        }
        canvas.endPage()
        return try kit.finish(canvas, title: "Thẻ đại biểu")
    }

    private func drawBadge(_ delegate: Delegate, on canvas: PrintCanvas, x: Double, y: Double) {
        let inner = Self.badge.width - Paper.mm(8)
        let left = x + Paper.mm(4)
        let event = NameFit(largest: 7.5, smallest: 6, width: inner).text(kit.workshopName, on: canvas)
        canvas.draw(event, x: left, top: y + Paper.mm(3))
        let ruleY = y + Paper.mm(3) + event.height + 2
        canvas.line(from: (left, ruleY), to: (left + inner, ruleY), weight: 0.4)
        let name = Self.badgeName.text(delegate.name, on: canvas)
        let position = delegate.position.map { canvas.text($0, size: 8.5, width: inner, alignment: .center) }
        let organization = delegate.organization.map {
            NameFit(largest: 8, smallest: 6, width: inner, bold: false).text($0, on: canvas)
        }
        let category = delegate.category.map {
            canvas.text($0.uppercased(), size: 7, bold: true, width: inner, alignment: .center)
        }
        var cursor = ruleY + 5
        for text in [name, position, organization].compactMap({ $0 }) {
            canvas.draw(text, x: left, top: cursor)
            cursor += text.height + 2
        }
        if let category { canvas.draw(category, x: left, top: y + Self.badge.height - Paper.mm(3) - category.height) }
    }

    static let noneMessage =
        "no delegate in the list gets a name card; leave the `tài liệu` column empty or write `thẻ` in it"
}
