import Foundation
import HoithaoModel
import HoithaoPrint
import TestSupport
import Testing

@Suite("Certificates and the programme")
struct CertificateAndProgrammeTests {
    @Test("A certificate for each author and each delegate who asked for one, in landscape, with the header")
    func certificates() throws {
        let pdf = try #require(try PrintFixture.print(.certificates)["giay-chung-nhan.pdf"])
        try PrintFixture.keepPicture(of: pdf, as: "certificates")
        let pages = try PrintFixture.layoutPages(pdf)
        let attending = PrintFixture.delegates.filter { $0.documents.contains(.certificate) }
        #expect(attending.count == 6)
        #expect(pages.filter { $0.contains("Đã tham dự tại Hội thảo") }.count == attending.count)
        #expect(pages.contains { $0.contains("Là tác giả tham luận “") })
        for page in pages {
            #expect(page.contains("GIẤY CHỨNG NHẬN"))
            #expect(page.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            #expect(!page.contains("Nơi nhận"))
        }
        for delegate in attending { #expect(pages.contains { $0.contains(delegate.name) }, "\(delegate.name)") }
        let info = try ExternalTool.text(["pdfinfo", pdf])
        #expect(info.contains("841.89 x 595.276 pts (A4)"))
    }

    @Test("The programme lists the agenda and its QR code reads as the agenda's address")
    func programme() throws {
        let pdf = try #require(try PrintFixture.print(.programme)["chuong-trinh.pdf"])
        try PrintFixture.keepPicture(of: pdf, as: "programme")
        let text = try PrintFixture.layoutPages(pdf).joined()
        for line in [
            "CHƯƠNG TRÌNH", "Thứ Sáu, ngày 22/5/2020", "07:30–08:00", "Đón tiếp đại biểu", "Tham luận thực trạng",
        ] {
            #expect(text.contains(line), "\(line)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-qr-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ExternalTool.run(["pdftoppm", "-r", "150", "-png", "-singlefile", pdf, folder + "/page"])
        let decoded = try ExternalTool.text(["zbarimg", "--quiet", "--raw", folder + "/page.png"])
        #expect(decoded == "https://hoithao.example.vn/thu/hoi-thao-mau/agenda/\n")
    }

    @Test("Without the site's address the programme says what to set")
    func noAddress() throws {
        var kit = try PrintFixture.kit()
        kit.agendaURL = nil
        #expect(throws: PrintError.self) { try kit.make(.programme) }
    }
}

@Suite("The draft report (báo cáo kết quả)")
struct ResultReportTests {
    @Test(
        "It gives the plan it carried out, expected and invited delegates by category, the programme, its changes and the papers"
    )
    func report() throws {
        let kit = try PrintFixture.kit {
            $0.plan.revisions = [
                Revision(date: CalendarDate(year: 2020, month: 5, day: 20)!, note: "Khai mạc lùi sang 8 giờ 15")
            ]
        }
        let pdf = try #require(try PrintFixture.print(.report, kit)["bao-cao-ket-qua.pdf"])
        try PrintFixture.keepPicture(of: pdf, as: "report")
        let text = try PrintFixture.layoutPages(pdf).joined()
        #expect(text.firstMatch(of: /Số: {4,}\/BC-KHCN/) != nil)
        #expect(text.contains("Bắc Giang, ngày 05 tháng 02 năm 2020"))
        #expect(text.contains("Thực hiện Kế hoạch số 12/KH-KHCN của Sở Khoa học và Công nghệ"))
        for heading in ["I. THÔNG TIN CHUNG", "II. THÀNH PHẦN THAM DỰ", "III. CHƯƠNG TRÌNH HỘI THẢO", "IV. THAM LUẬN"] {
            #expect(text.contains(heading), "\(heading)")
        }
        #expect(text.firstMatch(of: /Đại biểu Trung ương +30 +15/) != nil)
        #expect(text.firstMatch(of: /Đại biểu tỉnh +40 +15/) != nil)
        #expect(text.firstMatch(of: /Tổng cộng +70 +30/) != nil)
        #expect(text.contains("- Ngày 20/5/2020: Khai mạc lùi sang 8 giờ 15"))
        let papers = try #require(PrintFixture.loaded?.papers)
        #expect(text.contains("Hội thảo nhận được \(papers.count) tham luận:"))
        for paper in papers { #expect(text.contains("“\(paper.title)”"), "\(paper.title)") }
    }
}

@Suite("Attendance in the report")
struct AttendanceTests {
    private func table(_ kit: PrintKit) throws -> String {
        let pdf = try #require(try PrintFixture.print(.report, kit)["bao-cao-ket-qua.pdf"])
        return try PrintFixture.layoutPages(pdf).joined()
    }

    @Test("The plan's `attended` per category fills the column, and the total once every category has one")
    func fromThePlan() throws {
        var kit = try PrintFixture.kit { $0.plan.participants[0].attended = 28 }
        var text = try table(kit)
        #expect(text.firstMatch(of: /Đại biểu Trung ương +30 +15 +28/) != nil)
        #expect(text.firstMatch(of: /Tổng cộng +70 +30 *\n/) != nil, "no total from one category of two")
        kit.workshop.plan.participants[1].attended = 37
        text = try table(kit)
        #expect(text.firstMatch(of: /Tổng cộng +70 +30 +65/) != nil)
    }

    @Test("Ticks in the list's `có mặt` column are counted by category")
    func fromTheList() throws {
        var kit = try PrintFixture.kit()
        for index in kit.delegates.indices { kit.delegates[index].attended = index < 10 }
        let text = try table(kit)
        #expect(text.firstMatch(of: /Đại biểu Trung ương +30 +15 +5/) != nil)
        #expect(text.firstMatch(of: /Đại biểu tỉnh +40 +15 +5/) != nil)
        #expect(text.firstMatch(of: /Tổng cộng +70 +30 +10/) != nil)
    }

    @Test("The `có mặt` column reads x and không, and says what to write for anything else")
    func ticks() {
        var reader = DelegateReader(path: "dai-bieu.csv")
        let delegates = reader.read(Data("họ tên,có mặt\nAn,x\nBình,không\nChi,\nDung,?\n".utf8))
        #expect(delegates?.map(\.attended) == [true, false, nil, nil])
        #expect(
            reader.diagnostics.map(\.description) == [
                "dai-bieu.csv:5:6: error: `?` in `có mặt`: write `x` for a delegate who came, or leave it empty"
            ])
    }
}
