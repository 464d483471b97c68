import HoithaoModel
import HoithaoRoutes
import HoithaoSchedule

/// The machine-read files: sitemap, robots.txt, the Atom feed, the web server's configuration, and each
/// workshop's calendars and schedule.
struct Feeds {
    let site: Site
    let baseURL: String?

    /// The site's own generated files, with their paths in the output.
    func files(pages: [PageKind]) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [(Routes.robots, robots)]
        files += sitemaps(pages: pages)
        if let atom { files.append((Routes.feed, atom)) }
        if let server = site.config.server, let file = ServerConfig(server: server, baseURL: baseURL).siteFile {
            files.append(file)
        }
        return files
    }

    /// A workshop's calendars (the whole, one per agenda day and one per agenda item) and its schedule.
    func files(workshop index: Int) -> [(path: String, text: String)] {
        let workshop = site.workshops[index]
        let url = baseURL.map { site.path(of: .workshop(index)).absolute(baseURL: $0) }
        let calendars = calendar(workshop: index).files
        var files: [(path: String, text: String)] = [(workshop.routes.calendar, calendars.whole)]
        for (id, text) in calendars.days {
            files.append((workshop.routes.dayCalendar(id), text))
        }
        for (id, text) in calendars.items {
            files.append((workshop.routes.itemCalendar(id), text))
        }
        if !workshop.plan.agenda.isEmpty {
            files.append((workshop.routes.schedule, FrabSchedule(workshop: workshop, workshopURL: url).json + "\n"))
        }
        return files
    }

    /// A workshop's calendar, as its files and the agenda page's own-agenda download both write it.
    func calendar(workshop index: Int) -> WorkshopCalendar {
        let url = baseURL.map { site.path(of: .workshop(index)).absolute(baseURL: $0) }
        return WorkshopCalendar(workshop: site.workshops[index], workshopURL: url, uidDomain: uidDomain)
    }

    /// The host of the base URL, which makes calendar UIDs unique to this site.
    private var uidDomain: String {
        guard let baseURL, let host = baseURL.split(separator: "/").dropFirst().first else { return "hoithao.invalid" }
        return String(host)
    }

    /// Allows every crawler, and names the sitemap when the site has a public address.
    var robots: String {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(Routes.absolute(Routes.sitemap, baseURL: baseURL))\n" }
        return text
    }

    /// The most URLs one sitemap may list, as the protocol (sitemaps.org) says.
    static let urlsPerSitemap = 50_000

    /// `sitemap.xml` with the absolute URL of every page but the 404 page; for more pages than one sitemap may
    /// list, `sitemap.xml` is an index of `sitemap-1.xml`, `sitemap-2.xml`, …. None without a base URL, which
    /// sitemaps require.
    func sitemaps(pages: [PageKind]) -> [(path: String, text: String)] {
        guard let baseURL else { return [] }
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let namespace = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        let urls = pages.filter { $0 != .notFound }.map { Escape.html(site.path(of: $0).absolute(baseURL: baseURL)) }
        let parts = stride(from: 0, to: max(urls.count, 1), by: Self.urlsPerSitemap).map { start in
            let listed = urls[start..<min(start + Self.urlsPerSitemap, urls.count)]
            return header + "<urlset \(namespace)>\n" + listed.map { "  <url><loc>\($0)</loc></url>\n" }.joined()
                + "</urlset>\n"
        }
        guard parts.count > 1 else { return [(Routes.sitemap, parts[0])] }
        let names = parts.indices.map { Routes.sitemapPart($0 + 1) }
        let index =
            header + "<sitemapindex \(namespace)>\n"
            + names.map { "  <sitemap><loc>\(Escape.html(Routes.absolute($0, baseURL: baseURL)))</loc></sitemap>\n" }
            .joined()
            + "</sitemapindex>\n"
        return [(Routes.sitemap, index)] + Array(zip(names, parts))
    }

    /// An Atom feed with one entry per workshop, newest first; nil without a base URL.
    var atom: String? {
        guard let baseURL else { return nil }
        let workshops = site.workshops.indices.sorted { site.workshops[$0].plan.date > site.workshops[$1].plan.date }
        let updated = workshops.first.map { timestamp(site.workshops[$0].plan) } ?? "2000-01-01T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(site.config.language.rawValue)\">\n"
        xml += "  <title>\(Escape.html(site.config.name))</title>\n"
        xml += "  <id>\(Escape.html(baseURL))</id>\n"
        xml += "  <link rel=\"self\" href=\"\(Escape.attribute(Routes.absolute(Routes.feed, baseURL: baseURL)))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.attribute(baseURL))\"/>\n"
        xml += "  <updated>\(updated)</updated>\n"
        xml += "  <author><name>\(Escape.html(site.config.host ?? site.config.name))</name></author>\n"
        for index in workshops {
            let workshop = site.workshops[index]
            let url = Escape.html(site.path(of: .workshop(index)).absolute(baseURL: baseURL))
            xml += "  <entry>\n"
            xml += "    <title>\(Escape.html(workshop.plan.title))</title>\n"
            xml += "    <id>\(url)</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            xml += "    <updated>\(timestamp(workshop.plan))</updated>\n"
            let summary = [workshop.plan.theme, Format.venueLine(workshop.plan.venue)].compactMap { $0 }
            xml += "    <summary>\(Escape.html(summary.joined(separator: " — ")))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// The workshop's start in its own zone, as RFC 3339: the feed's dates come from content, never the clock.
    private func timestamp(_ plan: Plan) -> String {
        ZonedTime(zone: plan.timeZone).iso(plan.date, plan.startTime ?? .midnight)
    }
}
