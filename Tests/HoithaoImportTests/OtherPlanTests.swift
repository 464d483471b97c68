import Foundation
import HoithaoImport
import HoithaoModel
import TestSupport
import Testing

@Suite("Importing a plain-text plan with a full header, merged parts and an untimed programme")
struct OtherPlanTests {
    let result: ImportResult

    init() throws {
        let path = ImportFixtures.folder + "/ke-hoach-chuyen-doi-so-2023.txt"
        result = PlanImporter.run(try String(contentsOfFile: path, encoding: .utf8), source: "2023.txt")
    }

    @Test("The header: agency in ordinary case from the preamble, number, place and full date")
    func header() {
        let document = result.draft.document
        #expect(document.number == "45/KH-LHH")
        #expect(document.place == "Bắc Giang")
        #expect(document.date == PartialDate(year: 2023, month: 7, day: 20))
        #expect(document.issuer == "Liên hiệp các Hội Khoa học và Kỹ thuật")
        #expect(result.report.finding("document.issuer")?.guess == nil)
        #expect(result.draft.title == "Chuyển đổi số trong nông nghiệp tỉnh Bắc Giang")
        #expect(result.draft.organizers == ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
    }

    @Test("“01 ngày, dự kiến ngày 18/8/2023”: the date and an all-day workshop, both marked as guesses")
    func expectedDate() throws {
        #expect(result.draft.date == CalendarDate(year: 2023, month: 8, day: 18))
        #expect(result.draft.partOfDay == .allDay)
        #expect(result.draft.startTime == nil)
        #expect(result.report.finding("date")?.guess?.contains("dự kiến") == true)
        let yaml = try #require(result.planYAML)
        #expect(yaml.contains("# guessed (line 15): the plan says “dự kiến”"))
    }

    @Test("A merged part “THỜI GIAN, ĐỊA ĐIỂM VÀ KINH PHÍ” gives the venue and the funding")
    func mergedPart() {
        #expect(result.draft.venue?.name == "Hội trường Liên hiệp các Hội KH&KT tỉnh")
        #expect(result.draft.venue?.address == "số 1 đường Nguyễn Văn Cừ, thành phố Bắc Giang")
        #expect(result.draft.funding == "Từ nguồn kinh phí sự nghiệp năm 2023 của Liên hiệp hội.")
    }

    @Test("“Tổng số 60 đại biểu” and categories with their own counts")
    func participants() {
        #expect(result.draft.expectedDelegates == 60)
        #expect(result.draft.participants.map(\.name) == ["Đại biểu tỉnh", "Các hội thành viên"])
        #expect(result.draft.participants.map(\.count) == [30, 30])
    }

    @Test("An untimed programme goes to index.md as a list, and the report says why")
    func untimedProgramme() {
        #expect(result.draft.agenda.isEmpty)
        #expect(result.draft.untimedProgramme.count == 5)
        #expect(result.indexMarkdown.contains("## Chương trình\n\n- Khai mạc Hội thảo (Lãnh đạo Liên hiệp hội)\n"))
        #expect(result.indexMarkdown.contains("- Tham luận của các nhà khoa học (15 tham luận, mỗi tham luận 10 phút)"))
        #expect(result.report.notes.contains { $0.contains("have no time") })
    }

    @Test("Units with inline tasks, recipients, and a two-line signer title over “(Đã ký)”")
    func tail() throws {
        #expect(result.draft.organizingUnits.map(\.name) == ["Ban Khoa học - Công nghệ", "Văn phòng"])
        #expect(result.draft.organizingUnits.first?.tasks == ["Xây dựng kế hoạch, mời đại biểu."])
        #expect(result.draft.recipients == ["Thường trực Liên hiệp hội;", "Lưu: VT."])
        #expect(result.draft.signer == Signer(title: "KT. Chủ tịch, Phó chủ tịch", name: "Trần Văn Nam"))
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
        let (_, diagnostics) = try ImportFixtures.load(result)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("A timed programme becomes the agenda, with kinds, on the workshop's day")
    func timedProgramme() throws {
        let text = """
            KẾ HOẠCH
            Tổ chức Hội thảo “Thử nghiệm chương trình”
            I. THỜI GIAN VÀ ĐỊA ĐIỂM
            1. Thời gian: từ 7h30 đến 11h30 ngày 22/5/2020
            2. Địa điểm: Hội trường tầng 5
            II. CHƯƠNG TRÌNH
            - 7h30 - 8h00: Đón tiếp đại biểu
            - 8h00: Khai mạc Hội thảo
            - 8 giờ 15 – 9 giờ: Báo cáo đề dẫn
            - 9h00 - 10h30: Tham luận
            - 10h30 - 11h15: Trao đổi, thảo luận
            - 11h15: Bế mạc
            """
        let result = PlanImporter.run(text, source: "timed")
        #expect(result.draft.startTime == TimeOfDay(hour: 7, minute: 30))
        #expect(result.draft.endTime == TimeOfDay(hour: 11, minute: 30))
        #expect(
            result.draft.agendaItems.map(\.kind) == [.registration, .opening, .keynote, .paper, .discussion, .closing])
        #expect(result.draft.agendaItems.map(\.title).first == "Đón tiếp đại biểu")
        #expect(result.draft.agendaItems[2].end == TimeOfDay(hour: 9, minute: 0))
        let (plan, diagnostics) = try ImportFixtures.load(result)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(plan?.agenda.first?.sessions.first?.items.count == 6)
    }

    @Test("pdftotext -layout: the two header columns and the recipients beside the signer are split apart")
    func layoutColumns() throws {
        let text = """
            SỞ KHOA HỌC VÀ CÔNG NGHỆ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                      Độc lập - Tự do - Hạnh phúc
            Số: 12/KH-KHCN                     Bắc Giang, ngày 3 tháng 4 năm 2024
                                   KẾ HOẠCH
                    Tổ chức Hội thảo “Giống cây trồng mới”
            I. THỜI GIAN VÀ ĐỊA ĐIỂM
            1. Thời gian: 8 giờ ngày 10/5/2024 (Thứ Sáu).
            2. Địa điểm: Hội trường Sở.
            Nơi nhận:                                         GIÁM ĐỐC
            - Lưu: VT.
                                                          Nguyễn Văn Bình
            """
        let result = PlanImporter.run(text, source: "layout")
        #expect(result.draft.document.issuer == "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        #expect(result.draft.document.number == "12/KH-KHCN")
        #expect(result.draft.document.date == PartialDate(year: 2024, month: 4, day: 3))
        #expect(result.draft.title == "Giống cây trồng mới")
        #expect(result.draft.recipients == ["Lưu: VT."])
        #expect(result.draft.signer == Signer(title: "Giám đốc", name: "Nguyễn Văn Bình"))
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
    }
}
