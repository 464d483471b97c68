import Foundation
import HoithaoContent
import HoithaoImport
import HoithaoModel
import TestSupport
import Testing

@Suite("Importing the seed Kế hoạch (Markdown)")
struct SeedImportTests {
    let result: ImportResult
    let draft: PlanDraft

    init() throws {
        result = PlanImporter.run(try ImportFixtures.seed, source: "ke-hoach.md")
        draft = result.draft
    }

    @Test("The header: number with its blank, place, and the date with the day left blank")
    func header() {
        #expect(draft.document.number == "/KH-KHCN")
        #expect(draft.document.place == "Bắc Giang")
        #expect(draft.document.date == PartialDate(year: 2020, month: 5))
        #expect(result.report.finding("document.number")?.lines == [3])
        #expect(result.report.finding("document.date")?.lines == [5])
    }

    @Test("The title is the quoted name after “Tổ chức Hội thảo”")
    func title() {
        #expect(
            draft.title
                == "Phát triển cụm tương hỗ trong sản xuất và tiêu thụ vải thiều Bắc Giang khai thác, phát huy tiềm năng, lợi thế"
        )
        #expect(result.slug == "phat-trien-cum-tuong-ho-trong-san-xuat-va-tieu-thu-vai-thieu")
    }

    @Test("The preamble gives the project and the two organizers; the issuer is a guess, said so")
    func preamble() {
        #expect(
            draft.project
                == ResearchProject(
                    title: "Nghiên cứu phát triển cụm tương hỗ vải thiều Lục Ngạn, Bắc Giang",
                    kind: "Nhiệm vụ KH&CN độc lập cấp quốc gia"))
        #expect(
            draft.organizers == ["Sở Khoa học và Công nghệ", "Trung tâm Đào tạo và Hỗ trợ hợp tác kinh tế quốc tế"])
        #expect(draft.document.issuer == "Sở Khoa học và Công nghệ")
        #expect(result.report.finding("document.issuer")?.guess != nil)
        #expect(result.planYAML?.contains("# guessed (line 11): the document has no agency header") == true)
    }

    @Test("Part I gives two purposes; part II the chairs, the theme as written and three topics")
    func purposesAndContent() {
        #expect(draft.purposes.count == 2)
        #expect(draft.purposes.last == "Việc tổ chức Hội thảo tiết kiệm, thiết thực, hiệu quả.")
        #expect(
            draft.chairs == [
                "Đại diện Trung tâm Đào tạo và Hỗ trợ hợp tác kinh tế Quốc tế;",
                "Giám đốc Sở Khoa học và Công nghệ tỉnh Bắc Giang.",
            ])
        #expect(draft.theme?.hasPrefix("Phát triển cụm tương hỗ phát triển cụm tương hỗ vải thiều") == true)
        #expect(draft.topics.count == 3)
        #expect(draft.topics.first?.hasSuffix("(cluster);") == true)
    }

    @Test("Time: 22/5/2020 (a Friday, as written), 07:30, in the morning; no end time is invented")
    func time() {
        #expect(draft.date == CalendarDate(year: 2020, month: 5, day: 22))
        #expect(draft.date?.isoWeekday == 5)
        #expect(draft.startTime == TimeOfDay(hour: 7, minute: 30))
        #expect(draft.endTime == nil)
        #expect(draft.endDate == nil)
        #expect(draft.partOfDay == .morning)
        #expect(result.report.notes.contains { $0.contains("Thứ Sáu") && $0.contains("agrees") })
        #expect(result.report.finding("date")?.lines == [62])
    }

    @Test("The venue: room, building and address, split where the document puts a dash and a comma")
    func venue() {
        #expect(
            draft.venue
                == Venue(
                    name: "Phòng họp Hội trường tầng 5", building: "Sở KH&CN",
                    address: "đường Lý Tự Trọng, phường Xương Giang, thành phố Bắc Giang"))
    }

    @Test("70 delegates expected, in four categories with their organizations")
    func participants() {
        #expect(draft.expectedDelegates == 70)
        #expect(
            draft.participants.map(\.name) == [
                "Đại biểu Trung ương", "Đại biểu tỉnh", "Đại biểu huyện", "Đại biểu từ doanh nghiệp, HTX",
            ])
        #expect(draft.participants.map(\.members.count) == [6, 3, 1, 2])
        #expect(draft.participants[0].members.last == "Liên minh HTX tiêu dùng Việt Nam.")
        #expect(draft.participants[2].members == ["UBND các huyện: Lục Ngạn, Lục Nam, Tân Yên, Lạng Giang, Sơn Động."])
        #expect(draft.participants.allSatisfy { $0.count == nil })
    }

    @Test("Funding, the four organizing units with one task each, recipients and the signer")
    func organization() {
        #expect(draft.funding?.hasPrefix("Từ nguồn kinh phí sự nghiệp khoa học và công nghệ tỉnh") == true)
        #expect(draft.funding?.contains("*") == false)
        #expect(
            draft.organizingUnits.map(\.name) == [
                "Phòng Quản lý Khoa học", "Văn phòng Sở", "Phòng Kế hoạch Tài chính", "Trung tâm Ứng dụng KH&CN",
            ])
        #expect(draft.organizingUnits.map(\.tasks.count) == [1, 1, 1, 1])
        #expect(draft.organizingUnits[1].tasks[0].hasPrefix("Chủ trì, phối hợp với các phòng, đơn vị"))
        #expect(draft.recipients == ["Trung tâm Đào tạo và Hỗ trợ hợp tác kinh tế Quốc tế;", "Lưu: VT, QLKH."])
        #expect(draft.electronicRecipients.count == 4)
        #expect(draft.signer == Signer(title: "Giám đốc", name: "Nguyễn Thanh Bình"))
    }

    @Test("The preamble and the closing sentence go to index.md; no programme is invented")
    func index() {
        #expect(result.indexMarkdown.hasPrefix("Thực hiện nhiệm vụ KH&CN độc lập cấp quốc gia"))
        #expect(result.indexMarkdown.contains("Trên đây là kế hoạch tổ chức hội thảo"))
        #expect(draft.agenda.isEmpty && draft.untimedProgramme.isEmpty)
    }

    @Test("The report: every line placed, nothing damaged, only end_time and agenda not found")
    func report() {
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
        #expect(result.report.damaged.isEmpty, "\(result.report.damaged)")
        #expect(result.report.missing == ["end_time", "agenda"])
        #expect(result.report.found.count == 22)
    }

    @Test("plan.yaml loads with the content loader with zero diagnostics and the same facts")
    func loads() throws {
        let (plan, diagnostics) = try ImportFixtures.load(result)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let loaded = try #require(plan)
        #expect(loaded.title == draft.title)
        #expect(loaded.startTime?.text == "07:30")
        #expect(loaded.venue.name == "Phòng họp Hội trường tầng 5")
        #expect(loaded.participants == draft.participants)
        #expect(loaded.organizingUnits == draft.organizingUnits)
        #expect(loaded.signer == draft.signer)
        #expect(loaded.document == draft.document)
    }
}
