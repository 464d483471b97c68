import Foundation
import HoithaoImport
import TestSupport
import Testing

/// `hoithao new paper --from`: a paper written in Word (`Tests/Fixtures/import/word-papers.py` made the files) as
/// the Markdown of a paper and its pictures.
@Suite("A paper from Word")
struct PaperImportTests {
    private func paper(_ name: String, title: String? = nil) throws -> WordPaper {
        let data = try Data(contentsOf: URL(fileURLWithPath: ImportFixtures.folder + "/" + name))
        return try WordPaper.read(data, title: title).get()
    }

    /// Styles: the title, authors with superscript markers, abstract and keywords are the front matter; headings,
    /// lists, a table, a figure with its caption, notes, formats and line breaks are the body.
    @Test("A paper written with Word's styles")
    func styled() throws {
        let read = try paper("bai-viet-kieu.docx")
        #expect(read.slug == "thuc-trang-san-xuat-va-tieu-thu-vai-thieu-luc-ngan")
        #expect(
            read.markdown == """
                ---
                title: Thực trạng sản xuất và tiêu thụ vải thiều Lục Ngạn
                authors:
                  - name: Nguyễn Văn An
                    affiliation: Viện Nghiên cứu Rau quả, Hà Nội
                    email: an.nv@example.vn
                  - name: Trần Thị Bình
                    affiliation: Trường Đại học Nông Lâm Bắc Giang
                  - name: Lê Minh Châu
                    affiliation: Viện Nghiên cứu Rau quả, Hà Nội
                abstract: Bài viết đánh giá thực trạng sản xuất vải thiều giai đoạn 2015–2019 và đề xuất giải pháp.
                keywords:
                  - vải thiều
                  - chuỗi giá trị
                  - Lục Ngạn
                ---
                **Abstract:** *The paper reviews lychee production in Luc Ngan.*

                **Keywords:** lychee, value chain

                ## Đặt vấn đề

                Vải thiều là cây ăn quả **chủ lực** của huyện, với *28.000 ha* và năng suất 5 tấn/ha[^1]. Diện tích tính theo m^2^, lượng CO~2~ theo tấn.

                Địa chỉ vùng trồng:\\
                xã Phượng Sơn, huyện Lục Ngạn\\
                tỉnh Bắc Giang

                ## Kết quả và thảo luận

                ### Diện tích và sản lượng

                Các vùng trồng chính:

                - Phượng Sơn, Quý Sơn
                - Hồng Giang \\[vùng đồi\\] \\*chính\\*

                1. Điều tra 120 hộ
                2. Phỏng vấn cán bộ xã

                Bảng 1. Sản lượng vải thiều theo năm

                | Năm | Sản lượng (tấn) | Giá \\| đồng/kg |
                |---|---|---|
                | 2018 | 150.000 | 12.000 |
                | 2019 | 160.000 |  |

                Giá bán tăng đều qua các năm[^2].

                ![Bản đồ vùng trồng vải thiều](thuc-trang-san-xuat-va-tieu-thu-vai-thieu-luc-ngan/hinh-1.png)
                *Hình 1. Bản đồ vùng trồng vải thiều*

                Hình 2. Sơ đồ chuỗi giá trị

                Lợi nhuận tính theo công thức .

                ## Tài liệu tham khảo

                1. Nguyễn Văn A (2019). Cây vải. NXB Nông nghiệp.
                2. Trần B (2020). Thị trường vải. Tạp chí Kinh tế, 5, 12–20.

                [^1]: Số liệu của Sở Nông nghiệp và Phát triển nông thôn Bắc Giang.

                [^2]: Giá bình quân tại vườn, chưa tính vận chuyển.
                """ + "\n")
        #expect(read.pictures.map(\.name) == ["hinh-1.png"])
        #expect(read.pictures.first?.data.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true)
    }

    @Test("What Markdown cannot carry is reported with its paragraph: an EMF picture, an equation")
    func leftOut() throws {
        let report = try paper("bai-viet-kieu.docx").report
        #expect(report.count == 2)
        #expect(
            report.first?.hasPrefix("paragraph 33: the picture word/media/so-do.emf (“Sơ đồ chuỗi giá trị”) is EMF")
                == true)
        #expect(
            report.last
                == "paragraph 35: an equation (Word's equation editor) was left out; write it as text, or paste it as a picture"
        )
    }

    @Test("Typed: a bold title, one affiliation for both authors, TÓM TẮT over the abstract, numbered bold headings")
    func typed() throws {
        let read = try paper("bai-viet-so.docx")
        #expect(
            read.markdown == """
                ---
                title: GIẢI PHÁP PHÁT TRIỂN VẢI THIỀU BỀN VỮNG
                authors:
                  - name: Phạm Thị Dung
                    affiliation: Sở Khoa học và Công nghệ Bắc Giang
                  - name: Hoàng Văn Em
                    affiliation: Sở Khoa học và Công nghệ Bắc Giang
                abstract: Bài viết đề xuất ba nhóm giải pháp phát triển vải thiều.
                keywords:
                  - vải thiều
                  - bền vững
                ---
                ## 1. ĐẶT VẤN ĐỀ

                Sản xuất vải thiều cần bền vững hơn.

                ## 2. VẬT LIỆU VÀ PHƯƠNG PHÁP

                ### 2.1. Vật liệu

                1. Giống vải thiều Thanh Hà.

                ## TÀI LIỆU THAM KHẢO

                \\[1\\] Phạm C (2018). Vải thiều Bắc Giang. NXB Khoa học.
                """ + "\n")
        #expect(read.pictures.isEmpty)
        #expect(read.report.isEmpty)
    }

    @Test("A title given replaces the document's, and names the file and the pictures' folder")
    func givenTitle() throws {
        let read = try paper("bai-viet-kieu.docx", title: "Vải thiều Lục Ngạn")
        #expect(read.slug == "vai-thieu-luc-ngan")
        #expect(read.markdown.hasPrefix("---\ntitle: Vải thiều Lục Ngạn\n"))
        #expect(read.markdown.contains("](vai-thieu-luc-ngan/hinh-1.png)"))
    }

    @Test("A file that is not a Word file is refused with what to do")
    func notWord() {
        guard case .failure(let refusal) = WordPaper.read(Data("{\\rtf1 Bài viết}".utf8)) else {
            Issue.record("an RTF file was read as Word")
            return
        }
        #expect(refusal.message.hasPrefix("this is not a readable Word (.docx) file (it is not a zip file"))
    }
}
