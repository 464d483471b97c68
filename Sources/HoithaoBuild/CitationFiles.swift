import HoithaoModel
import HoithaoRoutes
import HoithaoSchedule
import HoithaoTheme

/// BibTeX and RIS downloads: one per paper next to its page, and one of the whole proceedings.
enum CitationFiles {
    /// "Kỷ yếu hội thảo “…”": the book a paper is cited in.
    static func bookTitle(_ workshop: Workshop, strings: ThemeStrings) -> String {
        "\(strings["proceedings_book"]) “\(workshop.plan.title)”"
    }

    static func citation(_ site: Site, _ index: Int, _ paper: Int, strings: ThemeStrings) -> Citation {
        let workshop = site.workshops[index]
        let url = site.config.baseURL.map { site.path(of: .paper(index, paper)).absolute(baseURL: $0) }
        return Citation(
            paper: workshop.papers[paper], workshop: workshop, site: site.config, url: url,
            bookTitle: bookTitle(workshop, strings: strings))
    }

    /// A workshop's citation files: each paper's BibTeX and RIS, then the whole proceedings'.
    static func files(_ site: Site, workshop index: Int, strings: ThemeStrings) -> [(path: String, text: String)] {
        let workshop = site.workshops[index]
        guard !workshop.papers.isEmpty else { return [] }
        var files: [(path: String, text: String)] = []
        // Each made once: the book's files are the papers' put together.
        let texts = workshop.papers.indices.map { paper in
            let citation = citation(site, index, paper, strings: strings)
            return (bibTeX: citation.bibTeX, ris: citation.ris)
        }
        for (paper, text) in zip(workshop.papers, texts) {
            files.append((workshop.routes(of: paper).bibTeX, text.bibTeX))
            files.append((workshop.routes(of: paper).ris, text.ris))
        }
        files.append((workshop.routes.bookBibTeX, texts.map(\.bibTeX).joined(separator: "\n")))
        files.append((workshop.routes.bookRIS, texts.map(\.ris).joined()))
        return files
    }
}
