import HoithaoContent
import HoithaoIncremental
import HoithaoMarkdown
import HoithaoModel
import HoithaoRoutes
import HoithaoTheme

/// A loaded, validated site with everything the writing step needs: pages and their digests, files to make,
/// generate and copy.
struct PreparedSite: Sendable {
    let site: Site
    let theme: Theme
    let options: BuildOptions
    /// The digests of the files the site was read from, and the settings it is built with.
    let inputs: InputDigests
    let settings: BuildSettings
    let pages: [PageKind]
    let digests: [Digest]
    let made: [MadeFile]
    var generated: [GeneratedGroup]
    let copies: [CopiedFile]
    /// The build's confined reader, which the copies and the books' pictures are read through.
    let files: FileAccess
    /// `PageDigests.workshopDigest` of each workshop, by slug: what its pages list.
    let workshopDigests: [String: Digest]

    /// Everything the site writes (with `searchStore`, keeping the search documents there), or with `wholeSite` false only what its workshops write: for a build that
    /// reads only the workshops that changed, and keeps the rest of the output as it is.
    init(
        site: Site, inputs: InputDigests, settings: BuildSettings, theme: Theme, options: BuildOptions,
        files: FileAccess, parsed: ParsedMarkdown? = nil, wholeSite: Bool = true,
        searchStore: SearchDocumentStore? = nil
    ) {
        self.site = site
        self.theme = theme
        self.options = options
        self.files = files
        (self.inputs, self.settings) = (inputs, settings)
        pages = site.allPages.filter { kind in
            switch kind {
            case .home, .notFound, .page, .search: return wholeSite
            default: return true
            }
        }
        let pageDigests = PageDigests(
            site: site, inputs: inputs, contentPath: options.contentPath, theme: theme.digest, settings: settings)
        let made =
            options.makesBooks
            ? ProceedingsFiles.made(site: site, theme: theme, digests: pageDigests, files: files, parsed: parsed) : []
        self.made = made
        // A page that lists downloads shows their size and SHA-256, so it changes with them.
        let madeDigests = Dictionary(made.map { ($0.path, $0.digest) }) { first, _ in first }
        // So do the pages that offer an author's own file: its bytes, not only its name and size.
        let supplied = Dictionary(
            site.workshops.flatMap { $0.papers.compactMap(\.file) }.map { file in
                (file.destination, (try? files.read(file.source)).map { Digest($0) } ?? Digest())
            }
        ) { first, _ in first }
        let pages = pages
        digests = Parallel.map(pages.count) { index in
            let kind = pages[index]
            var digest = pageDigests.digest(of: kind, template: kind.template)
            for listed in Self.listed(by: kind, in: site, made: made) {
                if let file = madeDigests[listed] ?? supplied[listed] { digest.add(file) }
            }
            // The pictures' addresses and sizes are in the page's HTML.
            digest.add(PagePictures.digest(Self.pictures(shownBy: kind, in: site)))
            return digest
        }
        workshopDigests = Dictionary(
            site.workshops.indices.map { (site.workshops[$0].slug, pageDigests.workshopDigest($0)) }
        ) { first, _ in first }
        let feeds = Feeds(site: site, baseURL: site.config.baseURL)
        // A workshop's calendars and citations depend on what its pages list, so they share its digest.
        let siteFiles = GeneratedGroup(name: "site", digest: nil) { feeds.files(pages: pages) }
        // The index covers the whole site; a build of some workshops adds it from the documents the last build kept.
        let search =
            wholeSite && site.config.search
            ? [
                SearchDocuments.group(
                    site: site, theme: theme, inputs: inputs, shared: pageDigests.shared, store: searchStore)
            ] : []
        generated =
            (wholeSite ? [siteFiles] : []) + search
            + site.workshops.indices.map { index in
                let workshop = site.workshops[index]
                let strings =
                    theme.strings[workshop.plan.language ?? site.config.language]
                    ?? ThemeStrings(table: [:], weekdays: [], months: [])
                return GeneratedGroup(name: "workshop/" + workshop.slug, digest: pageDigests.workshopDigest(index)) {
                    feeds.files(workshop: index) + CitationFiles.files(site, workshop: index, strings: strings)
                }
            }
        let copied =
            (wholeSite ? site.staticFiles + theme.assets : [])
            + site.workshops.flatMap { workshop in workshop.attachments.map(\.file) + workshop.papers.compactMap(\.file)
            }
        // A picture is copied once however many pages show it, and not again when it is a document already.
        var seen = Set(copied)
        let pictures = site.workshops.flatMap { $0.pictures.values.flatMap(\.values).map(\.file) }
        copies = copied + pictures.sorted { $0.destination < $1.destination }.filter { seen.insert($0).inserted }
    }

    /// The pictures a page shows from its Markdown, by `Picture.key`.
    static func pictures(shownBy kind: PageKind, in site: Site) -> [String: Picture]? {
        switch kind {
        case .workshop(let index): site.workshops[index].pictures[site.workshops[index].introductionPath]
        case .paper(let index, let paper): site.workshops[index].pictures[site.workshops[index].papers[paper].source]
        default: nil
        }
    }

    /// The made and supplied files whose size and SHA-256 a page shows, so that it changes with them: the
    /// proceedings page lists all of its workshop's, a paper page its own PDF, its author's file and the zip.
    private static func listed(by kind: PageKind, in site: Site, made: [MadeFile]) -> [String] {
        switch kind {
        case .proceedings(let index):
            let prefix = site.workshops[index].routes.proceedingsFolder + "/"
            return made.map(\.path).filter { $0.hasPrefix(prefix) }
                + site.workshops[index].papers.compactMap(\.file?.destination)
        case .paper(let index, let paper):
            let workshop = site.workshops[index]
            return [workshop.routes(of: workshop.papers[paper]).pdf, workshop.routes.authorFiles]
                + (workshop.papers[paper].file.map { [$0.destination] } ?? [])
        default:
            return []
        }
    }

    /// The renderer, once the downloads' sizes and digests are known.
    func renderer(downloads: [String: FileFacts]) -> PageRenderer {
        PageRenderer(
            site: site,
            contexts: ContextBuilder(
                site: site, theme: theme, baseURL: site.config.baseURL, today: options.today, downloads: downloads
            ).withPaperLayouts().withPeople())
    }
}
