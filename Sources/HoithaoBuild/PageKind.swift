import HoithaoModel

/// Every page the site has, named by what it shows; workshops and papers by their index.
enum PageKind: Hashable, Sendable {
    case home
    case notFound
    case page(Int)
    case workshop(Int)
    case agenda(Int)
    case participants(Int)
    case venue(Int)
    case organization(Int)
    case proceedings(Int)
    case paper(Int, Int)
    case documents(Int)

    /// The theme template that renders this kind of page.
    var template: String {
        switch self {
        case .home: return "home"
        case .notFound: return "not-found"
        case .page: return "page"
        case .workshop: return "workshop"
        case .agenda: return "agenda"
        case .participants: return "participants"
        case .venue: return "venue"
        case .organization: return "organization"
        case .proceedings: return "proceedings"
        case .paper: return "paper"
        case .documents: return "documents"
        }
    }

    /// The workshop sub-pages in navigation order.
    static func workshopPages(_ index: Int) -> [PageKind] {
        [
            .workshop(index), .agenda(index), .participants(index), .venue(index), .organization(index),
            .proceedings(index), .documents(index),
        ]
    }
}

extension Site {
    /// Where a page is written.
    func path(of kind: PageKind) -> PagePath {
        switch kind {
        case .home: return PagePath("index.html")
        case .notFound: return PagePath("404.html")
        case .page(let index): return .folder(pages[index].slug)
        case .workshop(let index): return .folder(workshops[index].slug)
        case .agenda(let index): return .folder(workshops[index].slug, "agenda")
        case .participants(let index): return .folder(workshops[index].slug, "participants")
        case .venue(let index): return .folder(workshops[index].slug, "venue")
        case .organization(let index): return .folder(workshops[index].slug, "organization")
        case .proceedings(let index): return .folder(workshops[index].slug, "proceedings")
        case .paper(let index, let paper):
            return .folder(workshops[index].slug, "proceedings", workshops[index].papers[paper].slug)
        case .documents(let index): return .folder(workshops[index].slug, "documents")
        }
    }

    /// Whether the page has anything to show; a page with no facts is not generated.
    func exists(_ kind: PageKind) -> Bool {
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
        default: return true
        }
    }

    /// Every page of the site, in a fixed order.
    var allPages: [PageKind] {
        var kinds: [PageKind] = [.home, .notFound]
        kinds += pages.indices.map(PageKind.page)
        for index in workshops.indices {
            kinds += PageKind.workshopPages(index).filter(exists)
            kinds += workshops[index].papers.indices.map { PageKind.paper(index, $0) }
        }
        return kinds
    }
}
