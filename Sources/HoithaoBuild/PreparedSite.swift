import HoithaoContent
import HoithaoModel
import HoithaoTheme

/// A loaded, validated site with everything the writing step needs: pages and their digests, files to make,
/// generate and copy.
struct PreparedSite: Sendable {
    let site: Site
    let theme: Theme
    let options: BuildOptions
    let pages: [PageKind]
    let digests: [Digest]
    let made: [MadeFile]
    let generated: [(path: String, text: String)]
    let copies: [CopiedFile]

    init(site: Site, theme: Theme, options: BuildOptions, files: FileAccess) {
        self.site = site
        self.theme = theme
        self.options = options
        pages = site.allPages
        let pageDigests = PageDigests(
            site: site, contentPath: options.contentPath, theme: theme.digest, version: SiteBuilder.version,
            options: options)
        let made =
            options.makesBooks
            ? ProceedingsFiles.made(site: site, theme: theme, digests: pageDigests, files: files) : []
        self.made = made
        // A page that lists downloads shows their size and SHA-256, so it changes with them.
        digests = pages.map { kind in
            var digest = pageDigests.digest(of: kind, today: options.today)
            for file in made where Self.lists(kind, file.path, in: site) { digest.add(file.digest) }
            return digest
        }
        generated =
            Feeds(site: site, baseURL: site.config.baseURL).files(pages: pages)
            + CitationFiles.files(site) { workshop in
                theme.strings[workshop.plan.language ?? site.config.language]
                    ?? ThemeStrings(table: [:], weekdays: [], months: [])
            }
        copies =
            site.staticFiles + theme.assets
            + site.workshops.flatMap { workshop in workshop.attachments.map(\.file) + workshop.papers.compactMap(\.file)
            }
    }

    /// Whether a page shows a made file's size and SHA-256, so that it changes with it: the proceedings page
    /// lists them all, a paper page its own PDF and the authors' zip.
    private static func lists(_ kind: PageKind, _ path: String, in site: Site) -> Bool {
        switch kind {
        case .proceedings(let index):
            return path.hasPrefix(site.workshops[index].slug + "/proceedings/")
        case .paper(let index, let paper):
            let workshop = site.workshops[index]
            return path == ProceedingsFiles.paperPDF(workshop, workshop.papers[paper])
                || path == ProceedingsFiles.authorFiles(workshop)
        default:
            return false
        }
    }

    /// The renderer, once the downloads' sizes and digests are known.
    func renderer(downloads: [String: FileFacts]) -> PageRenderer {
        PageRenderer(
            site: site,
            contexts: ContextBuilder(
                site: site, theme: theme, baseURL: site.config.baseURL, today: options.today, downloads: downloads))
    }
}
