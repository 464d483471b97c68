import HoithaoModel
import HoithaoProceedings

/// The head of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): on the left the supervising agency,
/// the issuing agency in bold with a short rule under it, and "Số: …" with its blanks kept; on the right the quốc
/// hiệu and the tiêu ngữ, each on one line, the tiêu ngữ with a rule as long as itself, and the place and date.
struct AdministrativeHeader {
    var supervisingAgency: String?
    var issuer: String?
    var number: String?
    var placeAndDate: String

    /// The size the quốc hiệu is set at, unless it would not fit its column on one line.
    static let nationalNameSize = 12.5

    /// Draws the header at the flow's position and moves below it.
    func draw(in flow: PageFlow) {
        let canvas = flow.canvas
        var nationalName = canvas.text(OfficialText.nationalName, size: Self.nationalNameSize, bold: true)
        var size = Self.nationalNameSize
        while nationalName.width > flow.width * 0.62, size > 9 {
            size -= 0.5
            nationalName = canvas.text(OfficialText.nationalName, size: size, bold: true)
        }
        let rightWidth = nationalName.width + 8
        let leftWidth = flow.width - rightWidth
        let rightX = flow.left + leftWidth
        let top = flow.y
        var leftY = top
        if let agency = supervisingAgency {
            let text = canvas.text(agency.uppercased(), size: size, width: leftWidth - 8, alignment: .center)
            canvas.draw(text, x: flow.left, top: leftY)
            leftY += text.height
        }
        if let issuer {
            let text = canvas.text(
                issuer.uppercased(), size: size, bold: true, width: leftWidth - 8, alignment: .center)
            canvas.draw(text, x: flow.left, top: leftY)
            leftY += text.height + 3
            let rule = min(text.width, leftWidth - 8) / 3
            canvas.line(
                from: (flow.left + (leftWidth - 8 - rule) / 2, leftY),
                to: (flow.left + (leftWidth - 8 + rule) / 2, leftY))
        }
        canvas.draw(nationalName, x: rightX + (rightWidth - nationalName.width) / 2, top: top)
        let motto = canvas.text(OfficialText.motto, size: size + 1, bold: true)
        let mottoTop = top + nationalName.height
        canvas.draw(motto, x: rightX + (rightWidth - motto.width) / 2, top: mottoTop)
        let ruleY = mottoTop + motto.height + 2
        canvas.line(
            from: (rightX + (rightWidth - motto.width) / 2, ruleY), to: (rightX + (rightWidth + motto.width) / 2, ruleY)
        )
        let datedY = max(leftY, ruleY) + 8
        if let number {
            let text = canvas.text("Số: " + number, size: 13, width: leftWidth - 8, alignment: .center)
            canvas.draw(text, x: flow.left, top: datedY)
        }
        var dateSize = 13.0
        var dated = canvas.text(placeAndDate, size: dateSize, italic: true)
        while dated.width > rightWidth + leftWidth / 3, dateSize > 9 {
            dateSize -= 0.5
            dated = canvas.text(placeAndDate, size: dateSize, italic: true)
        }
        canvas.draw(dated, x: rightX + (rightWidth - dated.width) / 2, top: datedY)
        flow.move(to: datedY + dated.height + 12)
    }
}
