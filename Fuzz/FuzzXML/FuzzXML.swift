import Foundation
import HoithaoModel
import HoithaoProceedings
import ZIPFoundation

@testable import HoithaoBuild

/// libFuzzer entry: the bytes are a workshop's title, venue and agenda items, whose paper has fields for its
/// title, author, abstract, keywords, a Markdown body and a picture's description. The sitemap, the Atom feed and
/// the EPUB's XHTML pages and package document must each parse as XML and give back every field as written (line
/// breaks as LF, characters XML cannot hold left out).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let fields = fuzzFields(start, count, minimum: 4)
    var workshop = fuzzWorkshop(fields)
    workshop.plan.theme = fields[3]
    workshop.papers[0].source = "thu/papers/bai.md"
    let body = fields[3] + "\n\n![" + fields[2] + "](hinh.png)\n"
    workshop.papers[0].body = RenderedMarkdown(html: "", headings: [], markdown: body)
    let config = SiteConfig(name: fields[1], host: fields[0], baseURL: "https://example.org/")
    checkFeeds(Site(config: config, workshops: [workshop], pages: [], staticFiles: []), fields)
    checkEPUB(workshop, config, fields)
    return 0
}

/// The text a reader must find for a field: line breaks as LF, control characters and U+FFFE/U+FFFF (which XML 1.0
/// cannot hold) left out.
private func readable(_ field: String) -> String {
    String(
        String.UnicodeScalarView(
            PlainText.normalized(field).unicodeScalars.filter { $0 != "\u{FFFE}" && $0 != "\u{FFFF}" }))
}

private func parsed(_ text: String, _ name: String) -> ParsedElement {
    switch ParsedElement.parse(Data(text.utf8)) {
    case .success(let root): return root
    case .failure(let error): fatalError("\(name) is not well-formed XML (\(error)): \(text.debugDescription)")
    }
}

private func checkFeeds(_ site: Site, _ fields: [String]) {
    let files = Feeds(site: site, baseURL: site.config.baseURL).files(pages: [.home, .workshop(0)])
    let xml = Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasSuffix(".xml") }.map { ($0.path, $0.text) })
    let sitemap = parsed(xml["sitemap.xml"] ?? "", "sitemap.xml")
    require(sitemap.elements("loc").map(\.text) == ["https://example.org/", "https://example.org/thu/"], "sitemap")
    let feed = parsed(xml["feed.xml"] ?? "", "feed.xml")
    let titles = feed.elements("title").map(\.text)
    require(titles == [readable(fields[1]), readable(fields[0])], "the feed's titles are \(titles.debugDescription)")
    let author = feed.elements("name").map(\.text)
    require(author == [readable(fields[0])], "the feed's author is \(author.debugDescription)")
}

private func checkEPUB(_ workshop: Workshop, _ config: SiteConfig, _ fields: [String]) {
    let proceedings = Proceedings(
        workshop: workshop, site: config, labels: ProceedingsLabels(strings: [:], months: []),
        readFile: { _ in Data(onePixel) })
    guard let data = try? proceedings.epub(), let archive = try? Archive(data: data, accessMode: .read) else {
        fatalError("the EPUB was not written or cannot be opened")
    }
    var documents: [String: ParsedElement] = [:]
    for entry in archive where entry.path.hasSuffix(".xhtml") || entry.path.hasSuffix(".opf") {
        var bytes = Data()
        _ = try? archive.extract(entry, skipCRC32: true) { bytes.append($0) }
        documents[entry.path] = parsed(String(decoding: bytes, as: UTF8.self), entry.path)
    }
    let package = documents["EPUB/package.opf"]
    require(package?.elements("dc:title").map(\.text) == [readable(fields[0])], "the package's title")
    require(package?.elements("dc:creator").map(\.text) == [readable(fields[0])], "the package's author")
    var seen: Set<String> = []
    let keywords = workshop.papers[0].keywords.filter { seen.insert($0).inserted }.map(readable)
    require(package?.elements("dc:subject").map(\.text) == keywords, "the package's keywords")
    guard let paper = documents["EPUB/paper-bai.xhtml"] else { fatalError("no page for the paper") }
    require(paper.elements("h1").map(\.text) == [readable(fields[2])], "the paper's heading")
    require(paper.elements("title").map(\.text) == [readable(fields[2])], "the paper page's title")
    let abstract = paper.elements("p").first { $0.attributes["class"] == "abstract" }?.text ?? ""
    require(abstract.hasSuffix(" " + readable(fields[1])), "the abstract is \(abstract.debugDescription)")
}

/// A whole 1 × 1 PNG, the picture every Markdown image of the fuzzed paper reads.
private let onePixel: [UInt8] = [
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B, 0x55, 0x00, 0x00, 0x00, 0x0A, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0x48, 0xAF, 0xA4, 0x71, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
]
