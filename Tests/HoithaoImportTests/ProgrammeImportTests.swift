import Foundation
import HoithaoImport
import HoithaoModel
import Testing

@Suite("Reading a Kế hoạch's programme: days, sessions and speakers")
struct ProgrammeImportTests {
    /// The seed plan, exported, with `programme` as its last part.
    func imported(_ programme: String) throws -> ImportResult {
        let seed = PlanImporter.run(try ImportFixtures.seed, source: "seed")
        let (plan, _) = try ImportFixtures.load(seed)
        let text = KeHoachMarkdown.text(try #require(plan))
        let closing = try #require(text.range(of: "Trên đây là kế hoạch"))
        return PlanImporter.run(
            text.replacingCharacters(in: closing.lowerBound..<closing.lowerBound, with: programme + "\n\n"),
            source: "test")
    }

    @Test("lines that only look like headings stay in the programme as untimed lines, never lost")
    func lookalikes() throws {
        let result = try imported(
            """
            #### VII. CHƯƠNG TRÌNH

            - Phiên toàn thể khai mạc
            - 8h00 - 8h30: Đón tiếp đại biểu
            - Ngày 23/5/2020: Tham quan mô hình trồng vải
            - Phiên: Toàn thể (chủ trì: GS. An (ĐHQG Hà Nội); PGS. Bình; phòng: Hội trường 2)
            - 9h00 - 9h30: Báo cáo đề dẫn
              - Trình bày: TS. Nguyễn Văn Cường, Viện Nghiên cứu Rau quả
            - Ngày 24/5/2020 (Chủ Nhật)
            - Phiên: Bế mạc
            """)
        #expect(
            result.draft.untimedProgramme == [
                "Phiên toàn thể khai mạc", "Ngày 23/5/2020: Tham quan mô hình trồng vải", "Ngày 24/5/2020 (Chủ Nhật)",
                "Phiên: Bế mạc",
            ])
        let day = try #require(result.draft.agenda.first)
        #expect(result.draft.agenda.count == 1 && day.date == CalendarDate(year: 2020, month: 5, day: 22))
        #expect(day.sessions.map(\.title) == [nil, "Toàn thể"])
        #expect(day.sessions.last?.chair == "GS. An (ĐHQG Hà Nội); PGS. Bình")
        #expect(day.sessions.last?.room == "Hội trường 2")
        let speakers = day.sessions.last?.items.first?.speakers
        #expect(speakers == [Speaker(name: "TS. Nguyễn Văn Cường", affiliation: "Viện Nghiên cứu Rau quả")])
        #expect(result.draft.endDate == nil)
    }

    @Test("a day named twice is one day, days come in order, and the end date reaches the last")
    func days() throws {
        let result = try imported(
            """
            #### VII. CHƯƠNG TRÌNH

            - Ngày 23/5/2020 (Thứ Bảy)
            - 8h00: Tham quan mô hình
            - Ngày 22/5/2020 (Thứ Sáu)
            - 8h00: Khai mạc
            - Ngày 23/5/2020 (Thứ Bảy)
            - 11h00: Bế mạc
            """)
        let dates = result.draft.agenda.map { $0.date.map { "\($0.day)/\($0.month)" } ?? "-" }
        #expect(dates == ["22/5", "23/5"])
        #expect(result.draft.agenda.last?.sessions.flatMap(\.items).map(\.title) == ["Tham quan mô hình", "Bế mạc"])
        #expect(result.draft.endDate == CalendarDate(year: 2020, month: 5, day: 23))
        #expect(result.report.notes.contains { $0.contains("the programme runs to 23/5/2020") })
        #expect(result.planYAML?.contains("end_date: \"23/5/2020\"") == true)
    }
}
