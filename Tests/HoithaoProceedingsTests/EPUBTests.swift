import Foundation
import HoithaoModel
import HoithaoProceedings
import TestSupport
import Testing

@Suite("The proceedings book as EPUB")
struct EPUBTests {
    /// The EPUB's files, unpacked with `unzip` into a temporary folder.
    static func unpack(_ epub: String) throws -> String {
        let folder = epub + "-files"
        try BookSupport.run(["unzip", "-q", "-o", epub, "-d", folder])
        return folder
    }

    static func check(_ epub: String) throws -> String {
        try BookSupport.run(["java", "-jar", ExternalTool.epubcheck, epub], includeErrors: true)
    }

    @Test("the demo workshop's EPUB passes epubcheck with no error and no warning")
    func demoPassesEpubcheck() throws {
        let proceedings = try BookSupport.proceedings("vi-du-hoi-thao-mau")
        let epub = try BookSupport.file(try proceedings.epub(), named: "book.epub")
        let report = try Self.check(epub)
        #expect(report.contains("No errors or warnings detected"), "\(report)")
        let folder = try Self.unpack(epub)
        let papers = try FileManager.default.contentsOfDirectory(atPath: folder + "/EPUB").filter {
            $0.hasPrefix("paper-")
        }
        let xhtml = try papers.map { try String(contentsOfFile: folder + "/EPUB/" + $0, encoding: .utf8) }.joined()
        for mark in [
            "H<sub>2</sub>O", "m<sup>3</sup>/m<sup>3</sup>", "<del>hourly</del>",
            "<a href=\"https://data.example.org/soil-moisture\">https://data.example.org/soil-moisture</a>",
            "<a href=\"mailto:du-lieu@example.org\">du-lieu@example.org</a>",
        ] {
            #expect(xhtml.contains(mark), "\(mark)")
        }
    }

    @Test("the Vietnamese fixture's EPUB, with pictures, passes epubcheck and keeps private e-mail out")
    func fixturePassesEpubcheck() throws {
        let site = try BookFixture.site()
        let proceedings = try BookSupport.proceedings(BookFixture.slug, in: site.contentPath)
        let data = try proceedings.epub()
        let epub = try BookSupport.file(data, named: "book.epub")
        let report = try Self.check(epub)
        #expect(report.contains("No errors or warnings detected"), "\(report)")
        let folder = try Self.unpack(epub)
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted()
        #expect(files.filter { $0.hasPrefix("EPUB/paper-") }.count == BookFixture.titles.count)
        #expect(files.contains("EPUB/nav.xhtml"))
        #expect(files.filter { $0.hasPrefix("EPUB/images/") }.count == 2)
        var everything = ""
        for file in files where file.hasSuffix(".xhtml") || file.hasSuffix(".opf") {
            everything += try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        }
        #expect(!everything.contains(BookFixture.privateEmail))
        #expect(everything.contains(BookFixture.publicEmail))
        #expect(everything.contains("Ứng dụng công nghệ số"))
        // The site's folder, where the pictures are, must outlive the second build of the book.
        let again = try withExtendedLifetime(site) { try proceedings.epub() }
        #expect(again == data)
    }

    @Test("the mimetype entry comes first and is stored uncompressed")
    func mimetypeFirst() throws {
        let proceedings = try BookSupport.proceedings("vi-du-hoi-thao-mau")
        let data = try proceedings.epub()
        // A stored local file header at offset 0: compression method 0 at byte 8, the name at byte 30.
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(data[8] == 0 && data[9] == 0)
        #expect(data.subdata(in: 30..<38) == Data("mimetype".utf8))
        #expect(data.subdata(in: 38..<58) == Data("application/epub+zip".utf8))
    }
}
