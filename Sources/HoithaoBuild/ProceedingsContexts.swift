import HoithaoModel
import HoithaoTheme

extension ContextBuilder {
    func proceedings(_ index: Int, _ path: PagePath) -> [String: Any] {
        let workshop = site.workshops[index]
        let t = strings(language(of: workshop))
        var page = workshopLayout(index, path, kind: .proceedings(index), title: t["nav_proceedings"])
        var sections: [(title: String?, papers: [[String: Any]])] = []
        for (paperIndex, paper) in workshop.papers.enumerated() {
            let entry = paperSummary(index, paperIndex, from: path)
            if let last = sections.indices.last, sections[last].title == paper.section {
                sections[last].papers.append(entry)
            } else {
                sections.append((paper.section, [entry]))
            }
        }
        page["sections"] = sections.map { section -> [String: Any] in
            var entry: [String: Any] = ["papers": section.papers, "level": section.title == nil ? 2 : 3]
            entry["section_title"] = section.title
            return entry
        }
        page["author_index"] = authorIndex(index, from: path)
        return page
    }

    /// Every author with links to their papers, sorted by given name in Vietnamese order.
    private func authorIndex(_ index: Int, from path: PagePath) -> [String: Any]? {
        var papersByAuthor: [String: [Int]] = [:]
        for (paperIndex, paper) in site.workshops[index].papers.enumerated() {
            for author in paper.authors where papersByAuthor[author.name]?.last != paperIndex {
                papersByAuthor[author.name, default: []].append(paperIndex)
            }
        }
        return Format.group(
            papersByAuthor.keys.sorted(by: VietnameseCollation.precedesByGivenName).map { name in
                [
                    "name": name,
                    "papers": (papersByAuthor[name] ?? []).map { paperIndex in
                        [
                            "href": path.link(to: site.path(of: .paper(index, paperIndex))),
                            "paper_title": site.workshops[index].papers[paperIndex].title,
                        ]
                    },
                ] as [String: Any]
            })
    }

    private func paperSummary(_ index: Int, _ paperIndex: Int, from path: PagePath) -> [String: Any] {
        let paper = site.workshops[index].papers[paperIndex]
        var entry: [String: Any] = [
            "title": paper.title,
            "href": path.link(to: site.path(of: .paper(index, paperIndex))),
            "authors": paper.authors.map(\.name).joined(separator: ", "),
            "affiliations": Array(Set(paper.authors.compactMap(\.affiliation))).sorted().joined(separator: "; "),
        ]
        entry["summary_abstract"] = paper.abstract
        return entry
    }

    func paper(_ index: Int, _ paperIndex: Int, _ path: PagePath) -> [String: Any] {
        let workshop = site.workshops[index]
        let paper = workshop.papers[paperIndex]
        let t = strings(paper.language ?? language(of: workshop))
        var page = workshopLayout(
            index, path, kind: .paper(index, paperIndex), title: paper.title, description: paper.abstract)
        page["proceedings_href"] = path.link(to: site.path(of: .proceedings(index)))
        page["crumb_proceedings"] = t["nav_proceedings"]
        page["breadcrumb"] = [
            ["label": t["nav_home"], "href": path.link(to: PagePath("index.html"))],
            ["label": workshop.plan.title, "href": path.link(to: site.path(of: .workshop(index)))],
            ["label": t["nav_proceedings"], "href": path.link(to: site.path(of: .proceedings(index)))],
            ["label": paper.title],
        ]
        page["paper_lang"] = paper.language?.rawValue
        page["authors"] = paper.authors.map { author -> [String: Any] in
            var entry: [String: Any] = ["name": author.name]
            entry["author_affiliation"] = author.affiliation
            entry["author_orcid"] = author.orcid
            entry["author_email"] = author.publicEmail
            return entry
        }
        page["abstract"] = paper.abstract
        page["keywords"] = paper.keywords.isEmpty ? nil : paper.keywords.joined(separator: ", ")
        page["section"] = paper.section
        page["toc"] = tableOfContents(paper.body)
        page["body_html"] = paper.body.html
        if let file = paper.file {
            let name = String(file.destination.split(separator: "/").last ?? "")
            page["download"] = [
                "href": path.link(toFile: file.destination), "name": name,
                "size": Format.fileSize(file.byteCount, language: language(of: workshop)),
                "type": Format.fileType(String(name.split(separator: ".").last ?? "")),
            ]
        }
        return page
    }

    func documents(_ index: Int, _ path: PagePath) -> [String: Any] {
        let workshop = site.workshops[index]
        let language = language(of: workshop)
        var page = workshopLayout(index, path, kind: .documents(index), title: strings(language)["nav_documents"])
        page["documents"] = Format.group(
            workshop.attachments.map { attachment -> [String: Any] in
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
