import Foundation
import TestSupport
import Testing

@Suite("export-plan --html, printed by a browser, in the layout of Nghị định 30")
struct ExportPlanPrintTests {
    /// The test portal's plan with an open number, a supervising agency and a February date, exported and printed
    /// to PDF by headless Chromium; the words of its first page.
    private func printedPlan() throws -> (html: String, words: [PDFWord]) {
        let site = try FixtureSite(fixture: "portal")
        let path = site.contentPath + "/workshops/hoi-thao-mau/plan.yaml"
        let plan = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "  number: 12/KH-KHCN", with: "  number: /KH-KHCN")
            .replacingOccurrences(
                of: "  date: 5/2020", with: "  date: 5/2/2020\n  supervising_agency: UBND tỉnh Bắc Giang")
        try plan.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try hoithao(["export-plan", "hoi-thao-mau", "--html", "--output", "ke-hoach.html"], in: site.root)
        #expect(run.status == 0, "\(run.errors)")
        let html = try String(contentsOfFile: site.root + "/ke-hoach.html", encoding: .utf8)
        try ExternalTool.run([
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(site.root)/ke-hoach.pdf", "file://\(site.root)/ke-hoach.html",
        ])
        return (html, try #require(try PDFWords.pages(site.root + "/ke-hoach.pdf").first))
    }

    private func line(_ first: String, _ words: [PDFWord]) -> String {
        guard let start = words.first(where: { $0.text == first }) else { return "" }
        return words.filter { abs($0.yMin - start.yMin) < 2 && $0.xMin >= start.xMin }.sorted { $0.xMin < $1.xMin }
            .map(\.text).joined(separator: " ")
    }

    @Test("The quốc hiệu, the tiêu ngữ and the place and date each on one line; day and February zero-padded")
    func header() throws {
        let (_, words) = try printedPlan()
        #expect(line("CỘNG", words) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(line("Độc", words) == "Độc lập - Tự do - Hạnh phúc")
        #expect(line("Bắc", words) == "Bắc Giang, ngày 05 tháng 02 năm 2020")
        let agency = try #require(words.phrase("UBND TỈNH BẮC GIANG"))
        let issuer = try #require(words.phrase("SỞ KHOA HỌC"))
        #expect(agency[0].yMax <= issuer[0].yMin + 1)
    }

    @Test("Rules under the agency and the tiêu ngữ, a blank kept for the number, no word said twice, no bold value")
    func page() throws {
        let (html, words) = try printedPlan()
        #expect(html.contains(".issuer::after { content: \"\"; display: block; width: 33%;"))
        #expect(html.contains("<span class=\"rule\">Độc lập - Tự do - Hạnh phúc</span>"))
        #expect(html.contains("h2 { font-size: 14pt; font-weight: normal;"))
        #expect(html.contains("<div class=\"number\">Số:         /KH-KHCN</div>"))
        let number = try #require(words.phrase("Số:"))
        let symbol = try #require(words.first { $0.text == "/KH-KHCN" })
        #expect(symbol.xMin - number[0].xMax > 20, "room for the number the clerk writes")
        #expect(html.contains("<p class=\"title\">Tổ chức Hội thảo “Vải thiều &amp; thị trường” &lt;thử&gt;</p>"))
        #expect(!html.contains("Hội thảo “Hội thảo"))
        #expect(html.contains("<h3>Phiên 1 (chủ trì: TS. Trần B; phòng: Phòng A)</h3>"))
        #expect(!html.contains("Phiên: Phiên"))
    }
}
