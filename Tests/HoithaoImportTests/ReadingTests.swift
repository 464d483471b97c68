import Foundation
import HoithaoModel
import Testing

@testable import HoithaoImport

@Suite("Reading the document: encodings, YAML quoting, weekdays, damage")
struct ReadingTests {
    @Test(
        "A date the document writes but that does not exist (found by fuzzing) is left out, not written into the plan",
        arguments: [
            "ngày 40 tháng 7 năm 2023", "ngày 29 tháng 2 năm 2023", "ngày 5 tháng 13 năm 2023",
        ])
    func impossibleDocumentDate(_ written: String) throws {
        let seed = try ImportFixtures.seed
        let line = try #require(seed.split(separator: "\n").first { $0.contains("ngày") && $0.contains("tháng") })
        let damaged = seed.replacingOccurrences(of: String(line), with: "Bắc Giang, " + written)
        let result = PlanImporter.run(damaged, source: "ngay-sai")
        #expect(result.draft.document.date == nil)
        #expect(PlanImporter.run(seed, source: "seed").draft.document.date != nil)
    }

    @Test("A second “Thời gian” that moves the workshop drops the end date read with the first (found by fuzzing)")
    func timeWrittenTwice() throws {
        let seed = try ImportFixtures.seed
        let line = try #require(seed.split(separator: "\n").first { $0.contains("Thời gian:") })
        let moved =
            "**1. Thời gian:** 02 ngày, dự kiến ngày 18/8/2023 (Thứ Sáu).\n\n"
            + "**1. Thời gian:** 01 ngày, dự kiến ngày 18/8/2024 (Chủ nhật)."
        let result = PlanImporter.run(seed.replacingOccurrences(of: String(line), with: moved), source: "hai-lan")
        #expect(result.draft.date == CalendarDate(year: 2024, month: 8, day: 18))
        #expect(result.draft.endDate == nil)
        #expect(!result.report.found.contains { $0.field == "end_date" })
        let (plan, diagnostics) = try ImportFixtures.load(result)
        #expect(plan != nil && diagnostics.allSatisfy { $0.severity != .error }, "\(diagnostics)")
    }

    @Test("UTF-16 with a BOM (Word's “Unicode text”) and UTF-8 with a BOM read as the same text")
    func encodings() throws {
        let seed = try ImportFixtures.seed
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(try #require(seed.data(using: .utf16LittleEndian)))
        #expect(PlanImporter.decode(utf16) == seed)
        let withBOM = PlanImporter.run(PlanImporter.decode(Data([0xEF, 0xBB, 0xBF]) + Data(seed.utf8)), source: "bom")
        #expect(withBOM.draft == PlanImporter.run(seed, source: "seed").draft)
    }

    @Test(
        "Scalars YAML would misread are quoted; the content loader reads every one back unchanged",
        arguments: [
            "7:30", "22/5/2020", "2020", "yes", "No", "null", "~", "- gạch đầu dòng", "Lưu: VT, QLKH.", "a # b",
            "“Trích dẫn”", "\"ngoặc kép\"", "'đơn'", "\\ gạch chéo", "* sao", "& và", "[x]", "{y}", "%", "@", "`",
            "hết câu:", " cách đầu", "tab\tgiữa", "Phòng họp Hội trường tầng 5",
        ])
    func quoting(_ value: String) throws {
        var draft = PlanDraft()
        draft.title = value
        draft.date = CalendarDate(year: 2020, month: 5, day: 22)
        draft.venue = Venue(name: "Hội trường")
        draft.funding = value
        let yaml = PlanYAML(draft: draft, report: ImportReport(), source: "test").text
        let result = ImportResult(draft: draft, report: ImportReport(), planYAML: yaml, indexMarkdown: "", slug: "x")
        let (plan, diagnostics) = try ImportFixtures.load(result)
        #expect(diagnostics.isEmpty, "\(diagnostics)\n\(yaml)")
        #expect(plan?.funding == value.trimmingCharacters(in: .whitespaces))
    }

    @Test("Control characters (a NUL, found by fuzzing) mark their line damaged and never reach the files written")
    func controlCharacters() throws {
        let seed = try ImportFixtures.seed
        let line = try #require(
            seed.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("Thực hiện") })
        let text = seed.replacingOccurrences(of: "Thực hiện", with: "Thực\u{0}hiện\u{1}\u{7F}")
        let result = PlanImporter.run(text, source: "nul")
        #expect(result.report.damaged.map(\.line).contains(line + 1))
        #expect(!(result.planYAML ?? "").contains("\u{0}") && !result.indexMarkdown.contains("\u{0}"))
        let (plan, diagnostics) = try ImportFixtures.load(result)
        #expect(plan != nil)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("A weekday that does not match the date is reported")
    func wrongWeekday() throws {
        let text = try ImportFixtures.seed.replacingOccurrences(of: "(Thứ Sáu)", with: "(Thứ Hai)")
        let result = PlanImporter.run(text, source: "weekday")
        #expect(result.draft.date == CalendarDate(year: 2020, month: 5, day: 22))
        #expect(result.report.notes.contains { $0.contains("does NOT agree") })
    }

    @Test("Damage: fragments no Vietnamese word has are flagged; abbreviations and ordinary words are not")
    func damage() {
        #expect(DamageCheck.reason("Đại bi u Trung ương") != nil)
        #expect(DamageCheck.reason("Ph ng họp") != nil)
        #expect(DamageCheck.reason("Sở KH&CN, UBND tỉnh, TNHH, PGS.TS Nguyễn Văn A, Tp Bắc Giang") == nil)
        #expect(DamageCheck.reason("Y tế và giáo dục") == nil)
        #expect(DamageCheck.reason("UBND tỉnh (b/c);") == nil)
    }

    @Test("Keywords match through dropped letters, but not inside other words")
    func keywords() {
        let venue = TextPattern(TextPattern.kw("địa điểm"))
        #expect(venue.matches("Địa điểm:"))
        #expect(venue.matches(" ịa  iểm:"))
        #expect(venue.matches("ịa điểm"))
        let topics = TextPattern("^" + TextPattern.kw("vấn đề"))
        #expect(topics.matches("v n đề cần"))
        #expect(!topics.matches("Văn phòng Sở"))
        #expect(!TextPattern(TextPattern.kw("tổ chức")).matches("Các tổ chứcnăng"))
    }
}
