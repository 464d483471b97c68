import HoithaoMarkdown
import HoithaoModel

/// The parts of the book around the papers' bodies: cover, foreword and key facts, contents, paper openings.
struct BookParts {
    let type: Typography
    let facts: BookFacts
    let markdown: MarkdownRenderer

    var workshop: Workshop { facts.workshop }
    var site: SiteConfig { facts.site }
    var labels: ProceedingsLabels { facts.labels }

    static let forewordAnchor = "foreword"
    static let contentsAnchor = "contents"

    func cover() -> BookPart {
        let plan = workshop.plan
        var items: [FlowItem] = []
        var label = type.item(StyledText(labels.book.uppercased()), type.sans(11), alignment: .center)
        label.spaceAfter = type.layout.bodyHeight * 0.12
        items.append(label)
        items.append(type.item(StyledText(plan.title), type.sans(24, bold: true), alignment: .center, after: 36))
        if let theme = plan.theme {
            items.append(type.item(StyledText(theme, [.italic]), type.serif(12), alignment: .center, after: 36))
        }
        for line in facts.coverLines {
            items.append(type.item(StyledText(line), type.serif(13), alignment: .center, after: 8))
        }
        return BookPart(items: items, runningHeads: nil, showsPageNumbers: false)
    }

    /// The foreword (the workshop's introduction) and its key facts.
    func frontMatter() -> BookPart {
        var items: [FlowItem] = [partTitle(labels.foreword, anchor: Self.forewordAnchor)]
        let flow = BlockFlow(type: type, images: facts.images())
        let introduction = markdown.labelling(in: facts.language).document(workshop.introduction.markdown)
        items += flow.items(introduction.blocks)
        var heading = type.item(StyledText(labels.keyFacts), type.sans(13, bold: true), alignment: .left, before: 14)
        heading.spaceAfter = 6
        heading.keepWithNext = true
        items.append(heading)
        for (label, value) in facts.keyFacts {
            var row = StyledText(label + ": ", [.bold])
            row.append(value)
            items.append(type.item(row, type.body, alignment: .left, after: 4))
        }
        var part = BookPart(items: items, runningHeads: (labels.foreword, labels.foreword))
        for note in flow.notes(introduction.footnotes) { part.addNote(note.number, note.items) }
        return part
    }

    /// The table of contents, without page numbers: `numbered` adds them once the papers are paginated.
    /// The numbers sit beside the entries, so adding them does not change how the contents paginate.
    func contents(_ sections: [PaperSection]) -> BookPart {
        var items: [FlowItem] = [partTitle(labels.contents, anchor: Self.contentsAnchor)]
        items.append(entry(StyledText(labels.foreword), anchor: Self.forewordAnchor))
        for section in sections {
            if let title = section.title {
                var heading = type.item(StyledText(title), type.sans(12, bold: true), alignment: .left, before: 12)
                heading.spaceAfter = 6
                heading.keepWithNext = true
                items.append(heading)
            }
            for paper in section.papers {
                var text = StyledText(paper.title)
                let authors = paper.authors.map(\.name).joined(separator: ", ")
                if !authors.isEmpty { text.append("\u{2028}" + authors, [.italic, .small]) }
                items.append(entry(text, anchor: paper.slug))
            }
        }
        return BookPart(items: items, runningHeads: (labels.contents, labels.contents))
    }

    /// A paper: its title, authors, abstract and keywords, then its body.
    func paper(_ paper: Paper) -> BookPart {
        var items: [FlowItem] = []
        if let section = paper.section {
            items.append(type.item(StyledText(section.uppercased()), type.sans(9), alignment: .left, after: 10))
        }
        var title = type.item(StyledText(paper.title), type.sans(18, bold: true), alignment: .left, after: 10)
        title.anchor = paper.slug
        items.append(title)
        for author in paper.authors {
            var line = StyledText(author.name, [.bold])
            let details = [author.affiliation, author.publicEmail].compactMap { $0 }
            if !details.isEmpty { line.append(" — " + details.joined(separator: ", "), [.italic]) }
            items.append(type.item(line, type.serif(10), alignment: .left, after: 2))
        }
        let indent = 18.0
        if let abstract = paper.abstract {
            var text = StyledText(labels.abstract + ". ", [.bold])
            text.append(abstract)
            items.append(type.item(text, type.serif(9.5), indent: indent, before: 12))
        }
        if !paper.keywords.isEmpty {
            var text = StyledText(labels.keywords + ": ", [.bold])
            text.append(paper.keywords.joined(separator: ", "))
            items.append(type.item(text, type.serif(9.5), alignment: .left, indent: indent, before: 4))
        }
        if let last = items.indices.last { items[last].spaceAfter = 18 }
        let flow = BlockFlow(type: type, images: facts.images(forFileAt: paper.source))
        let language = paper.language ?? facts.language
        let body = markdown.labelling(in: language).document(paper.body.markdown)
        items += flow.items(body.blocks)
        let authors = paper.authors.map(\.name).joined(separator: ", ")
        var part = BookPart(items: items, runningHeads: (authors.isEmpty ? paper.title : authors, paper.title))
        for note in flow.notes(body.footnotes) { part.addNote(note.number, note.items) }
        return part
    }

    private func partTitle(_ text: String, anchor: String) -> FlowItem {
        var item = type.item(StyledText(text), type.sans(20, bold: true), alignment: .left, after: 18)
        item.anchor = anchor
        return item
    }

    /// The contents with each entry's page number from `pages`.
    func numbered(_ contents: PaginatedPart, pages: [String: Int]) -> PaginatedPart {
        var numbered = contents
        for index in numbered.part.items.indices {
            guard let target = numbered.part.items[index].target, let page = pages[target] else { continue }
            numbered.part.items[index].pageNumber = type.text(
                StyledText(String(page)), type.body, width: Self.pageNumberWidth, alignment: .right)
        }
        return numbered
    }

    private static let pageNumberWidth = 36.0

    private func entry(_ text: StyledText, anchor: String) -> FlowItem {
        var item = FlowItem(
            .text(type.text(text, type.body, width: type.layout.textWidth - Self.pageNumberWidth, alignment: .left)))
        item.spaceAfter = 6
        item.target = anchor
        return item
    }
}

/// Papers that share a section, in book order; `title` is nil for papers without one.
struct PaperSection {
    var title: String?
    var papers: [Paper]

    /// Consecutive papers with the same section form one group, as on the proceedings page.
    static func group(_ papers: [Paper]) -> [PaperSection] {
        var sections: [PaperSection] = []
        for paper in papers {
            if let last = sections.indices.last, sections[last].title == paper.section {
                sections[last].papers.append(paper)
            } else {
                sections.append(PaperSection(title: paper.section, papers: [paper]))
            }
        }
        return sections
    }
}
