import HoithaoModel
import HoithaoRoutes

/// A portal with one free page and two workshops: `hoi-thao-a` with every sub-page, papers, an author's file and
/// a document; `hoi-thao-b` with nothing but its plan.
enum RouteFixture {
    static func site(paperSlugs: [String] = ["tham-luan-mot", "tham-luan-hai"]) -> Site {
        let date = CalendarDate(daysSinceEpoch: 18_404)  // 22 May 2020
        var full = Plan(title: "Hội thảo A", date: date, timeZone: "Asia/Ho_Chi_Minh", venue: Venue(name: "Hội trường"))
        full.participants = [ParticipantCategory(name: "Đại biểu", count: 40)]
        full.organizers = ["Sở Khoa học và Công nghệ"]
        let routes = Routes.workshop("hoi-thao-a")
        let papers = paperSlugs.map { slug in
            Paper(
                slug: slug, title: "Tham luận \(slug)", authors: [Author(name: "Nguyễn Văn A")],
                file: slug == paperSlugs.first
                    ? CopiedFile(
                        source: "Content/workshops/hoi-thao-a/papers/bai.docx",
                        destination: routes.paper(slug).file("bai.docx"),
                        byteCount: 1)
                    : nil,
                body: .empty, source: "Content/workshops/hoi-thao-a/papers/\(slug).md")
        }
        let document = Attachment(
            title: "Kế hoạch",
            file: CopiedFile(
                source: "Content/workshops/hoi-thao-a/documents/ke-hoach.pdf",
                destination: routes.documentsFolder + "/ke-hoach.pdf", byteCount: 1))
        let a = Workshop(
            slug: "hoi-thao-a", plan: full, introduction: .empty, papers: papers, attachments: [document],
            planPath: "Content/workshops/hoi-thao-a/plan.yaml")
        let b = Workshop(
            slug: "hoi-thao-b",
            plan: Plan(title: "Hội thảo B", date: date, timeZone: "Asia/Ho_Chi_Minh", venue: Venue(name: "Phòng họp")),
            introduction: .empty, papers: [], attachments: [], planPath: "Content/workshops/hoi-thao-b/plan.yaml")
        let page = Page(
            slug: "gioi-thieu", title: "Giới thiệu", description: nil, body: .empty,
            source: "Content/pages/gioi-thieu.md")
        return Site(config: SiteConfig(name: "Cổng hội thảo"), workshops: [a, b], pages: [page], staticFiles: [])
    }

    /// Every address the fixture's site has, each with what it is: pages, downloads, calendars, citations,
    /// feeds and the files at the top of the site.
    static func addresses(of site: Site, agendaItems: [String] = ["ngay-1-muc-1", "ngay-1-muc-2"]) -> [(
        address: String, owner: String
    )] {
        var all = site.allPages.map { (site.path(of: $0).file, "page \($0)") }
        all += [Routes.feed, Routes.robots, Routes.sitemap, Routes.sitemapPart(1), Routes.sitemapPart(2)].map {
            ($0, "site file")
        }
        all += [WebServer.apache, .iis].compactMap(Routes.serverFile).map { ($0, "server file") }
        return all + site.workshops.flatMap { files(of: $0, agendaItems: agendaItems) }
    }

    /// The files of one workshop: calendars, schedule, books, citations, its papers' files and its documents.
    static func files(of workshop: Workshop, agendaItems: [String] = ["ngay-1-muc-1"]) -> [(
        address: String, owner: String
    )] {
        let routes = workshop.routes
        var all = [
            (routes.calendar, "calendar"), (routes.schedule, "schedule"), (routes.bookPDF, "book PDF"),
            (routes.bookEPUB, "book EPUB"), (routes.authorFiles, "authors' zip"), (routes.bookBibTeX, "book BibTeX"),
            (routes.bookRIS, "book RIS"),
        ]
        all += agendaItems.map { (routes.itemCalendar($0), "item calendar \($0)") }
        all.append((routes.dayCalendar("ngay-1"), "day calendar ngay-1"))
        for paper in workshop.papers {
            let paperRoutes = workshop.routes(of: paper)
            all += [
                (paperRoutes.pdf, "PDF of \(paper.slug)"), (paperRoutes.bibTeX, "BibTeX of \(paper.slug)"),
                (paperRoutes.ris, "RIS of \(paper.slug)"),
            ]
            all += paper.file.map { [($0.destination, "file of \(paper.slug)")] } ?? []
        }
        return all + workshop.attachments.map { ($0.file.destination, "document") }
    }
}
