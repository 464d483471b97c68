import Foundation
import HoithaoModel
import HoithaoProceedings

/// A draft báo cáo kết quả hội thảo in the layout of Nghị định 30/2020/NĐ-CP, from what Hoithao knows: the plan it
/// carried out, the participants expected and invited by category (the delegate list, when given), the programme
/// as held with its changes, and the papers; what only the organizers can judge (the results, the assessment, the
/// proposals) is left as ruled lines to write on.
struct ResultReport {
    let kit: PrintKit
    private var plan: Plan { kit.plan }

    func make() throws -> Data {
        let canvas = try kit.canvas()
        let flow = PageFlow(canvas)
        var header = kit.header
        header.number = kit.documentNumber(symbol: "BC")
        header.draw(in: flow)
        flow.paragraph([PrintRun("BÁO CÁO", bold: true)], size: 14, alignment: .center, before: 6)
        flow.paragraph(
            [PrintRun("Kết quả tổ chức " + kit.workshopName, bold: true)], size: 13, alignment: .center, before: 2)
        flow.skip(8)
        flow.paragraph([PrintRun(grounds)])
        section(1, "THÔNG TIN CHUNG")
        general(flow)
        section(2, "THÀNH PHẦN THAM DỰ")
        participants(flow)
        section(3, "CHƯƠNG TRÌNH HỘI THẢO")
        programme(flow)
        section(4, "THAM LUẬN")
        papers(flow)
        for (number, heading) in [(5, "KẾT QUẢ HỘI THẢO"), (6, "ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT")] {
            section(number, heading)
            for _ in 0..<4 { flow.paragraph([PrintRun(String(repeating: ".", count: 120))], alignment: .left) }
        }
        SignatureBlock(kit: kit, recipients: plan.recipients).draw(in: flow)
        canvas.endPage()
        return try kit.finish(canvas, title: "Báo cáo kết quả hội thảo")

        // A heading never ends a page: the lines under it come too.
        func section(_ number: Int, _ heading: String) {
            flow.ensure(60)
            flow.paragraph([PrintRun("\(Roman.numeral(number)). \(heading)", bold: true)], alignment: .left, before: 10)
        }
    }

    /// "Thực hiện Kế hoạch số 12/KH-KHCN của Sở …, ngày 22–23/5/2020, tại …, Sở … đã tổ chức Hội thảo “…”."
    private var grounds: String {
        let issuer = plan.document?.issuer ?? plan.organizers.first ?? "Ban Tổ chức"
        let number = plan.document?.number.map { " số \($0)" } ?? ""
        return "Thực hiện Kế hoạch\(number) của \(issuer), ngày \(OfficialText.dates(of: plan)), tại \(venue), "
            + "\(issuer) đã tổ chức \(kit.workshopName). \(issuer) báo cáo kết quả như sau:"
    }

    private var venue: String {
        [plan.venue.name, plan.venue.building, plan.venue.address].compactMap { $0 }.joined(separator: ", ")
    }

    private func general(_ flow: PageFlow) {
        var lines: [[PrintRun]] = [
            [PrintRun("Thời gian: ", bold: true), PrintRun(OfficialText.dates(of: plan) + ".")],
            [PrintRun("Địa điểm: ", bold: true), PrintRun(venue + ".")],
        ]
        if let theme = plan.theme { lines.append([PrintRun("Chủ đề: ", bold: true), PrintRun("“\(theme)”.")]) }
        if !plan.chairs.isEmpty {
            lines.append([
                PrintRun("Chủ trì: ", bold: true),
                PrintRun(
                    plan.chairs.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ;.")) }.joined(
                        separator: "; ") + "."),
            ])
        }
        for line in lines { flow.paragraph(line, indent: Paper.mm(5), alignment: .left) }
    }

    /// A table of each category's expected and invited delegates, and a column for the count on the day.
    private func participants(_ flow: PageFlow) {
        let groups = SignInSheets.byCategory(kit.delegates, plan: plan)
        var names = plan.participants.map(\.name)
        names += groups.map(\.category).filter { !names.contains($0) }
        guard !names.isEmpty else {
            flow.paragraph([PrintRun("Dự kiến \(plan.expectedDelegates.map(String.init) ?? "…") đại biểu.")])
            return
        }
        let table = RuledTable(
            columns: [
                .init(title: "STT", share: 0.08, centered: true), .init(title: "Thành phần", share: 0.47),
                .init(title: "Dự kiến", share: 0.15, centered: true),
                .init(title: "Được mời", share: 0.15, centered: true), .init(title: "Tham dự", share: 0.15),
            ], width: flow.width, size: 11.5)
        let came = names.map { attended(in: $0, groups: groups) }
        var rows = names.enumerated().map { index, name in
            let expected = plan.participants.first { $0.name == name }?.count
            let invited = groups.first { $0.category == name }?.delegates.count
            return table.row(
                [
                    String(index + 1), name, expected.map(String.init) ?? "", invited.map(String.init) ?? "",
                    came[index].map(String.init) ?? "",
                ], on: flow.canvas)
        }
        let total = came.allSatisfy { $0 != nil } ? String(came.compactMap { $0 }.reduce(0, +)) : ""
        rows.append(
            table.row(
                [
                    "", "Tổng cộng", plan.expectedDelegates.map(String.init) ?? "",
                    kit.delegates.isEmpty ? "" : String(kit.delegates.count), total,
                ], on: flow.canvas))
        flow.skip(4)
        table.draw(rows, in: flow)
    }

    /// How many of a category came: the plan's `attended`, else the ticks of the list's `có mặt` column when it
    /// has any, else nil (the column is left to fill in).
    private func attended(in category: String, groups: [(category: String, delegates: [Delegate])]) -> Int? {
        if let recorded = plan.participants.first(where: { $0.name == category })?.attended { return recorded }
        guard kit.delegates.contains(where: { $0.attended != nil }) else { return nil }
        return groups.first { $0.category == category }?.delegates.filter { $0.attended == true }.count ?? 0
    }

    /// The programme as held: each day's items, then the changes made after the plan was published.
    private func programme(_ flow: PageFlow) {
        for day in plan.agenda {
            flow.paragraph([PrintRun(OfficialText.weekdayAndDate(day.date) + ":", italic: true)], alignment: .left)
            for item in day.sessions.flatMap(\.items) where ![.breakTime, .lunch].contains(item.kind) {
                let speakers = item.speakers.map(\.name).joined(separator: ", ")
                flow.paragraph(
                    [PrintRun("- \(item.start.text) \(item.title)" + (speakers.isEmpty ? "" : " (\(speakers))") + ";")],
                    indent: Paper.mm(5), alignment: .left, before: 1)
            }
        }
        guard !plan.revisions.isEmpty else { return }
        flow.paragraph([PrintRun("Những thay đổi so với chương trình đã công bố:", italic: true)], alignment: .left)
        for revision in plan.revisions {
            flow.paragraph(
                [PrintRun("- Ngày \(revision.date.written): \(revision.note)")], indent: Paper.mm(5),
                alignment: .left, before: 1)
        }
    }

    private func papers(_ flow: PageFlow) {
        let papers = kit.workshop.papers
        flow.paragraph([PrintRun("Hội thảo nhận được \(papers.count) tham luận:")], alignment: .left)
        for (index, paper) in papers.enumerated() {
            let authors = paper.authors.map(\.name).joined(separator: ", ")
            flow.paragraph(
                [PrintRun("\(index + 1). “\(paper.title)”" + (authors.isEmpty ? "" : " – \(authors)") + ".")],
                indent: Paper.mm(5), alignment: .left, before: 1)
        }
    }
}
