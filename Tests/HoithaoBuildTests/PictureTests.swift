import BuildTestSupport
import Foundation
import TestSupport
import Testing

@Suite("Pictures the books cannot use are left out with a warning at their line")
struct PictureTests {
    static let pictures = Repository.root + "/Tests/Fixtures/bad-pictures/"

    /// A paper whose body shows a good picture and four bad ones, the bad ones on lines 6 to 9 of the file.
    static func site() throws -> FixtureSite {
        let site = try FixtureSite([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/index.md": "Giới thiệu.\n",
            "workshops/thu/papers/bai.md": """
            ---
            title: Bài có hình
            authors: [{name: Nguyễn Văn A}]
            ---
            ![Sơ đồ](hinh/so-do.png)
            ![Cắt](hinh/cut.png)
            Một câu, rồi ![JPEG cắt](hinh/cut.jpg)
            ![Chữ](hinh/text.png)
            ![Khổng lồ](hinh/huge.png)

            """,
        ])
        try site.write(
            "workshops/thu/papers/hinh/so-do.png",
            Data(contentsOf: URL(fileURLWithPath: Repository.root + "/Tests/Fixtures/proceedings-images/so-do.png")))
        for name in ["cut.png", "cut.jpg", "text.png", "huge.png"] {
            try site.write("workshops/thu/papers/hinh/" + name, Data(contentsOf: URL(fileURLWithPath: pictures + name)))
        }
        return site
    }

    @Test("Each bad picture is a warning at its Markdown line and column, saying what is wrong")
    func warnings() throws {
        let site = try Self.site()
        let report = try site.build()
        let paper = site.contentPath + "/workshops/thu/papers/bai.md"
        #expect(
            report.diagnostics.map(\.description).filter { $0.contains("picture") } == [
                "\(paper):6:1: warning: the picture `hinh/cut.png` is a damaged or cut-short PNG file (its structure "
                    + "ends early or a checksum fails); copy or export it again; the books leave it out",
                "\(paper):7:14: warning: the picture `hinh/cut.jpg` is a damaged or cut-short JPEG file (its "
                    + "structure ends early or a checksum fails); copy or export it again; the books leave it out",
                "\(paper):8:1: warning: the picture `hinh/text.png` is not a PNG or JPEG picture; save it as one of "
                    + "these; the books leave it out",
                "\(paper):9:1: warning: the picture `hinh/huge.png` has 20000 × 20000 pixels, more than the 50 "
                    + "megapixels a book can hold; scale it down (3000 pixels wide is plenty for a printed page); "
                    + "the books leave it out",
            ])
    }

    @Test("The EPUB holds only the good picture and passes epubcheck; the PDF is made without the others")
    func books() throws {
        let site = try Self.site()
        try site.build()
        let epub = site.outputPath + "/thu/proceedings/thu-ky-yeu.epub"
        let listing = try Self.run(["unzip", "-Z1", epub])
        #expect(
            listing.split(separator: "\n").filter { $0.hasPrefix("OEBPS/images/") || $0.contains("image-") }.count == 1,
            "\(listing)")
        let check = try Self.run(["java", "-jar", "/usr/share/java/epubcheck.jar", epub], allowFailure: true)
        #expect(check.contains("No errors or warnings detected"), "\(check)")
        #expect(FileManager.default.fileExists(atPath: site.outputPath + "/thu/proceedings/thu-ky-yeu.pdf"))
    }

    static func run(_ arguments: [String], allowFailure: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if !allowFailure { try #require(process.terminationStatus == 0, "\(arguments) failed: \(output)") }
        return output
    }
}
