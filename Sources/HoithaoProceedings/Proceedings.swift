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

    public init(workshop: Workshop, site: SiteConfig, labels: ProceedingsLabels, layout: BookLayout = .a4) {
        self.workshop = workshop
        self.site = site
        self.labels = labels
        self.layout = layout
    }

    var sections: [PaperSection] { PaperSection.group(workshop.papers) }

    var markdown: MarkdownRenderer { MarkdownRenderer(allowsRawHTML: site.allowsRawHTML) }

    /// The whole book: cover, foreword and key facts, contents, then each paper on a right-hand page.
    public func bookPDF() throws -> Data {
        let document = try PDFDocument(width: layout.pageWidth, height: layout.pageHeight)
        let type = Typography(context: document.pango, layout: layout)
        let builder = BookParts(type: type, workshop: workshop, site: site, labels: labels, markdown: markdown)
        let papers = sections.flatMap(\.papers)
        let paginator = Paginator(bodyHeight: layout.bodyHeight)
        var parts = [builder.cover(), builder.frontMatter(), builder.contents(sections, pages: [:])]
        parts += paperParts(papers, type: type)
        let contentsIndex = 2
        var (pages, anchors) = paginator.paginate(parts)
        // The contents print page numbers that depend on their own length: repeat until stable.
        for _ in 0..<3 {
            parts[contentsIndex] = builder.contents(sections, pages: anchors)
            let next = paginator.paginate(parts)
            let settled = next.anchors == anchors
            (pages, anchors) = next
            if settled { break }
        }
        PDFTypesetter(document: document, type: type).draw(pages, parts: parts, anchors: anchors)
        for section in sections {
            var parent: Int32 = 0
            if let title = section.title, let first = section.papers.first, let page = anchors[first.slug] {
                parent = document.addOutline(title, page: page)
            }
            for paper in section.papers {
                if let page = anchors[paper.slug] { document.addOutline(paper.title, page: page, parent: parent) }
            }
        }
        let authors = orderedUnique(papers.flatMap { $0.authors.map(\.name) })
        document.setMetadata(
            title: workshop.plan.title, author: authors.joined(separator: ", "),
            subject: workshop.plan.theme ?? labels.book,
            keywords: orderedUnique(papers.flatMap(\.keywords)).joined(separator: ", "), date: metadataDate)
        return try document.finish()
    }

    /// The papers' parts. Shaping is most of the work, so the second half of the papers is shaped on
    /// another thread with its own font map; each paper always goes to the same half, so the output
    /// does not depend on timing. Pages are still drawn in order, on one thread.
    private func paperParts(_ papers: [Paper], type: Typography) -> [BookPart] {
        let half = papers.count / 2
        guard half >= 4, let second = ShapingContext() else {
            return papers.map { parts(type).paper($0) }
        }
        let work = ParallelParts(
            [
                (type, Array(papers[..<half])),
                (Typography(context: second.context, layout: layout), Array(papers[half...])),
            ])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let (type, papers) = work.input[index]
            work.store(index, papers.map { parts(type).paper($0) })
        }
        return withExtendedLifetime(second) { work.output.flatMap { $0 } }
    }

    private func parts(_ type: Typography) -> BookParts {
        BookParts(type: type, workshop: workshop, site: site, labels: labels, markdown: markdown)
    }

    /// One paper on its own, typeset as in the book, its pages numbered from 1.
    public func paperPDF(_ paper: Paper) throws -> Data {
        let document = try PDFDocument(width: layout.pageWidth, height: layout.pageHeight)
        let type = Typography(context: document.pango, layout: layout)
        let builder = BookParts(type: type, workshop: workshop, site: site, labels: labels, markdown: markdown)
        let parts = [builder.paper(paper)]
        let (pages, anchors) = Paginator(bodyHeight: layout.bodyHeight).paginate(parts)
        PDFTypesetter(document: document, type: type).draw(pages, parts: parts, anchors: anchors)
        document.addOutline(paper.title, page: 1)
        document.setMetadata(
            title: paper.title, author: paper.authors.map(\.name).joined(separator: ", "),
            subject: workshop.plan.title, keywords: paper.keywords.joined(separator: ", "), date: metadataDate)
        return try document.finish()
    }

    /// The book as an EPUB 3 file.
    public func epub() throws -> Data {
        let facts = BookFacts(workshop: workshop, site: site, labels: labels)
        let writer = EPUBWriter(facts: facts, sections: sections, markdown: markdown, date: workshop.plan.lastDate)
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

/// The inputs and results of shaping on two threads: each thread reads its own input and writes
/// its own result under the lock, so sharing it is safe although Pango's pointers are not `Sendable`.
private final class ParallelParts: @unchecked Sendable {
    let input: [(Typography, [Paper])]
    private(set) var output: [[BookPart]]
    private let lock = NSLock()

    init(_ input: [(Typography, [Paper])]) {
        self.input = input
        output = Array(repeating: [], count: input.count)
    }

    func store(_ index: Int, _ parts: [BookPart]) {
        lock.withLock { output[index] = parts }
    }
}
