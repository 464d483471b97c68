import Foundation
import HoithaoModel
import HoithaoProceedings

/// Giấy chứng nhận, one per person, A4 in landscape: "đã trình bày tham luận" for the speakers of the agenda's
/// papers and keynotes, "là tác giả tham luận" for the authors of the papers, "đã tham dự" for the delegates whose
/// `tài liệu` asks for one; each person once, in that order.
struct Certificates {
    let kit: PrintKit
    private var plan: Plan { kit.plan }

    /// A person and what the certificate says they did.
    struct Holder: Equatable {
        var name: String
        var organization: String?
        var achievement: String
    }

    func holders() -> [Holder] {
        var holders: [Holder] = []
        func add(_ holder: Holder) {
            let key = Slug.make(from: holder.name)
            if !holders.contains(where: { Slug.make(from: $0.name) == key }) { holders.append(holder) }
        }
        let titles = Dictionary(
            kit.workshop.papers.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        for item in plan.agenda.flatMap({ $0.sessions.flatMap(\.items) }) where [.paper, .keynote].contains(item.kind) {
            let title = item.paperSlug.flatMap { titles[$0] } ?? item.title
            for speaker in item.speakers {
                add(
                    Holder(
                        name: speaker.name, organization: speaker.affiliation,
                        achievement: "Đã trình bày tham luận “\(title)”"))
            }
        }
        for paper in kit.workshop.papers {
            for author in paper.authors {
                add(
                    Holder(
                        name: author.name, organization: author.affiliation,
                        achievement: "Là tác giả tham luận “\(paper.title)”"))
            }
        }
        for delegate in kit.delegates(getting: .certificate) {
            add(Holder(name: delegate.name, organization: delegate.organization, achievement: "Đã tham dự"))
        }
        return holders
    }

    func make() throws -> Data {
        let holders = holders()
        guard !holders.isEmpty else {
            throw PrintError(
                description: "no one to certify: the agenda has no speakers of papers, the workshop no papers, and no "
                    + "delegate's `tài liệu` says `chứng nhận`")
        }
        let canvas = try kit.canvas(landscape: true)
        for holder in holders {
            canvas.frame(
                x: Paper.mm(10), y: Paper.mm(10), width: canvas.pageWidth - Paper.mm(20),
                height: canvas.pageHeight - Paper.mm(20), weight: 2)
            canvas.frame(
                x: Paper.mm(12), y: Paper.mm(12), width: canvas.pageWidth - Paper.mm(24),
                height: canvas.pageHeight - Paper.mm(24), weight: 0.5)
            let flow = PageFlow(
                canvas, top: Paper.mm(20), bottom: Paper.mm(18), left: Paper.mm(25), right: Paper.mm(25))
            var header = kit.header
            header.number = nil
            header.draw(in: flow)
            flow.paragraph([PrintRun("GIẤY CHỨNG NHẬN", bold: true)], size: 26, alignment: .center, before: 8)
            flow.paragraph(
                [PrintRun("\(plan.document?.issuer ?? plan.organizers.first ?? "Ban Tổ chức") chứng nhận")], size: 14,
                alignment: .center, before: 8)
            flow.paragraph(
                [PrintRun("Ông/Bà: "), PrintRun(holder.name, bold: true)], size: 20, alignment: .center, before: 8)
            if let organization = holder.organization {
                flow.paragraph([PrintRun("Đơn vị: " + organization)], size: 14, alignment: .center, before: 4)
            }
            flow.paragraph(
                [
                    PrintRun(
                        "\(holder.achievement) tại \(kit.workshopName), tổ chức ngày \(OfficialText.dates(of: plan)) tại \(plan.venue.name)\(plan.venue.building.map { ", " + $0 } ?? "")."
                    )
                ],
                size: 14, alignment: .center, before: 8)
            SignatureBlock(kit: kit, recipients: []).draw(in: flow)
            canvas.endPage()
        }
        return try kit.finish(canvas, title: "Giấy chứng nhận")
    }
}
