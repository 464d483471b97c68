import HoithaoIncremental
import HoithaoModel
import HoithaoRoutes

/// A portal with one free page and one workshop of two papers, the digests of the files it was read from, and
/// the digests of everything it makes.
struct DigestFixture {
    static let folder = "Content/workshops/hoi-thao-a/"
    static let first = folder + "papers/mot.md"
    static let second = folder + "papers/hai.md"
    static let page = "Content/pages/gioi-thieu.md"

    let site: Site
    var files: [String: FileDigests] = [
        "Content/site.yaml": FileDigests(text: Digest("name: Cổng")),
        folder + "plan.yaml": FileDigests(text: Digest("title: A")),
        first: FileDigests(text: Digest("1"), front: Digest("title: Một"), body: Digest("Thân một")),
        second: FileDigests(text: Digest("2"), front: Digest("title: Hai"), body: Digest("Thân hai")),
        page: FileDigests(text: Digest("Giới thiệu")),
    ]
    var settings = BuildSettings { "\($0.rawValue)-value" }

    init() {
        let date = CalendarDate(daysSinceEpoch: 18_404)
        let papers = [("mot", Self.first), ("hai", Self.second)].map { slug, source in
            Paper(slug: slug, title: slug, authors: [Author(name: "A")], body: .empty, source: source)
        }
        let workshop = Workshop(
            slug: "hoi-thao-a",
            plan: Plan(title: "A", date: date, timeZone: "Asia/Ho_Chi_Minh", venue: Venue(name: "Hội trường")),
            introduction: .empty, papers: papers, attachments: [], planPath: Self.folder + "plan.yaml")
        let page = Page(slug: "gioi-thieu", title: "Giới thiệu", description: nil, body: .empty, source: Self.page)
        site = Site(config: SiteConfig(name: "Cổng"), workshops: [workshop], pages: [page], staticFiles: [])
    }

    /// Every page's and made file's digest, by a name of the file.
    var made: [String: Digest] {
        let digests = PageDigests(
            site: site, inputs: InputDigests(files), contentPath: "Content", theme: Digest("theme"),
            settings: settings)
        var made: [String: Digest] = [:]
        for kind in site.allPages { made[site.path(of: kind).file] = digests.digest(of: kind, template: "\(kind)") }
        made["book.pdf"] = digests.bookDigest(0, typeset: "DejaVu", tag: "pdf")
        for paper in site.workshops[0].papers {
            made[paper.slug + ".pdf"] = digests.paperPDFDigest(0, paper: paper, typeset: "DejaVu")
        }
        return made
    }

    /// The files whose digests differ from those `before` made.
    func remade(since before: DigestFixture) -> Set<String> {
        let (old, new) = (before.made, made)
        return Set(new.keys.filter { old[$0] != new[$0] })
    }
}
