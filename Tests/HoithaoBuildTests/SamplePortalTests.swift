import Foundation
import HoithaoBuild
import HoithaoModel
import TestSupport
import Testing

/// The sample portal in `Content/`, built once into a temporary folder.
final class SamplePortal: @unchecked Sendable {
    static let shared = SamplePortal()

    let output: String
    let report: BuildReport?

    private init() {
        output =
            FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-sample-\(UUID().uuidString)").path
        let options = BuildOptions(
            contentPath: Repository.sampleContent, themePath: Repository.defaultTheme, outputPath: output,
            today: CalendarDate(year: 2026, month: 11, day: 25) ?? CalendarDate(daysSinceEpoch: 0))
        report = try? SiteBuilder(options: options).run()
    }

    func page(_ path: String) throws -> String {
        try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }
}

@Suite("The sample portal in Content/")
struct SamplePortalTests {
    let portal = SamplePortal.shared
    let seed = "vai-thieu-bac-giang-2020/"

    @Test("It builds with no errors and no warnings")
    func builds() throws {
        let report = try #require(portal.report)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    @Test("The seed workshop's date, time, venue and delegate count are on its overview")
    func seedOverview() throws {
        let html = try portal.page(seed + "index.html")
        for fact in [
            "Thứ Sáu, 22/5/2020", "ngày 22 tháng 5 năm 2020", "Buổi sáng", "7 giờ 30", "Phòng họp Hội trường tầng 5",
            "Đường Lý Tự Trọng, phường Xương Giang, thành phố Bắc Giang", "70 đại biểu",
        ] {
            #expect(html.contains(fact), "overview lacks \(fact)")
        }
    }

    @Test("The seed workshop's agenda shows its start time and invents no programme")
    func seedAgenda() throws {
        let html = try portal.page(seed + "agenda/index.html")
        #expect(html.contains("7 giờ 30"))
        #expect(html.contains("Thứ Sáu, 22/5/2020"))
        #expect(!html.contains("agenda-item"))
    }

    @Test("The four participant categories and the 70 expected delegates are on the participants page")
    func seedParticipants() throws {
        let html = try portal.page(seed + "participants/index.html")
        #expect(html.contains("70 đại biểu"))
        for category in ["Đại biểu Trung ương", "Đại biểu tỉnh", "Đại biểu huyện", "Đại biểu từ doanh nghiệp, HTX"] {
            #expect(html.contains("<h2>\(category)"), "participants lack \(category)")
        }
        #expect(html.contains("Liên minh HTX tiêu dùng Việt Nam"))
    }

    @Test("The four organizing units, the funding and the signer are on the organization page")
    func seedOrganization() throws {
        let html = try portal.page(seed + "organization/index.html")
        for unit in [
            "Phòng Quản lý Khoa học", "Văn phòng Sở", "Phòng Kế hoạch Tài chính", "Trung tâm Ứng dụng KH&amp;CN",
        ] {
            #expect(html.contains("<h3>\(unit)</h3>"), "organization lacks \(unit)")
        }
        #expect(html.contains("Nguyễn Thanh Bình"))
        #expect(html.contains("Từ nguồn kinh phí sự nghiệp khoa học và công nghệ tỉnh"))
        #expect(html.contains("tháng 5 năm 2020"))
    }

    @Test("Every internal link and anchor resolves")
    func links() throws {
        #expect(try LinkChecker.brokenLinks(inFolder: portal.output) == [])
    }
}
