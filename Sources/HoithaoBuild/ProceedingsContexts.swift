import HoithaoModel
import HoithaoRoutes
import HoithaoSchedule
import HoithaoTheme

extension ContextBuilder {
    func proceedings(_ index: Int, _ path: PagePath) -> TemplateContext {
        let workshop = site.workshops[index]
        let t = strings(language(of: workshop))
        var page = workshopLayout(index, path, kind: .proceedings(index), title: t["nav_proceedings"])
        var sections: [(title: String?, papers: [TemplateContext])] = []
        for (paperIndex, paper) in workshop.papers.enumerated() {
            let entry = paperSummary(index, paperIndex, from: path)
            if let last = sections.indices.last, sections[last].title == paper.section {
                sections[last].papers.append(entry)
            } else {
                sections.append((paper.section, [entry]))
            }
        }
        page["sections"] = sections.map { section -> TemplateContext in
            var entry: TemplateContext = ["papers": section.papers, "level": section.title == nil ? 2 : 3]
            entry["section_title"] = section.title
            return entry
        }
        page["author_index"] = authorIndex(index, from: path)
        let language = language(of: workshop)
        page["downloads"] = Format.group(
            [
                download(workshop.routes.bookPDF, t["download_book_pdf"], from: path, language),
                download(workshop.routes.bookEPUB, t["download_book_epub"], from: path, language),
                download(workshop.routes.authorFiles, t["download_author_files"], from: path, language),
            ].compactMap { $0 })
        page["bib_href"] = path.link(toFile: workshop.routes.bookBibTeX)
        page["ris_href"] = path.link(toFile: workshop.routes.bookRIS)
        return page
    }

    /// A made or supplied file as a download: link, type, size and SHA-256; nil when it was not made.
    func download(_ file: String, _ label: String, from path: PagePath, _ language: Language) -> TemplateContext? {
        guard let facts = downloads[file] else { return nil }
        return [
            "label": label, "href": path.link(toFile: file),
            "type": Format.fileType(String(file.split(separator: ".").last ?? "")),
            "size": Format.fileSize(facts.byteCount, language: language), "sha256": facts.sha256,
        ]
    }

    /// Every author with links to their papers, sorted by given name in Vietnamese order.
    private func authorIndex(_ index: Int, from path: PagePath) -> TemplateContext? {
        var papersByAuthor: [String: [Int]] = [:]
        for (paperIndex, paper) in site.workshops[index].papers.enumerated() {
            for author in paper.authors where papersByAuthor[author.name]?.last != paperIndex {
                papersByAuthor[author.name, default: []].append(paperIndex)
            }
        }
        return Format.group(
            VietnameseCollation.sortedByGivenName(Array(papersByAuthor.keys)).map { name in
                [
                    "name": name,
                    "papers": (papersByAuthor[name] ?? []).map { paperIndex -> TemplateContext in
                        [
                            "href": path.link(to: site.path(of: .paper(index, paperIndex))),
                            "paper_title": site.workshops[index].papers[paperIndex].title,
                        ]
                    },
                ] as TemplateContext
            })
    }

    private func paperSummary(_ index: Int, _ paperIndex: Int, from path: PagePath) -> TemplateContext {
        let paper = site.workshops[index].papers[paperIndex]
        var entry: TemplateContext = [
            "title": paper.title,
            "href": path.link(to: site.path(of: .paper(index, paperIndex))),
            "authors": paper.authors.map(\.name).joined(separator: ", "),
            "affiliations": Array(Set(paper.authors.compactMap(\.affiliation))).sorted().joined(separator: "; "),
        ]
        entry["summary_abstract"] = paper.abstract
        let workshop = site.workshops[index]
        let language = language(of: workshop)
        let files = [
            download(workshop.routes(of: paper).pdf, "PDF", from: path, language),
            paper.file.flatMap {
                download($0.destination, strings(language)["download_original"], from: path, language)
            },
        ]
        entry["paper_downloads"] = Format.group(files.compactMap { $0 })
        return entry
    }

    func paper(_ index: Int, _ paperIndex: Int, _ path: PagePath) -> TemplateContext {
        let workshop = site.workshops[index]
        let paper = workshop.papers[paperIndex]
        let routes = workshop.routes(of: paper)
        let t = strings(paper.language ?? language(of: workshop))
        let proceedings = site.path(of: .proceedings(index))
        var page = paperLayout(
            index, paperIndex, path, title: paper.title, description: paper.abstract,
            breadcrumb: [
                (t["nav_home"], Routes.home), (workshop.plan.title, site.path(of: .workshop(index))),
                (t["nav_proceedings"], proceedings), (paper.title, nil),
            ])
        page["proceedings_href"] = path.link(to: proceedings)
        page["crumb_proceedings"] = t["nav_proceedings"]
        page["paper_lang"] = paper.language?.rawValue
        page["authors"] = paper.authors.map { author in
            var entry: TemplateContext = ["name": author.name]
            entry["author_href"] = personLink(author.name, workshop: index, from: path)
            entry["author_affiliation"] = author.affiliation
            entry["author_orcid"] = author.orcid
            entry["author_email"] = author.publicEmail
            entry["author_phone"] = author.publicPhone
            return entry
        }
        page["abstract"] = paper.abstract
        page["keywords"] = paper.keywords.isEmpty ? nil : paper.keywords.joined(separator: ", ")
        page["section"] = paper.section
        page["toc"] = tableOfContents(paper.body)
        page["body_html"] = PagePictures.html(paper.body.html, pictures: workshop.pictures[paper.source], page: path)
        let language = language(of: workshop)
        page["downloads"] = Format.group(
            [
                download(routes.pdf, t["download_paper_pdf"], from: path, language),
                paper.file.flatMap { download($0.destination, t["download_paper"], from: path, language) },
            ].compactMap { $0 })
        let citation = CitationFiles.citation(site, index, paperIndex, strings: t)
        page["cite_text"] = citation.text
        page["bib_href"] = path.link(toFile: routes.bibTeX)
        page["ris_href"] = path.link(toFile: routes.ris)
        let pdfURL = baseURL.flatMap { base in
            downloads[routes.pdf].map { _ in Routes.absolute(routes.pdf, baseURL: base) }
        }
        page["citation_meta"] = citation.metaTags(pdfURL: pdfURL).map {
            ["meta_name": $0.0, "meta_content": $0.1] as TemplateContext
        }
        return page
    }

    func documents(_ index: Int, _ path: PagePath) -> TemplateContext {
        let workshop = site.workshops[index]
        let language = language(of: workshop)
        var page = workshopLayout(index, path, kind: .documents(index), title: strings(language)["nav_documents"])
        page["documents"] = Format.group(
            workshop.attachments.map { attachment -> TemplateContext in
                [
                    "title": attachment.title,
                    "href": path.link(toFile: attachment.file.destination),
                    "type": Format.fileType(attachment.fileExtension),
                    "size": Format.fileSize(attachment.file.byteCount, language: language),
                ]
            })
        return page
    }
}
