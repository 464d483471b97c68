import Foundation
import HoithaoMarkdown
import HoithaoModel
import TestSupport
import Testing

@testable import HoithaoProceedings

@Suite("The proceedings book as PDF")
struct BookPDFTests {
    /// The demo workshop's book, and the stress fixture's, each built once for the suite.
    static let demo = NamedBook("demo", Result { try Book(BookSupport.proceedings("vi-du-hoi-thao-mau")) })
    static let fixture = NamedBook("fixture", book(of: BookFixture.site))
    static let many = NamedBook("many papers", book(of: BookFixture.manyPapers))

    /// The book of the fixture site `make` makes, kept alive while the book is typeset.
    static func book(of make: () throws -> FixtureSite) -> Result<Book, any Error> {
        Result {
            let site = try make()
            return try withExtendedLifetime(site) {
                try Book(BookSupport.proceedings(BookFixture.slug, in: site.contentPath))
            }
        }
    }

    /// A book as a test's argument: named in the test log by its fixture, not printed whole.
    struct NamedBook: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let result: Result<Book, any Error>

        init(_ name: String, _ result: Result<Book, any Error>) {
            (testDescription, self.result) = (name, result)
        }

        func get() throws -> Book { try result.get() }
    }

    /// A built book: its proceedings, its PDF on disk and its page count.
    struct Book: Sendable {
        let proceedings: Proceedings
        let pdf: String
        let pages: Int

        init(_ proceedings: Proceedings) throws {
            self.proceedings = proceedings
            pdf = try BookSupport.file(try proceedings.bookPDF(), named: "book.pdf")
            pages = try BookSupport.pageCount(pdf)
        }

        var papers: [Paper] { proceedings.workshop.papers }
        var sections: Int { Set(papers.compactMap(\.section)).count }

        /// Each paper's page number as printed in the table of contents.
        func contentsNumbers() throws -> [String: Int] {
            var numbers: [String: Int] = [:]
            for page in 1...min(pages, 8) {
                let lines = try BookSupport.text(pdf, page: page, layout: true).split(separator: "\n")
                for paper in papers {
                    let prefix = String(paper.title.prefix(30))
                    guard let line = lines.first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }),
                        let number = line.split(separator: " ").last.flatMap({ Int($0) })
                    else { continue }
                    numbers[paper.slug] = number
                }
            }
            return numbers
        }
    }

    @Test("the demo book is A4, with a cover, the front matter, the contents and every paper", arguments: [demo])
    func demoBook(_ book: NamedBook) throws {
        let book = try book.get()
        let info = try BookSupport.run(["pdfinfo", book.pdf])
        #expect(info.contains("A4"))
        #expect(book.pages >= 5 + 2 * book.papers.count - 1)
        let cover = try BookSupport.text(book.pdf, page: 1)
        #expect(BookSupport.containsExactly(cover, book.proceedings.workshop.plan.title))
        #expect(BookSupport.containsExactly(cover, "14 October 2027"))
        #expect(BookSupport.containsExactly(try BookSupport.text(book.pdf, page: 3), "Foreword"))
    }

    @Test(
        "each contents entry's page number is the right-hand page where that paper begins",
        arguments: [demo, fixture, many])
    func contentsPageNumbers(_ book: NamedBook) throws {
        let book = try book.get()
        let numbers = try book.contentsNumbers()
        #expect(numbers.count == book.papers.count)
        for paper in book.papers {
            let page = try #require(numbers[paper.slug])
            #expect(page % 2 == 1, "\(paper.slug) starts on a left-hand page")
            #expect(BookSupport.containsExactly(try BookSupport.text(book.pdf, page: page), paper.title))
            #expect(!BookSupport.containsExactly(try BookSupport.text(book.pdf, page: page - 1), paper.title))
        }
    }

    @Test("the outline has one bookmark per section and per paper, opening its page", arguments: [demo, fixture, many])
    func outline(_ book: NamedBook) throws {
        let book = try book.get()
        let outline = try BookSupport.outlinePages(book.pdf)
        let numbers = try book.contentsNumbers()
        #expect(outline.count == book.sections + book.papers.count)
        for paper in book.papers {
            let title = paper.title.replacingOccurrences(of: "&", with: "&amp;")
            #expect(outline.contains { $0.title == title && $0.page == numbers[paper.slug] }, "\(paper.slug)")
        }
        // Bookmarks and contents links open their page at its top, not at the reader's current scroll offset.
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: book.pdf)), as: UTF8.self)
        let destinations = bytes.components(separatedBy: "/Dest [").dropFirst().map { $0.prefix { $0 != "]" } }
        #expect(destinations.count >= book.papers.count)
        #expect(destinations.allSatisfy { $0.contains("/XYZ 0 ") && !$0.contains("null") })
    }

    @Test("Vietnamese text extracts back unchanged and in NFC")
    func vietnameseRoundTrip() throws {
        let book = try Self.fixture.get()
        let text = try BookSupport.text(book.pdf)
        #expect(Array(text.unicodeScalars) == Array(text.nfc.unicodeScalars))
        let words =
            BookFixture.titles + [
                "Mục lục", "Lời giới thiệu", "Nguyễn Thị Hương", "Trần Quốc Đạt", "Thực trạng và giải pháp",
            ]
        for phrase in words { #expect(BookSupport.containsExactly(text, phrase), "\(phrase)") }
    }

    @Test("a heading is never the last line of a page")
    func headingsKeepWithNext() throws {
        let book = try Self.fixture.get()
        let headings = Set(BookFixture.headings + book.papers.compactMap(\.section))
        var lastLines: [String] = []
        for page in 1...book.pages {
            var lines = try BookSupport.text(book.pdf, page: page).split(separator: "\n").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            lines.removeAll(where: \.isEmpty)
            if let last = lines.last, Int(last) != nil { lines.removeLast() }
            if let last = lines.last { lastLines.append(last) }
        }
        #expect(lastLines.count > 20)
        for line in lastLines { #expect(!headings.contains(line), "page ends with the heading \(line)") }
    }

    @Test("PNG and JPEG pictures are in the PDF, the JPEG as it was, and a picture inside a paragraph too")
    func images() throws {
        let book = try Self.fixture.get()
        let list = try BookSupport.run(["pdfimages", "-list", book.pdf]).split(separator: "\n").dropFirst(2)
        #expect(list.count == 3 * book.papers.count)
        #expect(list.filter { $0.contains("jpeg") }.count == book.papers.count)
        let text = try BookSupport.text(book.pdf)
        #expect(!text.contains("[Sơ đồ tưới]") && !text.contains("Sơ đồ tưới"))
        #expect(BookSupport.containsExactly(text, "Hệ thống tưới như sau:"))
        #expect(BookSupport.containsExactly(text, BookFixture.inlineCaption))
        // The emphasized line after the picture is its caption: centred under it, not a paragraph.
        let page = try #require(
            try (1...book.pages).first {
                BookSupport.containsExactly(try BookSupport.text(book.pdf, page: $0), BookFixture.inlineCaption)
            })
        let boxes = try BookSupport.run(["pdftotext", "-bbox", "-f", "\(page)", "-l", "\(page)", book.pdf, "-"])
        let words = boxes.components(separatedBy: "<word ")
        let word = words.indices.dropLast().first {
            words[$0].contains(">Hình</word>") && words[$0 + 1].contains(">3.</word>")
        }
        .map { words[$0] }
        let left = word.flatMap { $0.components(separatedBy: "xMin=\"").dropFirst().first?.prefix { $0 != "\"" } }
        #expect((left.flatMap { Double($0) } ?? 0) > 150, "\(word ?? boxes)")
    }

    @Test("links to the web work")
    func links() throws {
        let book = try Self.fixture.get()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: book.pdf))
        #expect(bytes.range(of: Data("/URI (https://sokhcn.example.vn/vai-thieu)".utf8)) != nil)
    }

    @Test("each contents entry links to the page where its paper begins", arguments: [demo, fixture, many])
    func contentsLinks(_ book: NamedBook) throws {
        let book = try book.get()
        let numbers = try book.contentsNumbers()
        let label = book.proceedings.labels.contents
        let first = try (1...book.pages).first {
            try BookSupport.text(book.pdf, page: $0).split(separator: "\n").first == Substring(label)
        }
        var targets: Set<Int> = []
        for page in try #require(first)..<(numbers.values.min() ?? 0) {
            targets.formUnion(try BookSupport.linkTargets(book.pdf, page: page))
        }
        // The foreword's entry and one entry per paper.
        #expect(targets == Set(numbers.values).union([3]))
    }

    @Test("qpdf finds no damage in the book or in a paper's own PDF", arguments: [demo, fixture, many])
    func structure(_ book: NamedBook) throws {
        let book = try book.get()
        let paper = try BookSupport.file(try book.proceedings.paperPDF(book.papers[0]), named: "paper.pdf")
        for pdf in [book.pdf, paper] {
            let report = try BookSupport.run(["qpdf", "--check", pdf], includeErrors: true)
            #expect(report.contains("No syntax or stream encoding errors found"), "\(report)")
            #expect(!report.contains("WARNING"), "\(report)")
        }
    }

    @Test("a book of one paper, and one of none, end on their last page with nothing blank after it")
    func shortBooks() throws {
        var proceedings = try Self.demo.get().proceedings
        let paper = proceedings.workshop.papers[0]
        for papers in [[paper], []] {
            proceedings.workshop.papers = papers
            let pdf = try BookSupport.file(try proceedings.bookPDF(), named: "short.pdf")
            let pages = try BookSupport.pageCount(pdf)
            let last = try BookSupport.text(pdf, page: pages)
            #expect(!last.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
            #expect(try BookSupport.run(["qpdf", "--check", pdf]).contains("No syntax or stream encoding errors"))
            if papers.isEmpty {
                #expect(last.hasPrefix(proceedings.labels.contents))
            } else {
                let outline = try BookSupport.outlinePages(pdf)
                let start = try #require(outline.first { $0.title == paper.title }?.page)
                #expect(start % 2 == 1 && start < pages)
                #expect(BookSupport.containsExactly(try BookSupport.text(pdf, page: start), paper.title))
                #expect(try BookSupport.linkTargets(pdf, page: start - 2).contains(start))
            }
        }
    }

    @Test("a font map that cannot be made fails the book with an error, on either thread, and never hangs")
    func pipelineFailure() throws {
        let book = try Self.many.get()
        for helper in [false, true] {
            #expect(throws: ProceedingsError.self) {
                try book.proceedings.bookPDF(batchSize: 2, helper: helper, makeContext: { nil })
            }
        }
    }

    @Test("papers shaped in batches on two threads make the same bytes as on one thread")
    func pipelineIsDeterministic() throws {
        let book = try Self.many.get()
        let serial = try book.proceedings.bookPDF(batchSize: book.papers.count, helper: false)
        #expect(serial == (try Data(contentsOf: URL(fileURLWithPath: book.pdf))))
        #expect(serial == (try book.proceedings.bookPDF(batchSize: 4, helper: true)))
    }

    @Test("a private e-mail address appears in no spelling in the book's or a paper's text, metadata or links")
    func privacy() throws {
        let book = try Self.fixture.get()
        let paper = try BookSupport.file(try book.proceedings.paperPDF(book.papers[0]), named: "paper.pdf")
        for pdf in [book.pdf, paper] {
            let everything = try ReadableText.everything(inPDF: pdf)
            // The author is there, so the reading worked; only the address is not.
            #expect(BookSupport.containsExactly(everything, book.papers[0].authors[0].name))
            let shows = ReadableText.shows(BookFixture.privateEmail, in: everything)
            #expect(!shows, "\(pdf) shows \(BookFixture.privateEmail)")
        }
        #expect(try BookSupport.text(book.pdf).contains(BookFixture.publicEmail))
    }

    @Test("fonts are embedded and subset, and the metadata comes from the content")
    func fontsAndMetadata() throws {
        let book = try Self.demo.get()
        let fonts = try BookSupport.run(["pdffonts", book.pdf]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.contains(" yes yes yes "), "\(font)") }
        let info = try BookSupport.run(["pdfinfo", book.pdf])
        #expect(info.contains("Title:           Example: Smart irrigation"))
        #expect(info.contains("Author:          Nguyễn Văn An"))
        #expect(info.contains("Keywords:        soil moisture"))
        #expect(info.contains("CreationDate:    Thu Oct 14 17:00:00 2027 UTC"))
    }

    @Test("building the same content twice gives the same bytes")
    func reproducible() throws {
        let book = try Self.demo.get()
        let first = try book.proceedings.bookPDF()
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: book.pdf))))
        let paper = book.papers[0]
        #expect(try book.proceedings.paperPDF(paper) == (try book.proceedings.paperPDF(paper)))
    }

    @Test("the page size is configurable: the same book on A5 has more, smaller pages")
    func a5() throws {
        let book = try Self.demo.get()
        var proceedings = book.proceedings
        proceedings.layout = .a5
        let pdf = try BookSupport.file(try proceedings.bookPDF(), named: "a5.pdf")
        #expect(try BookSupport.run(["pdfinfo", pdf]).contains("Page size:       419.528 x 595.276 pts"))
        #expect(try BookSupport.pageCount(pdf) > book.pages)
    }

    @Test("a paper's own PDF starts with its title on page 1 and has one bookmark")
    func paperPDF() throws {
        let book = try Self.demo.get()
        let paper = book.papers[0]
        let pdf = try BookSupport.file(try book.proceedings.paperPDF(paper), named: "paper.pdf")
        #expect(try BookSupport.pageCount(pdf) >= 1)
        #expect(BookSupport.containsExactly(try BookSupport.text(pdf, page: 1), paper.title))
        #expect(try BookSupport.outline(pdf) == [paper.title])
    }

    @Test("a paper's PDF sets struck, raised and lowered text without their markers, and links its bare addresses")
    func inlineMarks() throws {
        let book = try Self.demo.get()
        let paper = try #require(book.papers.first { $0.slug == "soil-moisture-sensor-networks" })
        let pdf = try BookSupport.file(try book.proceedings.paperPDF(paper), named: "paper.pdf")
        let text = BookSupport.collapsed(try BookSupport.text(pdf))
        #expect(text.contains("share of H2O in the soil"), "\(text)")
        #expect(text.contains("in m3/m3."), "\(text)")
        #expect(text.contains("sent hourly daily messages"), "\(text)")
        #expect(!text.contains("~") && !text.contains("^"), "\(text)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(bytes.range(of: Data("/URI (https://data.example.org/soil-moisture)".utf8)) != nil)
        #expect(bytes.range(of: Data("/URI (mailto:du-lieu@example.org)".utf8)) != nil)
    }
}
