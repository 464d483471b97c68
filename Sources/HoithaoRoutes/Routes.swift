import HoithaoModel

/// Every output address of the site is made in this module and nowhere else: pages (`Site.path(of:)`), the
/// files at the top of the site (here), and everything under a workshop's folder (`WorkshopRoutes`,
/// `PaperRoutes`). An address is relative to the output folder, with `/` separators.
public enum Routes {
    /// The file a folder's address is served as: a page `a/b/` is the file `a/b/index.html`.
    public static let folderIndex = "index.html"
    /// The portal's home page.
    public static let home = PagePath(folderIndex)
    /// The page served for any missing address.
    public static let notFound = PagePath("404.html")
    /// The folder the theme's assets are published under.
    public static let assets = "assets"
    /// The theme's stylesheet, in `assets/`.
    public static let stylesheet = assets + "/style.css"
    /// The icon a site may supply in `static/`, which every page then names.
    public static let favicon = "favicon.svg"
    /// The Atom feed of the workshops.
    public static let feed = "feed.xml"
    /// What crawlers may read.
    public static let robots = "robots.txt"
    /// The sitemap, or the index of its parts when it is too long for one file.
    public static let sitemap = "sitemap.xml"
    /// The folder `Content/static/` is published as: the top of the site.
    public static let staticFiles = ""

    /// The search page, where the search box's form leads; it also holds the search index's files.
    public static let search = PagePath.folder(searchFolder)
    /// The folder of the search page and of the search index.
    public static let searchFolder = "search"
    /// The theme's search script, which every page with the search box loads.
    public static let searchScript = assets + "/search.js"
    /// The theme's script of the agenda page: stars, the visitor's own agenda and its calendar, now and next.
    public static let myAgendaScript = assets + "/my-agenda.js"
    /// The search index's table of contents: which term shards there are, and how documents are chunked.
    public static let searchManifest = searchFolder + "/manifest.js"

    /// The search index's shard of the terms that start with `key` (a folded prefix), its bytes outside
    /// `a`–`z` and `0`–`9` written `_XX`.
    public static func searchTerms(_ key: String) -> String {
        var name = ""
        for byte in key.utf8 {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            {
                name.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = String(byte, radix: 16)
                name += "_" + (hex.count < 2 ? "0" + hex : hex)
            }
        }
        return "\(searchFolder)/t-\(name).js"
    }

    /// The search index's chunk of documents (titles, addresses, excerpts) with this number, from 0.
    public static func searchDocuments(_ chunk: Int) -> String { "\(searchFolder)/d-\(chunk).js" }

    /// `sitemap-1.xml`, `sitemap-2.xml`, …: the parts of a sitemap too long for one file, from 1.
    public static func sitemapPart(_ number: Int) -> String { "sitemap-\(number).xml" }

    /// Whether `name` is the name of a sitemap's part.
    public static func isSitemapPart(_ name: String) -> Bool {
        name.hasPrefix("sitemap-") && name.hasSuffix(".xml") && name.dropFirst(8).dropLast(4).allSatisfy(\.isNumber)
    }

    /// The configuration file a web server reads from the site's folder; nil for nginx, which reads none.
    public static func serverFile(_ server: WebServer) -> String? {
        switch server {
        case .apache: ".htaccess"
        case .iis: "web.config"
        case .nginx: nil
        }
    }

    /// The names at the top of the output that the build itself writes, besides the sitemap's parts and the
    /// server's file: no workshop, page or static file may take them.
    public static let reservedNames: Set<String> = [
        home.file, notFound.file, sitemap, robots, feed, assets, searchFolder,
    ]

    /// The public address of an output file under `baseURL`, percent-encoded.
    public static func absolute(_ file: String, baseURL: String) -> String {
        baseURL + URLEncoding.path(file)
    }

    /// The addresses under the folder of the workshop with this slug.
    public static func workshop(_ slug: String) -> WorkshopRoutes { WorkshopRoutes(slug: slug) }
}

/// The addresses of one workshop, all under its folder `<slug>/`, made from its slug alone so that the content
/// loader can name them before the workshop is whole.
public struct WorkshopRoutes: Hashable, Sendable {
    /// The workshop's slug, which is also its folder at the top of the site.
    public let slug: String

