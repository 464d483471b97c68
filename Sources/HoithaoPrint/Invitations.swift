import Foundation
import HoithaoModel
import HoithaoProceedings

/// Giấy mời, one per delegate, in the layout of Nghị định 30/2020/NĐ-CP: the header, "GIẤY MỜI", "Kính gửi: Ông/Bà
/// …" with the delegate's position and organization, the workshop's time, venue and programme in brief, the
/// recipients (nơi nhận) and the signer's block; and envelope labels, fourteen to an A4 sheet (99.1 × 38.1 mm).
struct Invitations {
    let kit: PrintKit
    private var plan: Plan { kit.plan }

    private var delegates: [Delegate] { kit.delegates(getting: .invitation) }

    func letters() throws -> Data {
        guard !delegates.isEmpty else { throw PrintError(description: Self.noneMessage) }
        let canvas = try kit.canvas()
        for delegate in delegates {
            let flow = PageFlow(canvas)
            kit.header.draw(in: flow)
            body(for: delegate, in: flow)
            SignatureBlock(kit: kit, recipients: ["Như trên"] + plan.recipients).draw(in: flow)
            canvas.endPage()
        }
        return try kit.finish(canvas, title: "Giấy mời")
    }

    private func body(for delegate: Delegate, in flow: PageFlow) {
        flow.paragraph([PrintRun("GIẤY MỜI", bold: true)], size: 14, alignment: .center, before: 6)
        flow.paragraph([PrintRun("Tham dự " + kit.workshopName, bold: true)], size: 13, alignment: .center, before: 2)
        flow.skip(10)
        let address = [delegate.position, delegate.organization].compactMap { $0 }.joined(separator: ", ")
        flow.paragraph(
            [PrintRun("Kính gửi: ", bold: false), PrintRun("\(delegate.address) \(delegate.name)", bold: true)]
                + (address.isEmpty ? [] : [PrintRun(", " + address)]), size: 13, indent: Paper.mm(20),
            alignment: .left)
        flow.skip(6)
        let issuer = plan.document?.issuer ?? plan.organizers.first ?? "Ban Tổ chức"
        let theme = plan.theme.map { " với chủ đề “\($0)”" } ?? ""
        flow.paragraph(
            [PrintRun("\(issuer) tổ chức \(kit.workshopName)\(theme). Trân trọng kính mời \(delegate.address) tới dự.")]
        )
        flow.paragraph([PrintRun("Thời gian: ", bold: true), PrintRun(when)])
        flow.paragraph([PrintRun("Địa điểm: ", bold: true), PrintRun(venue)])
        let programme = ProgrammeSummary.lines(plan)
        if !programme.isEmpty {
            flow.paragraph([PrintRun("Chương trình:", bold: true)])
            for line in programme {
                flow.paragraph([PrintRun(line)], size: 12, indent: Paper.mm(5), alignment: .left, before: 1)
            }
        }
        flow.paragraph([PrintRun("Rất mong \(delegate.address) tham dự đúng giờ./.")], before: 5)
    }

    /// "7 giờ 30, Thứ Sáu, ngày 22/5/2020 (buổi sáng)", and the last day for a longer workshop.
    private var when: String {
        var text = plan.startTime.map { OfficialText.time($0) + ", " } ?? ""
        text += OfficialText.weekdayAndDate(plan.date)
        if let end = plan.endDate, end != plan.date { text += " đến " + OfficialText.weekdayAndDate(end) }
        if let part = plan.partOfDay { text += " (\(OfficialText.partOfDay(part)))" }
        return text + "."
    }

    private var venue: String {
        [plan.venue.name, plan.venue.building, plan.venue.address].compactMap { $0 }.joined(separator: ", ") + "."
    }

    func envelopeLabels() throws -> Data {
        guard !delegates.isEmpty else { throw PrintError(description: Self.noneMessage) }
        let canvas = try kit.canvas()
        let label = (width: Paper.mm(99.1), height: Paper.mm(38.1))
        let left = Paper.mm(4.65)
        let top = Paper.mm(15.15)
        let gap = Paper.mm(2.5)
        for (index, delegate) in delegates.enumerated() {
            let place = index % 14
            if index > 0, place == 0 { canvas.endPage() }
            let x = left + Double(place % 2) * (label.width + gap)
            let y = top + Double(place / 2) * label.height
            drawLabel(
                delegate, on: canvas, x: x + Paper.mm(5), y: y + Paper.mm(4), width: label.width - Paper.mm(10),
                height: label.height - Paper.mm(8))
        }
        canvas.endPage()
        return try kit.finish(canvas, title: "Nhãn phong bì giấy mời")
    }

