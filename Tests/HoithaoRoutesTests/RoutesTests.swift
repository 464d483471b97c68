import Foundation
import HoithaoModel
import HoithaoRoutes
import Testing

@Suite("Every address of the site, made in one place")
struct RoutesTests {
    let site = RouteFixture.site()

    @Test("The pages of a portal, in their fixed order, each published as a folder")
    func pages() {
        #expect(
            site.allPages.map { site.path(of: $0).file } == [
                "index.html", "404.html", "search/index.html", "gioi-thieu/index.html",
                "hoi-thao-a/index.html", "hoi-thao-a/agenda/index.html", "hoi-thao-a/speakers/index.html",
                "hoi-thao-a/participants/index.html",
                "hoi-thao-a/venue/index.html", "hoi-thao-a/organization/index.html",
                "hoi-thao-a/proceedings/index.html", "hoi-thao-a/documents/index.html",
                "hoi-thao-a/proceedings/tham-luan-mot/index.html", "hoi-thao-a/proceedings/tham-luan-hai/index.html",
                "hoi-thao-b/index.html", "hoi-thao-b/agenda/index.html", "hoi-thao-b/venue/index.html",
            ])
    }

    @Test("A workshop's downloads, calendars and citations sit under its folder")
    func workshopFiles() {
        let routes = Routes.workshop("hoi-thao-a")
        #expect(routes.calendar == "hoi-thao-a/calendar.ics")
        #expect(routes.itemCalendar("ngay-1-muc-2") == "hoi-thao-a/agenda/ngay-1-muc-2.ics")
        #expect(routes.dayCalendar("ngay-1") == "hoi-thao-a/agenda/ngay-1.ics")
        #expect(routes.schedule == "hoi-thao-a/schedule.json")
        #expect(routes.bookPDF == "hoi-thao-a/proceedings/hoi-thao-a-ky-yeu.pdf")
        #expect(routes.bookEPUB == "hoi-thao-a/proceedings/hoi-thao-a-ky-yeu.epub")
        #expect(routes.authorFiles == "hoi-thao-a/proceedings/hoi-thao-a-tep-tac-gia.zip")
        #expect(routes.bookBibTeX == "hoi-thao-a/proceedings/hoi-thao-a.bib")
        #expect(routes.bookRIS == "hoi-thao-a/proceedings/hoi-thao-a.ris")
        #expect(routes.documentsFolder == "hoi-thao-a/documents")
        let paper = routes.paper("bai")
        #expect(paper.page.file == "hoi-thao-a/proceedings/bai/index.html")
        #expect(paper.pdf == "hoi-thao-a/proceedings/bai/bai.pdf")
        #expect(paper.bibTeX == "hoi-thao-a/proceedings/bai/bai.bib")
        #expect(paper.ris == "hoi-thao-a/proceedings/bai/bai.ris")
        #expect(paper.file("bai.docx") == "hoi-thao-a/proceedings/bai/bai.docx")
    }

    @Test("The files at the top of the site, and the names no content may take there")
    func siteFiles() {
        #expect(Routes.stylesheet == "assets/style.css")
        #expect(Routes.sitemapPart(12) == "sitemap-12.xml")
        #expect(Routes.isSitemapPart("sitemap-12.xml"))
        #expect(!Routes.isSitemapPart("sitemap-a.xml"))
        #expect(!Routes.isSitemapPart(Routes.sitemap))
        #expect(Routes.serverFile(.apache) == ".htaccess")
        #expect(Routes.serverFile(.iis) == "web.config")
        #expect(Routes.serverFile(.nginx) == nil)
        let tops = Set(
            [
                Routes.home.file, Routes.notFound.file, Routes.feed, Routes.robots, Routes.sitemap, Routes.stylesheet,
                Routes.search.file,
            ]
            .map { String($0.split(separator: "/")[0]) })
        #expect(tops == Routes.reservedNames)
    }

    @Test("A picture keeps its path inside the workshop's folder, its papers/ published as proceedings/")
    func pictures() {
        let routes = Routes.workshop("hoi-thao-a")
        #expect(routes.picture("papers/hinh/so-do.png") == "hoi-thao-a/proceedings/hinh/so-do.png")
        #expect(routes.picture("anh/hoi-truong.jpg") == "hoi-thao-a/anh/hoi-truong.jpg")
        // What a paper writes relative to papers/<slug>.md leads from its page to the same file.
        let page = routes.paper("bai").page
        #expect(page.relativeLink(toFile: routes.picture("papers/hinh/so-do.png")) == "../hinh/so-do.png")
    }

    @Test("Everything of a workshop is under its folder, which is how the build files its cache by workshop")
    func underWorkshopFolder() {
        for (index, workshop) in site.workshops.enumerated() {
            let pages = site.allPages.filter { PageKind.workshopPages(index).contains($0) }.map {
                site.path(of: $0).file
            }
            let papers = workshop.papers.map { workshop.routes(of: $0).page.file }
            let pictures = [workshop.routes.picture("papers/hinh/a.png"), workshop.routes.picture("anh/b.jpg")]
            for address in pages + papers + pictures + RouteFixture.files(of: workshop).map(\.address) {
                #expect(address.hasPrefix(workshop.slug + "/"), "\(address)")
            }
        }
    }

    @Test("No two addresses of a site are the same file, even on a file system that ignores case")
    func unique() {
        let all = RouteFixture.addresses(of: site)
        var owners: [String: String] = [:]
        for (address, owner) in all {
            let first = owners.updateValue(owner, forKey: address.lowercased())
            #expect(first == nil, "\(owner) and \(first ?? "") are both \(address)")
        }
    }

    @Test(
        "Papers named like a workshop's own pages and files take none of their addresses",
        arguments: [
            ["agenda", "proceedings", "documents"], ["hoi-thao-a", "hoi-thao-a-ky-yeu", "hoi-thao-a-tep-tac-gia"],
            ["index", "calendar", "schedule"],
        ])
    func paperSlugsDoNotCollide(slugs: [String]) {
        let site = RouteFixture.site(paperSlugs: slugs)
        let all = RouteFixture.addresses(of: site, agendaItems: slugs)
        let addresses = all.map { $0.address.lowercased() }
        let repeated = Dictionary(grouping: all, by: { $0.address.lowercased() }).filter { $0.value.count > 1 }
        #expect(Set(addresses).count == addresses.count, "shared: \(repeated.mapValues { $0.map(\.owner) })")
    }
}