    /// The overview page.
    public var overview: PagePath { .folder(slug) }
    /// The programme.
    public var agenda: PagePath { .folder(slug, "agenda") }
    /// Who takes part.
    public var participants: PagePath { .folder(slug, "participants") }
    /// Where it takes place.
    public var venue: PagePath { .folder(slug, "venue") }
    /// Who organizes it.
    public var organization: PagePath { .folder(slug, "organization") }
    /// The list of papers and the books' downloads.
    public var proceedings: PagePath { .folder(slug, "proceedings") }
    /// The documents offered for download.
    public var documents: PagePath { .folder(slug, "documents") }
    /// Everyone who speaks or wrote a paper, with their talks and papers.
    public var speakers: PagePath { .folder(slug, "speakers") }

    /// The whole workshop as one calendar.
    public var calendar: String { slug + "/calendar.ics" }
    /// One agenda day as a calendar, by the day's id on the agenda page (ids of days and items never clash).
    public func dayCalendar(_ id: String) -> String { "\(slug)/agenda/\(id).ics" }
    /// One agenda item as a calendar, by its id on the agenda page.
    public func itemCalendar(_ id: String) -> String { "\(slug)/agenda/\(id).ics" }
    /// The programme as frab's `schedule.json`.
    public var schedule: String { slug + "/schedule.json" }

    /// The folder the proceedings' files are published in, beside the proceedings page.
    public var proceedingsFolder: String { slug + "/proceedings" }
    /// The proceedings book as a PDF.
    public var bookPDF: String { "\(proceedingsFolder)/\(slug)-ky-yeu.pdf" }
    /// The proceedings book as an EPUB.
    public var bookEPUB: String { "\(proceedingsFolder)/\(slug)-ky-yeu.epub" }
    /// One zip of the files the authors supplied with their papers.
    public var authorFiles: String { "\(proceedingsFolder)/\(slug)-tep-tac-gia.zip" }
    /// The whole proceedings' BibTeX.
    public var bookBibTeX: String { "\(proceedingsFolder)/\(slug).bib" }
    /// The whole proceedings' RIS.
    public var bookRIS: String { "\(proceedingsFolder)/\(slug).ris" }

    /// The folder `documents/` is published as.
    public var documentsFolder: String { slug + "/documents" }

    /// Where a picture in the workshop's content folder is published, given its path inside that folder: the
    /// folder is published as `<slug>/` and its `papers/` as `<slug>/proceedings/`, one level above the papers'
    /// pages, so that the relative path a paper writes leads from its page too.
    public func picture(_ relative: String) -> String {
        let papers = "papers/"
        guard relative.hasPrefix(papers) else { return slug + "/" + relative }
        return proceedingsFolder + "/" + relative.dropFirst(papers.count)
    }

    /// The addresses of the paper with this slug.
    public func paper(_ slug: String) -> PaperRoutes { PaperRoutes(workshop: self.slug, slug: slug) }
}

/// The addresses of one paper: its page, and its files in the page's folder.
public struct PaperRoutes: Hashable, Sendable {
    /// The slug of the workshop the paper belongs to.
    public let workshop: String
    /// The paper's slug.
    public let slug: String

    /// The paper's page.
    public var page: PagePath { .folder(folder) }
    /// The folder of the paper's page, where its own files are published.
    public var folder: String { Routes.workshop(workshop).proceedingsFolder + "/" + slug }
    /// The paper set as a PDF.
    public var pdf: String { "\(folder)/\(slug).pdf" }
    /// The paper's BibTeX.
    public var bibTeX: String { "\(folder)/\(slug).bib" }
    /// The paper's RIS.
    public var ris: String { "\(folder)/\(slug).ris" }
    /// A file the author supplied beside the paper, by its name.
    public func file(_ name: String) -> String { folder + "/" + name }
}

extension Workshop {
    /// The workshop's addresses.
    public var routes: WorkshopRoutes { Routes.workshop(slug) }

    /// The addresses of one of its papers.
    public func routes(of paper: Paper) -> PaperRoutes { routes.paper(paper.slug) }
}
