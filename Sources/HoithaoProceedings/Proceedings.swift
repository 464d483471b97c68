import CPangoCairo
import Foundation
import HoithaoMarkdown
import HoithaoModel

/// A workshop's proceedings (kỷ yếu) as a printable PDF book, a PDF per paper, and an EPUB.
public struct Proceedings: Sendable {
    public var workshop: Workshop
    public var site: SiteConfig
    public var labels: ProceedingsLabels
    public var layout: BookLayout
    /// Reads the pictures the papers show: the build's confined reader, so no picture comes from outside the
    /// content.
    public var readFile: @Sendable (String) throws -> Data
    /// The build's parsed Markdown, so that the books take each paper's blocks from its one parse.
    public var parsed: ParsedMarkdown?

    public init(
        workshop: Workshop, site: SiteConfig, labels: ProceedingsLabels, layout: BookLayout = .a4,
        parsed: ParsedMarkdown? = nil, readFile: @escaping @Sendable (String) throws -> Data
    ) {
        self.parsed = parsed
        self.workshop = workshop
        self.site = site
        self.labels = labels
        self.layout = layout
        self.readFile = readFile
    }

    var sections: [PaperSection] { PaperSection.group(workshop.papers) }

    var facts: BookFacts { BookFacts(workshop: workshop, site: site, labels: labels, readFile: readFile) }

    var markdown: MarkdownRenderer { MarkdownRenderer(allowsRawHTML: site.allowsRawHTML, parsed: parsed) }

    /// The whole book: cover, foreword and key facts, contents, then each paper on a right-hand page.
    public func bookPDF() throws -> Data {
        // About 25 batches: drawing starts soon and the last batch is short, yet few font maps are loaded.
        try FontBudget.typesetting(layout) { parallel in
            try bookPDF(batchSize: (workshop.papers.count + 24) / 25, helper: parallel)
        }
    }

    /// The book, its papers shaped `batchSize` at a time, on a helper thread too when `helper`, each
    /// batch on a context from `makeContext`; the bytes are the same either way.
    func bookPDF(
        batchSize: Int, helper: Bool, makeContext: @escaping PaperPipeline.MakeContext = ShapingContext.init
    ) throws -> Data {
        let document = try PDFDocument(width: layout.pageWidth, height: layout.pageHeight)
        let type = Typography(context: document.pango, layout: layout)
        let builder = parts(type)
        let paginator = Paginator(bodyHeight: layout.bodyHeight)
        let papers = sections.flatMap(\.papers)
        let pipeline = PaperPipeline(papers, batchSize: batchSize, layout: layout, makeContext: makeContext) {
            type, paper in
            paginator.paginate(parts(type).paper(paper))
        }
        if helper { pipeline.startHelper() }
        defer { pipeline.stop() }
        let front = [builder.cover(), builder.frontMatter(), builder.contents(sections)].map(paginator.paginate)
        var pages = BookPages(front: front, papers: papers.count)
        // Papers are drawn first, as they are shaped, and the front matter last, once the contents
        // know every paper's page; then the PDF's page tree puts the front matter first.
        let typesetter = PDFTypesetter(document: document, type: type)
        try pipeline.drawInOrder { batch in
            for part in batch { typesetter.draw(part, at: pages.place(paper: part), links: [:]) }
        }
        let links = pages.drawnAnchors
        for (index, (part, place)) in zip(front, pages.front).enumerated() {
            let part = index == front.count - 1 ? builder.numbered(part, pages: pages.anchors) : part
            typesetter.draw(part, at: place, links: links)
        }
        for section in sections {
            var parent: Int32 = 0
            if let title = section.title, let first = section.papers.first, let page = links[first.slug] {
                parent = document.addOutline(title, page: page)
            }
            for paper in section.papers {
                if let page = links[paper.slug] { document.addOutline(paper.title, page: page, parent: parent) }
            }
        }
        let authors = orderedUnique(papers.flatMap { $0.authors.map(\.name) })
        document.setMetadata(
            title: workshop.plan.title, author: authors.joined(separator: ", "),
            subject: workshop.plan.theme ?? labels.book,
            keywords: orderedUnique(papers.flatMap(\.keywords)).joined(separator: ", "), date: metadataDate)
        return try PageOrder.movingToFront(last: pages.frontPages, of: try document.finish(), pageCount: pages.count)
    }

    private func parts(_ type: Typography) -> BookParts {
        BookParts(type: type, facts: facts, markdown: markdown)
    }

    /// One paper on its own, typeset as in the book, its pages numbered from 1.
    public func paperPDF(_ paper: Paper) throws -> Data {
        try FontBudget.typesetting(layout) { _ in try typesetPaper(paper) }
    }

    private func typesetPaper(_ paper: Paper) throws -> Data {
        let document = try PDFDocument(width: layout.pageWidth, height: layout.pageHeight)
        let type = Typography(context: document.pango, layout: layout)
        let part = Paginator(bodyHeight: layout.bodyHeight).paginate(parts(type).paper(paper))
        PDFTypesetter(document: document, type: type).draw(
            part, at: BookPages.Place(first: 1, padded: false), links: [:])
        document.addOutline(paper.title, page: 1)
        document.setMetadata(
            title: paper.title, author: paper.authors.map(\.name).joined(separator: ", "),
            subject: workshop.plan.title, keywords: paper.keywords.joined(separator: ", "), date: metadataDate)
        return try document.finish()
    }

    /// The book as an EPUB 3 file.
    public func epub() throws -> Data {
        let writer = EPUBWriter(
            facts: facts, sections: sections, markdown: markdown, date: workshop.plan.lastDate, layout: layout)
        return try writer.write()
    }

    /// The workshop's last day at midnight in its own zone: a date from the content, so every build
    /// of the same content gives the same bytes.
    var metadataDate: String {
        let date = workshop.plan.lastDate
        let offset = TimeZone(identifier: workshop.plan.timeZone)?.secondsFromGMT() ?? 0
        let sign = offset < 0 ? "-" : "+"
        return String(
            format: "%04d-%02d-%02dT00:00:00%@%02d:%02d", date.year, date.month, date.day, sign, abs(offset) / 3600,
            abs(offset) % 3600 / 60)
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
