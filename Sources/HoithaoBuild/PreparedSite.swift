import HoithaoModel
import HoithaoTheme

/// A loaded, validated site with everything the writing step needs: pages, their digests, files to copy.
struct PreparedSite: Sendable {
    let site: Site
    let pages: [PageKind]
    let digests: [Digest]
    let renderer: PageRenderer
    let generated: [(path: String, text: String)]
    let copies: [CopiedFile]

    init(site: Site, theme: Theme, options: BuildOptions) {
        self.site = site
        pages = site.allPages
        let pageDigests = PageDigests(
            site: site, contentPath: options.contentPath, theme: theme.digest, version: SiteBuilder.version,
            options: options)
        digests = pages.map { pageDigests.digest(of: $0, today: options.today) }
        renderer = PageRenderer(
            site: site,
            contexts: ContextBuilder(site: site, theme: theme, baseURL: site.config.baseURL, today: options.today))
        generated = Feeds(site: site, baseURL: site.config.baseURL).files(pages: pages)
        copies =
            site.staticFiles + theme.assets
            + site.workshops.flatMap { workshop in workshop.attachments.map(\.file) + workshop.papers.compactMap(\.file)
            }
    }
}