    /// The label's lines, made smaller until they fit its height: a long organization is never cut.
    private func drawLabel(
        _ delegate: Delegate, on canvas: PrintCanvas, x: Double, y: Double, width: Double, height: Double
    ) {
        var scale = 1.0
        while true {
            let texts = [
                canvas.text(
                    [PrintRun("Kính gửi: "), PrintRun("\(delegate.address) \(delegate.name)", bold: true)],
                    size: 11 * scale, width: width),
                delegate.position.map { canvas.text($0, size: 9.5 * scale, width: width) },
                delegate.organization.map { canvas.text($0, size: 9.5 * scale, width: width) },
            ].compactMap { $0 }
            let total = texts.reduce(0) { $0 + $1.height }
            if total <= height || scale < 0.6 {
                var cursor = y
                for text in texts {
                    canvas.draw(text, x: x, top: cursor)
                    cursor += text.height
                }
                return
            }
            scale -= 0.05
        }
    }

    static let noneMessage =
        "no delegate in the list gets an invitation; leave the `tài liệu` column empty or write `giấy mời` in it"
}

/// The programme in brief, a line per day: "Thứ Sáu, ngày 22/5/2020: 7 giờ 30 Đón tiếp đại biểu; 8 giờ Khai mạc".
/// Breaks and meals are left out, and a day of more than `itemsPerDay` items names its first ones and how many
/// more the detailed programme sent with the letter holds, so that the letter keeps to its page.
enum ProgrammeSummary {
    static let itemsPerDay = 3

    static func lines(_ plan: Plan) -> [String] {
        plan.agenda.map { day in
            let items = day.sessions.flatMap(\.items).filter { ![.breakTime, .lunch].contains($0.kind) }
            var named = items.prefix(itemsPerDay).map { "\(OfficialText.time($0.start)) \($0.title)" }
            if items.count > itemsPerDay {
                named.append("và \(items.count - itemsPerDay) nội dung khác (chương trình chi tiết gửi kèm)")
            }
            return "- " + OfficialText.weekdayAndDate(day.date) + ": " + named.joined(separator: "; ") + "."
        }
    }
}

/// The foot of an official document: nơi nhận on the left (each line "- …;", the last "- …."), the signer's
/// position (KT./TL./TM. forms on their own lines), room to sign and the name on the right.
struct SignatureBlock {
    let kit: PrintKit
    var recipients: [String]

    func draw(in flow: PageFlow) {
        let canvas = flow.canvas
        let signer = kit.plan.signer
        let half = flow.width / 2
        let titles = OfficialText.signerLines(signer)
        let titleText = canvas.text(
            titles.joined(separator: "\n"), size: 13, bold: true, width: half, alignment: .center)
        let name = signer.map { canvas.text($0.name, size: 13, bold: true, width: half, alignment: .center) }
        let cleaned = recipients.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ;.")) }.filter {
            !$0.isEmpty
        }
        let list = cleaned.enumerated().map { index, text in "- " + text + (index == cleaned.count - 1 ? "." : ";") }
        let label = canvas.text("Nơi nhận:", size: 12, bold: true, italic: true, width: half)
        let recipientsText = canvas.text(list.joined(separator: "\n"), size: 11, width: half - 10)
        let height = max(label.height + recipientsText.height, titleText.height + 70 + (name?.height ?? 0))
        flow.ensure(height + 12)
        flow.skip(12)
        let top = flow.y
        if !list.isEmpty {
            canvas.draw(label, x: flow.left, top: top)
            canvas.draw(recipientsText, x: flow.left, top: top + label.height)
        }
        canvas.draw(titleText, x: flow.left + half, top: top)
        if let name { canvas.draw(name, x: flow.left + half, top: top + titleText.height + 70) }
        flow.skip(height)
    }
}
