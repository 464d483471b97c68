import BuildTestSupport
import Foundation
import TestSupport
import Testing

@Suite("A paper with tables, footnotes, figures, cross-references and references, built end to end")
struct ScholarlyPaperTests {
    /// A paper written the way researchers write, front matter on lines 1 to 4, so its body starts on line 5.
    static let paper = """
        ---
        title: Năng suất vải thiều
        authors: [{name: Nguyễn Văn A}]
        ---
        ## 1. Đặt vấn đề

        Sản lượng tăng (@tbl:san-luong, @fig:so-do).[^nguon]

        Bảng: Sản lượng theo năm {#tbl:san-luong}

        | Năm | Tấn |
        |:--|--:|
        | 2023 | 1 200 |

        ![Sơ đồ](hinh/so-do.png){#fig:so-do}
        *Hình 9. Sơ đồ vùng trồng*

        ## 2. Tài liệu tham khảo

        1. Trần B (2021). doi:10.5555/abc.123

        [^nguon]: Số liệu *minh hoạ*.

        """

    static func site(_ paper: String = paper) throws -> FixtureSite {
        let site = try FixtureSite([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/papers/bai.md": paper,
        ])
        try site.write(
            "workshops/thu/papers/hinh/so-do.png",
            Data(contentsOf: URL(fileURLWithPath: Repository.root + "/Tests/Fixtures/proceedings-images/so-do.png")))
        return site
    }

    @Test("The page shows table, figure, linked numbers, notes and references; contents keep authors' numbers")
    func page() throws {
        let site = try Self.site()
        let report = try site.build()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        let html = try site.output("thu/proceedings/bai/index.html")
        #expect(html.contains("<ol class=\"as-written\">"))
        #expect(html.contains("<a href=\"#tbl-san-luong\">Bảng 1</a>, <a href=\"#fig-so-do\">Hình 1</a>"))
        #expect(
            html.contains(
                "<caption id=\"tbl-san-luong-caption\"><span class=\"caption-number\">Bảng 1.</span> "
                    + "Sản lượng theo năm</caption>"))
        #expect(
            html.contains("<figcaption><span class=\"caption-number\">Hình 1.</span> Sơ đồ vùng trồng</figcaption>"))
        #expect(html.contains("<div class=\"references\">"))
        #expect(html.contains("<a href=\"https://doi.org/10.5555/abc.123\">10.5555/abc.123</a>"))
        #expect(html.contains("<li id=\"fn-1\">\n<p>Số liệu <em>minh hoạ</em>."))
    }

    @Test("A paper whose headings carry no numbers gets a numbered contents list")
    func numberedContents() throws {
        let site = try Self.site("---\ntitle: T\n---\n## Mở đầu\n\n## Kết luận\n")
        try site.build()
        let html = try site.output("thu/proceedings/bai/index.html")
        #expect(html.contains("aria-labelledby=\"toc-heading\""))
        #expect(!html.contains("as-written"))
    }

    @Test("Mistakes are reported at their lines in the paper's file: an unknown reference fails the build")
    func mistakes() throws {
        let site = try Self.site("---\ntitle: T\n---\nXem @fig:khong-co và chú thích[^x].\n")
        let report = try site.build()
        let path = site.contentPath + "/workshops/thu/papers/bai.md"
        let lines = report.diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("\(path):4:5: error: @fig:khong-co refers to no hình of this paper") })
        #expect(lines.contains { $0.hasPrefix("\(path):4:31: warning: the footnote [^x] is not defined") })
        #expect(report.diagnostics.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: site.outputPath + "/thu/proceedings/bai/index.html"))
    }

    @Test("The EPUB with a table, a figure and a footnote passes epubcheck, and marks its notes as EPUB 3 notes")
    func epub() throws {
        let site = try Self.site()
        try site.build()
        let epub = site.outputPath + "/thu/proceedings/thu-ky-yeu.epub"
        let check = try PictureTests.run(["java", "-jar", "/usr/share/java/epubcheck.jar", epub], allowFailure: true)
        #expect(check.contains("No errors or warnings detected"), "\(check)")
        let xhtml = try PictureTests.run(["unzip", "-p", epub, "EPUB/paper-bai.xhtml"])
        #expect(xhtml.contains("epub:type=\"noteref\""))
        #expect(xhtml.contains("<aside id=\"fn-1\" epub:type=\"footnote\">"))
        #expect(
            xhtml.contains("<caption><span class=\"caption-number\">Bảng 1.</span> Sản lượng theo năm</caption>"))
        #expect(
            xhtml.contains("<figcaption><span class=\"caption-number\">Hình 1.</span> Sơ đồ vùng trồng</figcaption>"))
    }
}
