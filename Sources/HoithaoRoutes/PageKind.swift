import HoithaoModel

/// Every page the site has, named by what it shows; workshops and papers by their index.
public enum PageKind: Hashable, Sendable {
    case home
    case notFound
    case search
    case page(Int)
    case workshop(Int)
    case agenda(Int)
    case participants(Int)
    case venue(Int)
    case organization(Int)
    case proceedings(Int)
    case paper(Int, Int)
    case documents(Int)
    case speakers(Int)

    /// The workshop sub-pages in navigation order.
    public static func workshopPages(_ index: Int) -> [PageKind] {
        [
            .workshop(index), .agenda(index), .speakers(index), .participants(index), .venue(index),
            .organization(index), .proceedings(index), .documents(index),
        ]
    }
}

extension Site {
    /// Where a page is written.
    public func path(of kind: PageKind) -> PagePath {
        switch kind {
        case .home: return Routes.home
        case .notFound: return Routes.notFound
        case .search: return Routes.search
        case .page(let index): return .folder(pages[index].slug)
        case .workshop(let index): return workshops[index].routes.overview
        case .agenda(let index): return workshops[index].routes.agenda
        case .participants(let index): return workshops[index].routes.participants
        case .venue(let index): return workshops[index].routes.venue
        case .organization(let index): return workshops[index].routes.organization
        case .proceedings(let index): return workshops[index].routes.proceedings
        case .paper(let index, let paper): return workshops[index].routes(of: workshops[index].papers[paper]).page
        case .documents(let index): return workshops[index].routes.documents
        case .speakers(let index): return workshops[index].routes.speakers
        }
    }

    /// Whether the page has anything to show; a page with no facts is not generated.
    public func exists(_ kind: PageKind) -> Bool {
        switch kind {
        case .participants(let index):
            let plan = workshops[index].plan
            return !plan.participants.isEmpty || plan.expectedDelegates != nil
        case .organization(let index):
            let plan = workshops[index].plan
            return !plan.organizingUnits.isEmpty || !plan.organizers.isEmpty || plan.funding != nil
                || !plan.recipients.isEmpty || plan.signer != nil || !plan.chairs.isEmpty
        case .proceedings(let index): return !workshops[index].papers.isEmpty
        case .documents(let index): return !workshops[index].attachments.isEmpty
        case .speakers(let index):
            let workshop = workshops[index]
            return !workshop.papers.isEmpty
                || workshop.plan.agenda.contains { $0.sessions.contains { $0.items.contains { !$0.speakers.isEmpty } } }
        case .search: return config.search
        default: return true
        }
    }

    /// Every page of the site, in a fixed order.
    public var allPages: [PageKind] {
        var kinds: [PageKind] = [.home, .notFound]
        if exists(.search) { kinds.append(.search) }
        kinds += pages.indices.map(PageKind.page)
        for index in workshops.indices {
            kinds += PageKind.workshopPages(index).filter(exists)
            kinds += workshops[index].papers.indices.map { PageKind.paper(index, $0) }
        }
        return kinds
    }
}
