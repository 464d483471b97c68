import Foundation
import HoithaoMarkdown
import HoithaoModel
import ZIPFoundation

/// Writes the proceedings as an EPUB 3: a title page, the foreword, the navigation document and one
/// XHTML file per paper, with a stylesheet and the papers' pictures.
struct EPUBWriter {
    let facts: BookFacts
    let sections: [PaperSection]
    let markdown: MarkdownRenderer
    /// The content's own date (the workshop's last day), for `dcterms:modified` and the ZIP entries.
    let date: CalendarDate
    /// Its typefaces name the stylesheet's.
    let layout: BookLayout

    private var labels: ProceedingsLabels { facts.labels }
    private var plan: Plan { facts.workshop.plan }
    private var language: String { facts.language.rawValue }

    /// A file of the book, by its path under `EPUB/`.
    private struct Document {
        var id: String
        var name: String
        var title: String
    }

    func write() throws -> Data {
        var xhtml = XHTMLWriter()
        var files: [(name: String, data: Data)] = []
        var documents = [Document(id: "title-page", name: "title-page.xhtml", title: plan.title)]
        files.append((documents[0].name, Data(titlePage().utf8)))
        let foreword = Document(id: "foreword", name: "foreword.xhtml", title: labels.foreword)
        files.append((foreword.name, Data(forewordPage(&xhtml).utf8)))
        documents.append(foreword)
        for paper in sections.flatMap(\.papers) {
            let document = Document(id: "paper-\(paper.slug)", name: "paper-\(paper.slug).xhtml", title: paper.title)
            files.append((document.name, Data(paperPage(paper, &xhtml).utf8)))
            documents.append(document)
        }
        files.append(("nav.xhtml", Data(navigation().utf8)))
        files.append(("style.css", Data(EPUBStyle.css(layout).utf8)))
        for image in xhtml.images {
            guard let data = try? facts.readFile(image.path) else {
                throw ProceedingsError.epub("cannot read \(image.path)")
            }
            files.append((image.name, data))
        }
        files.append(("package.opf", Data(package(documents, images: xhtml.images).utf8)))
        return try archive(files)
    }

