import Foundation
import TestSupport

/// A small Vietnamese workshop made to stress the typesetter: long papers full of headings,
/// lists, quotes, code, pictures (PNG and JPEG) and one private and one public e-mail address.
enum BookFixture {
    static let slug = "hoi-thao-thu"
    static let privateEmail = "huong.nguyen@vien-bi-mat.example.vn"
    static let publicEmail = "dat.tran@cong-khai.example.vn"
    /// The caption written under a picture that sits inside a paragraph.
    static let inlineCaption = "Hình 3. Sơ đồ hệ thống tưới"

    static let titles = [
        "Ứng dụng công nghệ số trong quản lý vườn vải thiều ở Lục Ngạn",
        "Đánh giá hiệu quả tưới nhỏ giọt cho cây ăn quả vùng đồi",
        "Chuỗi giá trị và truy xuất nguồn gốc nông sản Bắc Giang",
    ]

    /// Writes the fixture's content into a new temporary site.
    static func site() throws -> FixtureSite {
        var files: [String: String] = [
            "site.yaml": "name: Cổng hội thảo thử nghiệm\nhost: Sở Khoa học và Công nghệ\nlanguage: vi\n",
            "workshops/\(slug)/plan.yaml": """
            title: Hội thảo khoa học về phát triển vùng vải thiều Lục Ngạn
            date: 22/5/2020
            theme: Khoa học và công nghệ cho nông nghiệp bền vững
            organizers: [Sở Khoa học và Công nghệ tỉnh Bắc Giang]
            venue:
              name: Hội trường tầng 5
              address: Đường Lý Tự Trọng, thành phố Bắc Giang

            """,
            "workshops/\(slug)/index.md": "Kỷ yếu gồm **ba tham luận** của các nhà khoa học về *vải thiều*.\n",
        ]
        for (index, title) in titles.enumerated() {
            files["workshops/\(slug)/papers/tham-luan-\(index + 1).md"] = paper(index, title: title)
        }
        let site = try FixtureSite(files)
        let images = Repository.root + "/Tests/Fixtures/proceedings-images/"
        for name in ["so-do.png", "anh-vuon.jpg"] {
            try site.write(
                "workshops/\(slug)/papers/hinh/\(name)", try Data(contentsOf: URL(fileURLWithPath: images + name)))
        }
        return site
    }

    /// A workshop of fifteen short papers in three sections, of one to four pages each, so some
    /// papers end on a right-hand page and need a blank page after them.
    static func manyPapers() throws -> FixtureSite {
        var files: [String: String] = [
            "site.yaml": "name: Cổng hội thảo\nlanguage: vi\n",
            "workshops/\(slug)/plan.yaml":
                "title: Hội thảo nhiều tham luận\ndate: 22/5/2020\nvenue: {name: Hội trường tỉnh}\n",
            "workshops/\(slug)/index.md": "Kỷ yếu gồm mười lăm tham luận.\n",
        ]
        let sentence = "Mô hình liên kết sản xuất giúp nông dân giảm chi phí và tăng giá bán sản phẩm. "
        let sections = ["Thực trạng", "Giải pháp", "Thị trường"]
        for index in 0..<15 {
            var paper = """
                ---
                title: Tham luận \(index + 1) về phát triển vùng sản xuất
                authors: [{name: Tác giả \(index + 1)}]
                section: \(sections[index / 5])
                order: \(index + 1)
                ---

                """
            for number in 0..<(index * 7 % 11 + 2) {
                paper += "## Mục \(number + 1)\n\n" + String(repeating: sentence, count: 12) + "\n\n"
            }
            files["workshops/\(slug)/papers/tham-luan-\(index + 1).md"] = paper
        }
        return try FixtureSite(files)
    }

    /// The headings of every paper, as printed.
    static var headings: [String] {
        (1...24).map(heading)
    }

    private static func heading(_ number: Int) -> String {
        "Phần \(number): Kết quả nghiên cứu và thảo luận"
    }

    private static func paper(_ index: Int, title: String) -> String {
        var body = """
            ---
            title: \(title)
            authors:
              - name: Nguyễn Thị Hương
                affiliation: Viện Nghiên cứu Rau quả
                email: \(privateEmail)
              - name: Trần Quốc Đạt
                affiliation: Trường Đại học Nông Lâm Bắc Giang
                email: \(publicEmail)
                email_public: true
            abstract: Bài viết trình bày kết quả khảo sát ở các hộ trồng vải thiều huyện Lục Ngạn.
            keywords: [vải thiều, công nghệ số]
            section: \(index < 2 ? "Thực trạng và giải pháp" : "Thị trường")
            order: \(index + 1)
            ---

            """
        let sentence = "Người trồng vải ở Lục Ngạn đã áp dụng quy trình VietGAP và ghi chép nhật ký sản xuất đầy đủ. "
        for number in 1...24 {
            body += "## \(heading(number))\n\n"
            // Paragraph lengths vary so that headings fall at every height of the page.
            let count = (number * 7 + index * 3) % 9 + 1
            body += String(repeating: sentence, count: count) + "\n\n"
            switch number % 6 {
            case 0: body += "- Mục một\n  - mục con *nghiêng*\n  - mục con `mã`\n- Mục hai\n\n"
            case 1: body += "> Trích dẫn ý kiến của nông dân về **giá bán** vải.\n\n"
            case 2: body += "```\nluong_nuoc = dien_tich * 0.8\n```\n\n"
            case 3: body += "Xem thêm [trang của Sở](https://sokhcn.example.vn/vai-thieu).\n\n***\n\n"
            default: body += String(repeating: sentence, count: 2) + "\n\n"
            }
        }
        body += "![Sơ đồ vườn thử nghiệm](hinh/so-do.png)\n\n![Ảnh vườn vải](hinh/anh-vuon.jpg)\n\n"
        // A picture inside a paragraph, its caption on the next line, as authors often write it.
        body += "Hệ thống tưới như sau:\n![Sơ đồ tưới](hinh/so-do.png)\n*\(inlineCaption)*\n"
        return body
    }
}
