import Foundation
import HoithaoModel
import HoithaoPrint
import TestSupport
import Testing

@Suite("Invitations (giấy mời) in the layout of Nghị định 30/2020/NĐ-CP")
struct InvitationTests {
    @Test(
        "One letter a delegate: the quốc hiệu and the tiêu ngữ each on one line, place and date on one line with the day and February zero-padded"
    )
    func header() throws {
        let pdf = try #require(try PrintFixture.print(.invitations)["giay-moi.pdf"])
        try PrintFixture.keepPicture(of: pdf, as: "invitations")
        let pages = try PDFWords.pages(pdf)
        #expect(pages.count == PrintFixture.delegates.count)
        for page in pages {
            let national = try #require(PrintFixture.line(starting: "CỘNG", in: page))
            #expect(national.joined(separator: " ").hasSuffix("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            let motto = try #require(PrintFixture.line(starting: "Độc", in: page))
            #expect(motto.joined(separator: " ").hasSuffix("Độc lập - Tự do - Hạnh phúc"))
            let dated = try #require(PrintFixture.line(starting: "ngày", in: page))
            #expect(dated.joined(separator: " ").hasSuffix("Bắc Giang, ngày 05 tháng 02 năm 2020"))
        }
        let text = try PrintFixture.layoutPages(pdf)
        let first = try #require(text.first)
        #expect(first.contains("SỞ KHOA HỌC VÀ CÔNG"))
        #expect(first.contains("GIẤY MỜI"))
        #expect(first.contains("Kính gửi: Bà Công Tằng Tôn Nữ Thị Phương Thảo, Giám đốc, Sở"))
        #expect(first.contains("Thời gian: 7 giờ 30, Thứ Sáu, ngày 22/5/2020 đến Thứ Bảy, ngày 23/5/2020"))
        #expect(first.contains("Địa điểm: Hội trường tầng 5, Sở KH&CN, Đường Lý Tự Trọng."))
        #expect(first.contains("- Thứ Sáu, ngày 22/5/2020: 7 giờ 30 Đón tiếp đại biểu; 8 giờ Khai mạc."))
        #expect(first.contains("Nơi nhận:"))
        #expect(first.contains("- Như trên;"))
        #expect(first.contains("- Lưu VT."))
        #expect(first.contains("GIÁM ĐỐC"))
        #expect(first.contains("Nguyễn Văn A"))
        #expect(first.firstMatch(of: /Số: {4,}\/GM-KHCN/) != nil, "the number's blank is kept for the clerk")
    }

    @Test("A date the plan leaves open keeps its blanks; March to December are written without a zero")
    func openDate() throws {
        var kit = try PrintFixture.kit()
        kit.issued = nil
        let plan = try #require(PrintFixture.print(.invitations, kit)["giay-moi.pdf"])
        #expect(try PrintFixture.layoutPages(plan).first?.firstMatch(of: /Bắc Giang, ngày +tháng 5 năm 2020/) != nil)
        kit.issued = PartialDate(year: 2027, month: 9, day: 14)
        let september = try #require(PrintFixture.print(.invitations, kit)["giay-moi.pdf"])
        #expect(try PrintFixture.layoutPages(september).first?.contains("Bắc Giang, ngày 14 tháng 9 năm 2027") == true)
    }

    @Test("The supervising agency stands above the issuer; KT. and its position are two lines of the signer's block")
    func agencyAndDeputy() throws {
        let kit = try PrintFixture.kit {
            $0.plan.document?.supervisingAgency = "UBND tỉnh Bắc Giang"
            $0.plan.signer = Signer(title: "KT. Giám đốc, Phó Giám đốc", name: "Trần Văn B")
        }
        let pdf = try #require(try PrintFixture.print(.invitations, kit)["giay-moi.pdf"])
        let page = try #require(try PDFWords.pages(pdf).first)
        let agency = try #require(page.phrase("UBND TỈNH BẮC GIANG"))
        let issuer = try #require(page.phrase("SỞ KHOA HỌC"))
        #expect(agency[0].yMin + agency[0].height / 2 < issuer[0].yMin)
        let deputy = try #require(page.phrase("KT. GIÁM ĐỐC"))
        let position = try #require(page.phrase("PHÓ GIÁM ĐỐC"))
        #expect(deputy[0].yMin + deputy[0].height / 2 < position[0].yMin)
        #expect(try PrintFixture.layoutPages(pdf).first?.contains("Trần Văn B") == true)
    }

    @Test("Envelope labels, fourteen a sheet, each delegate's name whole")
    func labels() throws {
        let pdf = try #require(try PrintFixture.print(.invitations)["nhan-phong-bi.pdf"])
        try PrintFixture.keepPicture(of: pdf, as: "envelope-labels")
        let text = try PrintFixture.layoutPages(pdf)
        #expect(text.count == 3)
        let pages = try PDFWords.pages(pdf)
        let millimetre = 72 / 25.4
        let label: (width: Double, height: Double) = (99.1 * millimetre, 38.1 * millimetre)
        for (index, delegate) in PrintFixture.delegates.enumerated() {
            let place = index % 14
            let x = (4.65 + Double(place % 2) * (99.1 + 2.5)) * millimetre
            let y = 15.15 * millimetre + Double(place / 2) * label.height
            let inside = PrintFixture.words(
                of: pages[index / 14], inX: x, y: y, width: label.width, height: label.height)
            let addressed = "Kính gửi: \(delegate.salutation ?? "Ông/Bà") \(delegate.name)"
            #expect(inside.map(\.text).joined(separator: " ").hasPrefix(addressed), "\(delegate.name)")
        }
    }
}
