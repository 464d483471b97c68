import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("Proceedings downloads and citations")
struct CitationTests {
    let paperFolder = "hoi-thao-mau/proceedings/thuc-trang/"

    @Test("The paper page carries Highwire citation tags, with Vietnamese names family name first")
    func metaTags() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let html = try site.output(paperFolder + "index.html")
        for tag in [
            #"<meta name="citation_title" content="Thực trạng sản xuất vải thiều">"#,
            #"<meta name="citation_author" content="Nguyễn, Văn A">"#,
            #"<meta name="citation_author_institution" content="Viện Rau quả">"#,
            #"<meta name="citation_author_orcid" content="https://orcid.org/0000-0002-1825-0097">"#,
            #"<meta name="citation_author" content="Trần, Thị B">"#,
            #"<meta name="citation_publication_date" content="2020/05/22">"#,
            #"<meta name="citation_language" content="vi">"#,
            #"<meta name="citation_pdf_url" content="https://hoithao.example.vn/thu/hoi-thao-mau/proceedings/thuc-trang/thuc-trang.pdf">"#,
        ] {
            #expect(html.contains(tag), "missing \(tag)")
        }
        #expect(html.contains("Nguyễn Văn A, Trần Thị B (2020). Thực trạng sản xuất vải thiều. Kỷ yếu hội thảo"))
    }

    @Test("BibTeX and RIS hold every field, escaped, per paper and for the whole proceedings")
    func bibTeXAndRIS() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let bib = try site.output(paperFolder + "thuc-trang.bib")
        #expect(bib.hasPrefix("@inproceedings{hoi-thao-mau-thuc-trang,\n"))
        #expect(bib.contains("  author = {Nguyễn, Văn A and Trần, Thị B},\n"))
        #expect(bib.contains("  booktitle = {Kỷ yếu hội thảo “Hội thảo “Vải thiều \\& thị trường” <thử>”},\n"))
        #expect(bib.contains("  year = {2020},\n"))
        #expect(bib.contains("  address = {Bắc Giang},\n"))
        let ris = try site.output(paperFolder + "thuc-trang.ris")
        #expect(
            ris.components(separatedBy: "\r\n").prefix(4) == [
                "TY  - CPAPER", "TI  - Thực trạng sản xuất vải thiều", "AU  - Nguyễn, Văn A", "AU  - Trần, Thị B",
            ])
        #expect(ris.hasSuffix("ER  - \r\n"))
        let whole = try site.output("hoi-thao-mau/proceedings/hoi-thao-mau.bib")
        #expect(whole.components(separatedBy: "@inproceedings{").count == 3)
        #expect(
            try site.output("hoi-thao-mau/proceedings/hoi-thao-mau.ris").components(separatedBy: "TY  - CPAPER").count
                == 3)
    }

    @Test("The proceedings page offers the book, the EPUB and the authors' zip, each with its size and SHA-256")
    func downloads() throws {
        let site = try FixtureSite(fixture: "portal")
        try #require(try site.build().succeeded)
        let html = try site.output("hoi-thao-mau/proceedings/index.html")
        for file in ["hoi-thao-mau-ky-yeu.pdf", "hoi-thao-mau-ky-yeu.epub", "hoi-thao-mau-tep-tac-gia.zip"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: site.outputPath + "/hoi-thao-mau/proceedings/" + file))
            #expect(html.contains(file))
            let digest = try sha256(data)
            #expect(html.contains("SHA-256: <code>\(digest)</code>"), "\(file)'s digest is not on the page")
        }
        #expect(
            try Data(
                contentsOf: URL(fileURLWithPath: site.outputPath + "/hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.pdf")
            ).starts(with: Data("%PDF".utf8)))
    }

    @Test("`--no-books` skips typesetting, and nothing links to a book that was not made")
    func noBooks() throws {
        let site = try FixtureSite(fixture: "portal")
        var options = site.options()
        options.makesBooks = false
        try #require(try SiteBuilder(options: options).run().succeeded)
        #expect(!site.outputFiles().contains { $0.hasSuffix(".pdf") || $0.hasSuffix(".epub") })
        #expect(try LinkChecker.brokenLinks(inFolder: site.outputPath) == [])
    }

    /// SHA-256 through the system's `sha256sum`, so the test does not check the code with itself.
    func sha256(_ data: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        return String(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64))
    }
}

@Suite("The book's page size")
struct BookPageSizeTests {
    @Test("`book_page_size: a5` in site.yaml typesets the book on A5")
    func a5() throws {
        let site = try FixtureSite(fixture: "portal")
        let text = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", text + "book_page_size: a5\n")
        try #require(try site.build().succeeded)
        let info = try ReadableText.pdfInfo(site.outputPath + "/hoi-thao-mau/proceedings/hoi-thao-mau-ky-yeu.pdf")
        #expect(info.contains("Page size:       419.528 x 595.276 pts"), "\(info)")
    }
}
