import Foundation
import HoithaoIncremental
import HoithaoModel
import HoithaoRoutes
import HoithaoSchedule
import HoithaoSearch
import HoithaoTheme

/// What the search finds, in the site's order: each workshop (its overview, agenda items, speakers and papers),
/// then the free pages. Contacts are never among the texts.
struct SearchDocuments {
    let site: Site
    let theme: Theme

    var all: [SearchDocument] { parts.flatMap(\.documents) }

    /// The documents by part of the site, in its order: each workshop's, then the free pages'. A build of some
    /// workshops makes their parts and takes the others' from the last build.
    var parts: [(name: String, documents: [SearchDocument])] {
        site.workshops.indices.map { (Self.part(workshop: site.workshops[$0].slug), workshop($0)) }
            + [(Self.pagesPart, site.pages.indices.map(page))]
    }

    static func part(workshop slug: String) -> String { "workshop-" + slug }
    static let pagesPart = "pages"

    /// The index's files, made again only when some content, the theme or the settings changed: what is searched
    /// is every page's text, so any file read counts. With `store`, the documents are kept for the next build
    /// (and made again once when they were not kept).
    static func group(
        site: Site, theme: Theme, inputs: InputDigests, shared: Digest, store: SearchDocumentStore? = nil
    ) -> GeneratedGroup {
        var digest = shared
        for path in inputs.files.keys.sorted() {
            digest.add(path)
            digest.add(inputs.text(path) ?? Digest())
        }
        digest.add(store?.isKept == false ? "not kept" : "")
        return GeneratedGroup(name: "search", digest: digest) {
            let parts = SearchDocuments(site: site, theme: theme).parts
            store?.save(parts.map { ($0.name, encoded($0.documents)) }, order: parts.map(\.name))
            return SearchIndex(parts.flatMap(\.documents)).files()
        }
    }

    /// The index of a build that read only some workshops (those of `site`): their documents made again, the
    /// others' as the last build kept them; nil when they were not kept, or the site's workshops are not those
    /// the last build kept.
    static func group(rebuilding site: Site, theme: Theme, store: SearchDocumentStore) -> GeneratedGroup? {
        guard let kept = store.load() else { return nil }
        let made = Dictionary(
            SearchDocuments(site: site, theme: theme).parts.dropLast().map { ($0.name, $0.documents) }
        ) {
            first, _ in first
        }
        guard made.keys.allSatisfy({ name in kept.contains { $0.name == name } }) else { return nil }
        var documents: [SearchDocument] = []
        for part in kept {
            if let new = made[part.name] {
                documents += new
            } else if let old = try? JSONDecoder().decode([SearchDocument].self, from: part.documents) {
                documents += old
            } else {
                return nil
            }
        }
        store.save(made.map { ($0.key, encoded($0.value)) }, order: nil)
        // Made in every such build: its digest would have to cover every workshop's inputs, which it does not read.
        return GeneratedGroup(name: "search", digest: nil) { [documents] in SearchIndex(documents).files() }
    }

    private static func encoded(_ documents: [SearchDocument]) -> Data {
        (try? JSONEncoder().encode(documents)) ?? Data()
    }

    /// The address of a page (and a place on it) relative to the top of the site, as the index gives it.
    private func address(_ kind: PageKind, _ anchor: String? = nil) -> String {
        URLEncoding.path(site.path(of: kind).file) + (anchor.map { "#" + $0 } ?? "")
    }

    private func strings(_ language: Language) -> ThemeStrings {
        theme.strings[language] ?? theme.strings[.vietnamese] ?? ThemeStrings(table: [:], weekdays: [], months: [])
    }

    private func workshop(_ index: Int) -> [SearchDocument] {
        let workshop = site.workshops[index]
        let plan = workshop.plan
        let t = strings(plan.language ?? site.config.language)
        let introduction = SearchText.plain(fromHTML: workshop.introduction.html)
        var documents = [
            SearchDocument(
                address: address(.workshop(index)), title: plan.title, kindLabel: t["search_workshop"],
                context: Format.dates(plan, t) + " · " + Format.venueLine(plan.venue),
                excerpt: SearchText.excerpt(plan.theme ?? introduction),
                fields: [
                    SearchField(plan.title, .title), SearchField(plan.organizers.joined(separator: " "), .names),
                    SearchField(([plan.theme ?? ""] + plan.topics + plan.purposes).joined(separator: " "), .summary),
                    SearchField(introduction, .body),
                ])
        ]
        let programme = Programme(plan.agenda)
        for entry in programme.entries {
            let item = entry.item
            let speakers = item.speakers.map(Format.speaker).joined(separator: "; ")
            let description = item.description.map { SearchText.plain(fromHTML: $0.html) } ?? ""
            documents.append(
                SearchDocument(
                    address: address(.agenda(index), entry.id), title: item.title, kindLabel: t["nav_agenda"],
                    context: "\(t.weekdayDate(entry.day.date)), \(item.start.text) · \(plan.title)",
                    excerpt: SearchText.excerpt(speakers.isEmpty ? description : speakers),
                    fields: [
                        SearchField(item.title, .title), SearchField(speakers, .names),
                        SearchField(description, .body),
                    ]))
        }
        if site.exists(.speakers(index)) {
            for person in WorkshopPeople(workshop, programme: programme).people {
                let affiliations = person.affiliations.joined(separator: "; ")
                documents.append(
                    SearchDocument(
                        address: address(.speakers(index), person.anchor), title: person.name,
                        kindLabel: t["nav_speakers"],
                        context: plan.title, excerpt: affiliations,
                        fields: [SearchField(person.name, .title), SearchField(affiliations, .summary)]))
            }
        }
        for paperIndex in workshop.papers.indices {
            documents.append(paper(index, paperIndex, t))
        }
        return documents
    }

    private func paper(_ index: Int, _ paperIndex: Int, _ t: ThemeStrings) -> SearchDocument {
        let paper = site.workshops[index].papers[paperIndex]
        let body = SearchText.plain(fromHTML: paper.body.html)
        let authors = paper.authors.map(\.name).joined(separator: ", ")
        return SearchDocument(
            address: address(.paper(index, paperIndex)), title: paper.title, kindLabel: t["kind_paper"],
            context: authors.isEmpty ? site.workshops[index].plan.title : authors,
            excerpt: SearchText.excerpt(paper.abstract ?? body),
            fields: [
                SearchField(paper.title, .title),
                SearchField(
                    (paper.authors.map(\.name) + paper.authors.compactMap(\.affiliation)).joined(separator: " "), .names
                ),
                SearchField(paper.keywords.joined(separator: " "), .keywords),
                SearchField(paper.abstract ?? "", .summary), SearchField(body, .body),
            ])
    }

    private func page(_ index: Int) -> SearchDocument {
        let page = site.pages[index]
        let body = SearchText.plain(fromHTML: page.body.html)
        let t = strings(site.config.language)
        return SearchDocument(
            address: address(.page(index)), title: page.title, kindLabel: t["search_page"],
            context: site.config.name, excerpt: SearchText.excerpt(page.description ?? body),
            fields: [
                SearchField(page.title, .title), SearchField(page.description ?? "", .summary),
                SearchField(body, .body),
            ])
    }
}
