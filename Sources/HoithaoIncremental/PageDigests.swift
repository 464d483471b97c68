import HoithaoModel
import HoithaoRoutes

/// What each page and made file is made from, as one digest: when it is unchanged, the file from the last build
/// is kept.
public struct PageDigests: Sendable {
    let site: Site
    let inputs: InputDigests
    let settings: BuildSettings
    /// The site-wide inputs every page shares: the settings that reach every page, the theme, `site.yaml`, the
    /// navigation.
    public let shared: Digest
    private let workshops: [Digest]

    /// What the workshop's pages list: its plan, introduction, papers' front matter and files.
    public func workshopDigest(_ index: Int) -> Digest {
        var digest = shared
        digest.add(workshops[index])
        return digest
    }

    public init(site: Site, inputs: InputDigests, contentPath: String, theme: Digest, settings: BuildSettings) {
        self.site = site
        self.inputs = inputs
        self.settings = settings
        var shared = settings.digest(reaching: .papers)
        shared.add(settings.digest(reaching: .pages))
        shared.add(theme)
        shared.add(inputs.text(contentPath + "/site.yaml") ?? Digest())
        shared.add(site.config.baseURL ?? "")
        for page in site.pages { shared.add(page.slug + "\t" + page.title) }
        for file in site.staticFiles { shared.add(file.destination) }
        self.shared = shared
        workshops = site.workshops.map { Self.workshopDigest($0, inputs: inputs) }
    }

    /// A workshop's plan, introduction, papers' front matter and files: what its pages list.
    private static func workshopDigest(_ workshop: Workshop, inputs: InputDigests) -> Digest {
        let folder = String(workshop.planPath.dropLast("plan.yaml".count))
        var digest = Digest()
        digest.add(workshop.slug)
        for path in inputs.paths(under: folder) {
            // Papers count by their front matter (title, authors…), which the workshop's pages list;
            // their bodies only matter to their own pages. Other files count whole.
            guard let file = inputs.files[path] else { continue }
            let isPaper = path.hasPrefix(folder + "papers/")
            guard let listed = isPaper ? file.markdown?.front : file.text else { continue }
            digest.add(path)
            digest.add(listed)
        }
        for file in workshop.attachments.map(\.file) + workshop.papers.compactMap(\.file) {
            digest.add("\(file.destination)\t\(file.byteCount)")
        }
        return digest
    }

    /// The digest of a page rendered with the theme's `template`: when it is unchanged, so is the page.
    public func digest(of kind: PageKind, template: String) -> Digest {
        var digest = shared
        digest.add(template)
        switch kind {
        case .home:
            digest.add(settings.digest(reaching: .home))
            for workshop in workshops { digest.add(workshop) }
        case .notFound:
            break
        case .search:
            for workshop in workshops { digest.add(workshop) }
        case .page(let index):
            digest.add(inputs.text(site.pages[index].source) ?? Digest())
        case .paper(let index, let paper):
            digest.add(workshops[index])
            digest.add(inputs.body(site.workshops[index].papers[paper].source) ?? Digest())
        case .workshop(let index), .agenda(let index), .participants(let index), .venue(let index),
            .organization(let index), .proceedings(let index), .documents(let index), .speakers(let index):
            digest.add(workshops[index])
        }
        return digest
    }

    /// The digest of a workshop's book (PDF and EPUB, told apart by `tag`), set with the fonts `typeset` names:
    /// what its pages list, every paper's body and the pictures it prints.
    public func bookDigest(_ index: Int, typeset: String, tag: String) -> Digest {
        let workshop = site.workshops[index]
        var digest = workshopDigest(index)
        digest.add(settings.digest(reaching: .books))
        digest.add(typeset)
        for paper in workshop.papers { digest.add(inputs.body(paper.source) ?? Digest()) }
        // The books print the pictures the introduction and the papers show.
        for (_, shown) in workshop.pictures.sorted(by: { $0.key < $1.key }) { digest.add(Self.pictures(shown)) }
        digest.add(tag)
        return digest
    }

    /// The digest of a paper's own PDF, set with the fonts `typeset` names.
    public func paperPDFDigest(_ index: Int, paper: Paper, typeset: String) -> Digest {
        var digest = workshopDigest(index)
        digest.add(settings.digest(reaching: .books))
        digest.add(typeset)
        digest.add(inputs.body(paper.source) ?? Digest())
        digest.add(Self.pictures(site.workshops[index].pictures[paper.source] ?? [:]))
        digest.add("paper-pdf")
        return digest
    }

    /// The bytes of the pictures a Markdown file shows, by their URLs.
    private static func pictures(_ pictures: [String: Picture]) -> Digest {
        var digest = Digest()
        for (key, picture) in pictures.sorted(by: { $0.key < $1.key }) {
            digest.add(key)
            digest.add(picture.digest)
        }
        return digest
    }
}