    private func archive(_ files: [(name: String, data: Data)]) throws -> Data {
        let archive: Archive
        do { archive = try Archive(accessMode: .create) } catch { throw ProceedingsError.epub("\(error)") }
        let modified = modificationDate
        func add(_ path: String, _ data: Data, compressed: Bool) throws {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                permissions: 0o644, compressionMethod: compressed ? .deflate : .none
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        // EPUB requires `mimetype` first and stored, so a reader can recognize the file by its first bytes.
        try add("mimetype", Data("application/epub+zip".utf8), compressed: false)
        try add("META-INF/container.xml", Data(EPUBStyle.container.utf8), compressed: true)
        for file in files { try add("EPUB/" + file.name, file.data, compressed: true) }
        guard let data = archive.data else { throw ProceedingsError.epub("the archive has no data") }
        return data
    }

    private var modificationDate: Date {
        var components = DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)
        components.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: components) ?? Date(timeIntervalSince1970: 315_532_800)
    }

    private func page(_ title: String, body: String, language: String? = nil, nav: Bool = false) -> String {
        let lang = language ?? self.language
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
            lang="\(lang)" xml:lang="\(lang)">
            <head>
            <meta charset="UTF-8"/>
            <title>\(e(title))</title>
            <link rel="stylesheet" type="text/css" href="style.css"/>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private func titlePage() -> String {
        var body = "<section class=\"title-page\" epub:type=\"titlepage\">\n"
        body += "<p class=\"book\">\(e(labels.book))</p>\n<h1>\(e(plan.title))</h1>\n"
        if let theme = plan.theme { body += "<p class=\"theme\">\(e(theme))</p>\n" }
        body += facts.coverLines.map { "<p>\(e($0))</p>\n" }.joined()
        return page(plan.title, body: body + "</section>\n")
    }

    private func forewordPage(_ xhtml: inout XHTMLWriter) -> String {
        var body = "<section epub:type=\"foreword\">\n<h1>\(e(labels.foreword))</h1>\n"
        xhtml.footnotesTitle = MarkdownLabels(facts.language).footnotes
        body += xhtml.document(
            markdown.labelling(in: facts.language).document(facts.workshop.introduction.markdown),
            finder: facts.images())
        body += "<h2>\(e(labels.keyFacts))</h2>\n<dl>\n"
        body += facts.keyFacts.map { "<dt>\(e($0.label))</dt><dd>\(e($0.value))</dd>\n" }.joined()
        return page(labels.foreword, body: body + "</dl>\n</section>\n")
    }

    private func paperPage(_ paper: Paper, _ xhtml: inout XHTMLWriter) -> String {
        var body = "<article>\n"
        if let section = paper.section { body += "<p class=\"section\">\(e(section))</p>\n" }
        body += "<h1>\(e(paper.title))</h1>\n"
        if !paper.authors.isEmpty {
            body += "<ul class=\"authors\">\n"
            for author in paper.authors {
                let details = [author.affiliation, author.publicEmail].compactMap { $0 }.map(e)
                let suffix = details.isEmpty ? "" : " — <em>\(details.joined(separator: ", "))</em>"
                body += "<li><strong>\(e(author.name))</strong>\(suffix)</li>\n"
            }
            body += "</ul>\n"
        }
        if let abstract = paper.abstract {
            body += "<p class=\"abstract\"><strong>\(e(labels.abstract)).</strong> \(e(abstract))</p>\n"
        }
        if !paper.keywords.isEmpty {
            let keywords = e(paper.keywords.joined(separator: ", "))
            body += "<p class=\"keywords\"><strong>\(e(labels.keywords)):</strong> \(keywords)</p>\n"
        }
        let language = paper.language ?? facts.language
        xhtml.footnotesTitle = MarkdownLabels(language).footnotes
        body += xhtml.document(
            markdown.labelling(in: language).document(paper.body.markdown),
            finder: facts.images(forFileAt: paper.source))
        return page(paper.title, body: body + "</article>\n", language: paper.language?.rawValue)
    }

    private func navigation() -> String {
        var body = "<nav epub:type=\"toc\" id=\"toc\">\n<h1>\(e(labels.contents))</h1>\n<ol>\n"
        body += "<li><a href=\"title-page.xhtml\">\(e(plan.title))</a></li>\n"
        body += "<li><a href=\"foreword.xhtml\">\(e(labels.foreword))</a></li>\n"
        for section in sections {
            let links = section.papers.map { "<li><a href=\"paper-\($0.slug).xhtml\">\(e($0.title))</a></li>\n" }
                .joined()
            if let title = section.title {
                body += "<li><span>\(e(title))</span>\n<ol>\n\(links)</ol></li>\n"
            } else {
                body += links
            }
        }
        return page(labels.contents, body: body + "</ol>\n</nav>\n")
    }

    private func package(_ documents: [Document], images: [(path: String, name: String)]) -> String {
        let papers = sections.flatMap(\.papers)
        var metadata = "<dc:identifier id=\"book-id\">\(identifier)</dc:identifier>\n"
        metadata += "<dc:title>\(e(plan.title))</dc:title>\n<dc:language>\(language)</dc:language>\n"
        var seen: Set<String> = []
        for name in papers.flatMap({ $0.authors.map(\.name) }) where seen.insert(name).inserted {
            metadata += "<dc:creator>\(e(name))</dc:creator>\n"
        }
        if let host = facts.host { metadata += "<dc:publisher>\(e(host))</dc:publisher>\n" }
        if let theme = plan.theme { metadata += "<dc:description>\(e(theme))</dc:description>\n" }
        seen = []
        for keyword in papers.flatMap(\.keywords) where seen.insert(keyword).inserted {
            metadata += "<dc:subject>\(e(keyword))</dc:subject>\n"
        }
        let day = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        metadata += "<dc:date>\(day)</dc:date>\n<meta property=\"dcterms:modified\">\(day)T00:00:00Z</meta>\n"
        var manifest = "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
        manifest += "<item id=\"style\" href=\"style.css\" media-type=\"text/css\"/>\n"
        for document in documents {
            manifest += "<item id=\"\(document.id)\" href=\"\(document.name)\" media-type=\"application/xhtml+xml\"/>\n"
        }
        for (index, image) in images.enumerated() {
            let type = image.name.hasSuffix(".png") ? EPUBMediaType.png : .jpeg
            manifest += "<item id=\"image-\(index + 1)\" href=\"\(image.name)\" media-type=\"\(type.mimeType)\"/>\n"
        }
        let spine = ([documents[0].id, "nav"] + documents.dropFirst().map(\.id))
            .map { "<itemref idref=\"\($0)\"/>\n" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" \
            xml:lang="\(language)">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            \(metadata)</metadata>
            <manifest>
            \(manifest)</manifest>
            <spine>
            \(spine)</spine>
            </package>

            """
    }

    /// A stable identifier made from the workshop's slug and title, so rebuilds keep it.
    private var identifier: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in (facts.workshop.slug + "\n" + plan.title).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 1
        }
        let hex = String(format: "%016llx%016llx", hash, second)
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return "urn:uuid:" + groups.joined(separator: "-")
    }

    private func e(_ text: String) -> String { Escape.html(text) }
}
