import Foundation
import HoithaoContent
import HoithaoModel
import HoithaoPrint
import TestSupport
import Testing

/// The test portal's two-day workshop, the 30-name list, and the printed files read back with poppler.
enum PrintFixture {
    static let portal = Repository.root + "/Tests/Fixtures/portal"

    static let loaded: Workshop? = ContentLoader().load(from: portal).site?.workshops.first {
        $0.slug == "hoi-thao-mau"
    }

    static let delegates: [Delegate] = {
        var reader = DelegateReader(path: delegateFixture)
        return reader.read() ?? []
    }()

    static func kit(_ change: (inout Workshop) -> Void = { _ in }) throws -> PrintKit {
        var workshop = try #require(loaded)
        change(&workshop)
        var kit = PrintKit(workshop: workshop, delegates: delegates, baseURL: "https://hoithao.example.vn/thu/")
        kit.issued = PartialDate(year: 2020, month: 2, day: 5)
        return kit
    }

    /// The files of `kind`, written to a temporary folder, by name; one page of each kept as a PNG in
    /// Tests/Artifacts/print (git-ignored) for a person to look at.
    static func print(_ kind: PrintKind, _ kit: PrintKit? = nil) throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String: String] = [:]
        for file in try (kit ?? self.kit()).make(kind) {
            let path = folder.appendingPathComponent(file.name).path
            try file.data.write(to: URL(fileURLWithPath: path))
            paths[file.name] = path
        }
        return paths
    }

    /// Renders page `page` of `pdf` to Tests/Artifacts/print/`name`.png.
    static func keepPicture(of pdf: String, page: Int = 1, as name: String) throws {
        let folder = Repository.root + "/Tests/Artifacts/print"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try ExternalTool.run([
            "pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", pdf, folder + "/" + name,
        ])
    }

    /// The text of each page, laid out as printed.
    static func layoutPages(_ pdf: String) throws -> [String] {
        try ExternalTool.text(["pdftotext", "-layout", pdf, "-"]).components(separatedBy: "\u{0C}").dropLast()
            .map { $0 }
    }

    /// The words of `page` wholly inside a rectangle: one label or badge of a sheet.
    static func words(of page: [PDFWord], inX x: Double, y: Double, width: Double, height: Double) -> [PDFWord] {
        page.filter { word in
            let across = word.xMin >= x && word.xMax <= x + width
            return across && word.yMin >= y && word.yMax <= y + height
        }
    }

    /// The words of `page` on the line that starts with `first`: the words whose middle is as high as its.
    static func line(starting first: String, in page: [PDFWord]) -> [String]? {
        guard let start = page.first(where: { $0.text == first }) else { return nil }
        let middle = (start.yMin + start.yMax) / 2
        return page.filter { abs(($0.yMin + $0.yMax) / 2 - middle) < start.height / 3 }.sorted { $0.xMin < $1.xMin }
            .map(\.text)
    }
}
