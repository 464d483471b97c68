import Foundation
import HoithaoImport
import HoithaoModel
import Testing

/// The seed's text as PDF extraction breaks it, one real pattern at a time and all together.
enum Extraction: String, CaseIterable, CustomTestStringConvertible {
    case doubleSpaced, wrappedDoubleSpaced, footers, splitHeader, plusBullets, dotBullets, everything

    var testDescription: String { rawValue }

    func text(_ seed: String) -> String {
        let plain = DocumentVariants.plainText(seed)
        let wrapped = DocumentVariants.wrapped(plain)
        let header = ExtractionDamage.splitHeader(plain, agency: ("SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"))
        switch self {
        case .doubleSpaced: return ExtractionDamage.doubleSpaced(plain)
        case .wrappedDoubleSpaced: return ExtractionDamage.doubleSpaced(wrapped)
        case .footers: return ExtractionDamage.runningFooters(wrapped)
        case .splitHeader: return header
        case .plusBullets: return ExtractionDamage.bullets(wrapped, "+")
        case .dotBullets: return ExtractionDamage.bullets(wrapped, "•")
        case .everything:
            let damaged = ExtractionDamage.bullets(DocumentVariants.wrapped(header), "•")
            return ExtractionDamage.doubleSpaced(ExtractionDamage.runningFooters(damaged))
        }
    }
}

@Suite("Repairing the structure PDF extraction breaks")
struct StructureRepairTests {
    let seed: String
    let expected: PlanDraft

    init() throws {
        seed = try ImportFixtures.seed
        expected = PlanImporter.run(seed, source: "seed").draft
    }

    @Test("Each pattern of damage gives the seed's plan, field by field", arguments: Extraction.allCases)
    func seedPlan(_ extraction: Extraction) throws {
        let result = PlanImporter.run(extraction.text(seed), source: extraction.rawValue)
        #expect(result.draft.title == expected.title)
        #expect(result.draft.purposes == expected.purposes)
        #expect(result.draft.topics == expected.topics)
        #expect(result.draft.chairs == expected.chairs)
        #expect(result.draft.participants == expected.participants)
        #expect(result.draft.organizingUnits == expected.organizingUnits)
        #expect(result.draft.electronicRecipients == expected.electronicRecipients)
        #expect(result.draft == expected)
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
        #expect(result.report.damaged.isEmpty, "\(result.report.damaged)")
        #expect(try ImportFixtures.load(result).diagnostics.isEmpty)
    }

    @Test("Running footers and headers are dropped at page breaks and named in the report")
    func footers() {
        let text = Extraction.footers.text(seed)
        let result = PlanImporter.run(text, source: "footers")
        let furniture = result.report.skipped.filter { $0.reason == "a running page header or footer" }.map(\.text)
        #expect(
            Set(furniture)
                == Set(
                    ["Sở Khoa học và Công nghệ Bắc Giang"] + (1...4).map { "Kế hoạch tổ chức hội thảo - Trang \($0)" }))
    }

    @Test("A header split over lines and interleaved with the quốc hiệu still names the issuer, not as a guess")
    func splitHeader() {
        let result = PlanImporter.run(Extraction.splitHeader.text(seed), source: "header")
        #expect(result.draft.document.issuer == "Sở Khoa học và Công nghệ")
        #expect(result.report.finding("document.issuer")?.guess == nil)
        #expect(result.report.finding("document.issuer")?.source == "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    }

    @Test(
        "The number read beside the place and date on one line is the number, the place and the date",
        arguments: [
            "Số: 32/KH-LHH Bắc Giang, ngày 12 tháng 3 năm 2024", "Số:   …/KH-LHH   Bắc Giang, ngày 12 tháng 3 năm 2024",
        ])
    func numberBesidePlace(_ line: String) throws {
        let clean = try String(
            contentsOfFile: ImportFixtures.folder + "/ke-hoach-lien-hiep-hoi-2024.txt", encoding: .utf8)
        let lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let number = try #require(lines.firstIndex { $0.hasPrefix("Số:") })
        let date = try #require(lines.firstIndex { $0.contains(", ngày 12 tháng 3 năm 2024") })
        let merged = lines.enumerated().compactMap { $0.offset == number ? line : $0.offset == date ? nil : $0.element }
        let draft = PlanImporter.run(merged.joined(separator: "\n"), source: "merged").draft
        #expect(draft.document.number == (line.contains("…") ? "…/KH-LHH" : "32/KH-LHH"))
        #expect(draft.document.place == "Bắc Giang")
        #expect(draft.document.date == PartialDate(year: 2024, month: 3, day: 12))
    }
}

