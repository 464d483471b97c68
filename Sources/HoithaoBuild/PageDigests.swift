import HoithaoModel
import HoithaoRoutes

/// What each page is made from, as one digest: when it is unchanged, the page from the last build is kept.
struct PageDigests: Sendable {
    let site: Site
    let contentPath: String
    /// The site-wide inputs every page shares: Hoithao's and the Markdown engine's versions, the theme, `site.yaml`, the navigation.
    let shared: Digest
    private let workshops: [Digest]

    /// What the workshop's pages list: its plan, introduction, papers' front matter and files.
    func workshopDigest(_ index: Int) -> Digest {
        var digest = shared
        digest.add(workshops[index])
        return digest
    }

    init(site: Site, contentPath: String, theme: Digest, version: String, options: BuildOptions) {
        self.site = site
        self.contentPath = contentPath
        var shared = Digest()
        shared.add(version)
        shared.add(options.markdownEngine)
        shared.add(theme)
        shared.add(site.digests[contentPath + "/site.yaml"] ?? Digest())
        shared.add(site.config.baseURL ?? "")
        shared.add(options.includeDrafts ? "drafts" : "")
        for page in site.pages { shared.add(page.slug + "\t" + page.title) }
        for file in site.staticFiles { shared.add(file.destination) }
        self.shared = shared
        // Sorted once, so each workshop's files are one contiguous run found by binary search.
        let keys = site.digests.keys.sorted()
        workshops = site.workshops.map { Self.workshopDigest($0, keys: keys, digests: site.digests) }
    }

    /// A workshop's plan, introduction, papers' front matter and files: what its pages list.
    private static func workshopDigest(_ workshop: Workshop, keys: [String], digests: [String: Digest]) -> Digest {
        let folder = String(workshop.planPath.dropLast("plan.yaml".count))
        var digest = Digest()
        digest.add(workshop.slug)
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < folder { low = middle + 1 } else { high = middle }
        }
        for key in keys[low...].prefix(while: { $0.hasPrefix(folder) }) {
            // Papers count by their front matter (title, authors…), which the workshop's pages list;
            // their bodies only matter to their own pages. Other files count whole.
            let isPaper = key.hasPrefix(folder + "papers/")
            guard isPaper ? key.hasSuffix("#front") : !key.contains("#") else { continue }
            digest.add(key)
            digest.add(digests[key] ?? Digest())
        }
        for file in workshop.attachments.map(\.file) + workshop.papers.compactMap(\.file) {
            digest.add("\(file.destination)\t\(file.byteCount)")
        }
        return digest
    }

    func digest(of kind: PageKind, today: CalendarDate) -> Digest {
        var digest = shared
        digest.add(kind.template)
        switch kind {
        case .home:
            digest.add(today.iso)
            for workshop in workshops { digest.add(workshop) }
        case .notFound:
            break
        case .page(let index):
            digest.add(site.digests[site.pages[index].source] ?? Digest())
        case .paper(let index, let paper):
            digest.add(workshops[index])
            digest.add(site.digests[site.workshops[index].papers[paper].source + "#body"] ?? Digest())
        case .workshop(let index), .agenda(let index), .participants(let index), .venue(let index),
            .organization(let index), .proceedings(let index), .documents(let index):
            digest.add(workshops[index])
        }
        return digest
    }
}
