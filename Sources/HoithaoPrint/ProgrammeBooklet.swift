import Foundation
import HoithaoModel
import HoithaoProceedings

/// The programme (chương trình) on A4: the workshop's name, time and venue, the agenda day by day as a table of
/// times, items and speakers, and a QR code to the agenda online, drawn as vector squares with a quiet zone.
struct ProgrammeBooklet {
    let kit: PrintKit
    private var plan: Plan { kit.plan }

    func make() throws -> Data {
        guard !plan.agenda.isEmpty else {
            throw PrintError(description: "the plan has no `agenda`; write the programme in plan.yaml first")
        }
        guard let url = kit.agendaURL else {
            throw PrintError(
                description: "the programme's QR code needs the agenda's address; set `base_url` in site.yaml")
        }
        guard let code = QRCode(url) else {
            throw PrintError(description: "the address \(url) is too long for a QR code")
        }
        let canvas = try kit.canvas()
        let flow = PageFlow(canvas, left: Paper.mm(20), right: Paper.mm(20))
        flow.paragraph([PrintRun("CHƯƠNG TRÌNH", bold: true)], size: 18, alignment: .center, before: 0)
        flow.paragraph([PrintRun(kit.workshopName, bold: true)], size: 14, alignment: .center)
        flow.paragraph(
            [
                PrintRun(
                    "Ngày \(OfficialText.dates(of: plan)) – \([plan.venue.name, plan.venue.building].compactMap { $0 }.joined(separator: ", "))"
                )
            ],
            size: 12, alignment: .center)
        for day in plan.agenda { draw(day, in: flow) }
        drawCode(code, url: url, in: flow)
        canvas.endPage()
        return try kit.finish(canvas, title: "Chương trình")
    }

    private func draw(_ day: AgendaDay, in flow: PageFlow) {
        flow.paragraph(
            [PrintRun(OfficialText.weekdayAndDate(day.date), bold: true)], size: 13, alignment: .left, before: 12)
        for session in day.sessions {
            let heading = [session.title, session.room.map { "phòng: " + $0 }, session.chair.map { "chủ trì: " + $0 }]
                .compactMap { $0 }.joined(separator: " – ")
            if !heading.isEmpty {
                flow.paragraph([PrintRun(heading, italic: true)], size: 11.5, alignment: .left, before: 5)
            }
            for item in session.items { draw(item, in: flow) }
        }
    }

    private func draw(_ item: AgendaItem, in flow: PageFlow) {
        let canvas = flow.canvas
        let timeWidth = Paper.mm(28)
        let time = item.start.text + (item.end.map { "–" + $0.text } ?? "")
        let speakers = item.speakers.map { $0.name + ($0.affiliation.map { ", " + $0 } ?? "") }.joined(separator: "; ")
        let timeText = canvas.text(time, size: 11, width: timeWidth)
        let content = canvas.text(
            [PrintRun(item.title)] + (speakers.isEmpty ? [] : [PrintRun("\n" + speakers, italic: true)]), size: 11,
            width: flow.width - timeWidth, alignment: .left)
        flow.ensure(content.height + 4)
        flow.skip(4)
        canvas.draw(timeText, x: flow.left, top: flow.y)
        flow.place(content, indent: timeWidth)
    }

    /// The code, 4 modules of quiet zone around it, and the address under it.
    private func drawCode(_ code: QRCode, url: String, in flow: PageFlow) {
        let canvas = flow.canvas
        let side = Paper.mm(35)
        let module = side / Double(code.size + 8)
        let caption = canvas.text("Chương trình trực tuyến: " + url, size: 9, width: flow.width, alignment: .center)
        flow.ensure(side + caption.height + 12)
        flow.skip(12)
        let x = flow.left + (flow.width - side) / 2 + 4 * module
        let y = flow.y + 4 * module
        var squares: [(x: Double, y: Double, width: Double, height: Double)] = []
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                squares.append((x + Double(column) * module, y + Double(row) * module, module, module))
            }
        }
        canvas.fill(squares)
        canvas.link(x: x, y: y, width: side - 8 * module, height: side - 8 * module, url: url)
        flow.skip(side)
        flow.place(caption)
    }
}