@Suite("A provincial plan with its programme under “II. NỘI DUNG”, as extracted from its PDF")
struct ProgrammeInContentTests {
    let clean: String

    init() throws {
        clean = try String(contentsOfFile: ImportFixtures.folder + "/ke-hoach-lien-hiep-hoi-2024.txt", encoding: .utf8)
    }

    @Test(
        "Clean, and wrapped, double-spaced, paged, split header: every field the same",
        arguments: ["clean", "extracted"])
    func fields(_ shape: String) throws {
        var text = clean
        if shape == "extracted" {
            let header = clean.split(separator: "\n").prefix(4)
            let body = clean.split(separator: "\n").dropFirst(4).joined(separator: "\n")
            let split =
                ["UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "LIÊN HIỆP CÁC HỘI KHOA HỌC"]
                + ["Độc lập - Tự do - Hạnh phúc", "VÀ KỸ THUẬT"]
            #expect(header.count == 4)
            let wrapped = DocumentVariants.wrapped(split.joined(separator: "\n") + "\n" + body, width: 72)
            text = ExtractionDamage.doubleSpaced(
                ExtractionDamage.runningFooters(ExtractionDamage.bullets(wrapped, "•")))
        }
        let result = PlanImporter.run(text, source: shape)
        let draft = result.draft
        #expect(
            draft.title
                == "Vai trò của đội ngũ trí thức khoa học và công nghệ trong phát triển kinh tế - xã hội tỉnh Bắc Giang giai đoạn 2021 - 2025 của Liên hiệp hội"
        )
        #expect(draft.document.number == "32/KH-LHH")
        #expect(draft.document.place == "Bắc Giang")
        #expect(draft.document.date == PartialDate(year: 2024, month: 3, day: 12))
        #expect(draft.document.issuer == "Liên hiệp các Hội Khoa học và Kỹ thuật")
        #expect(draft.organizers == ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
        #expect(draft.purposes.count == 3)
        #expect(
            draft.purposes.last
                == "Việc tổ chức hội thảo bảo đảm thiết thực, hiệu quả, tiết kiệm và đúng quy định hiện hành của Nhà nước."
        )
        #expect(draft.untimedProgramme.count == 5)
        #expect(
            draft.untimedProgramme[2]
                == "Tham luận của các nhà khoa học, nhà quản lý (dự kiến 15 tham luận, mỗi tham luận 10 phút)")
        #expect(draft.expectedDelegates == 80)
        #expect(draft.participants.map(\.name) == ["Đại biểu tỉnh", "Các hội thành viên"])
        #expect(draft.participants.map(\.count) == [40, 40])
        #expect(draft.date == CalendarDate(year: 2024, month: 3, day: 28))
        #expect(draft.startTime == TimeOfDay(hour: 8, minute: 0))
        #expect(draft.venue?.name == "Hội trường Liên hiệp các Hội KH&KT tỉnh")
        #expect(draft.venue?.address == "số 1 đường Nguyễn Văn Cừ, thành phố Bắc Giang")
        #expect(draft.funding == "Từ nguồn kinh phí sự nghiệp năm 2024 của Liên hiệp hội.")
        #expect(draft.organizingUnits.map(\.name) == ["Ban Khoa học - Công nghệ", "Văn phòng"])
        #expect(draft.recipients == ["Thường trực Liên hiệp hội;", "Lưu: VT."])
        #expect(draft.signer == Signer(title: "KT. Chủ tịch, Phó chủ tịch", name: "Trần Văn Nam"))
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
        #expect(try ImportFixtures.load(result).diagnostics.isEmpty)
    }
}
