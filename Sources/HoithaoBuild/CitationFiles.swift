import HoithaoModel
import HoithaoSchedule
import HoithaoTheme

/// BibTeX and RIS downloads: one per paper next to its page, and one of the whole proceedings.
enum CitationFiles {
    static func paperBibTeX(_ workshop: Workshop, _ paper: Paper) -> String {
        "\(workshop.slug)/proceedings/\(paper.slug)/\(paper.slug).bib"
    }
    static func paperRIS(_ workshop: Workshop, _ paper: Paper) -> String {
        "\(workshop.slug)/proceedings/\(paper.slug)/\(paper.slug).ris"
    }
    static func bookBibTeX(_ workshop: Workshop) -> String { "\(workshop.slug)/proceedings/\(workshop.slug).bib" }
    static func bookRIS(_ workshop: Workshop) -> String { "\(workshop.slug)/proceedings/\(workshop.slug).ris" }

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
            files.append((paperBibTeX(workshop, paper), text.bibTeX))
            files.append((paperRIS(workshop, paper), text.ris))
        }
        files.append((bookBibTeX(workshop), texts.map(\.bibTeX).joined(separator: "\n")))
        files.append((bookRIS(workshop), texts.map(\.ris).joined()))
        return files
    }
}
