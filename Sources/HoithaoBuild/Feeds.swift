import HoithaoModel
import HoithaoSchedule

/// The machine-read files: sitemap, robots.txt, the Atom feed, the web server's configuration, and each
/// workshop's calendars and schedule.
struct Feeds {
    let site: Site
    let baseURL: String?

    /// The site's own generated files, with their paths in the output.
    func files(pages: [PageKind]) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [("robots.txt", robots)]
        if let sitemap = sitemap(pages: pages) { files.append(("sitemap.xml", sitemap)) }
        if let atom { files.append(("feed.xml", atom)) }
        if let server = site.config.server, let file = ServerConfig(server: server, baseURL: baseURL).siteFile {
            files.append(file)
        }
        return files
    }

    /// A workshop's calendars (the whole and one per agenda item) and its schedule.
    func files(workshop index: Int) -> [(path: String, text: String)] {
        let workshop = site.workshops[index]
        let url = baseURL.map { site.path(of: .workshop(index)).absolute(baseURL: $0) }
        let calendar = WorkshopCalendar(workshop: workshop, workshopURL: url, uidDomain: uidDomain)
        let calendars = calendar.files
        var files: [(path: String, text: String)] = [(workshop.slug + "/calendar.ics", calendars.whole)]
        for (id, text) in calendars.items {
            files.append(("\(workshop.slug)/agenda/\(id).ics", text))
        }
        if !workshop.plan.agenda.isEmpty {
            files.append(
                (workshop.slug + "/schedule.json", FrabSchedule(workshop: workshop, workshopURL: url).json + "\n"))
        }
        return files
    }

    /// The host of the base URL, which makes calendar UIDs unique to this site.
    private var uidDomain: String {
        guard let baseURL, let host = baseURL.split(separator: "/").dropFirst().first else { return "hoithao.invalid" }
        return String(host)
    }

    /// Allows every crawler, and names the sitemap when the site has a public address.
    var robots: String {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(baseURL)sitemap.xml\n" }
        return text
    }

    /// Absolute URLs of every page but the 404 page; nil without a base URL, which sitemaps require.
    func sitemap(pages: [PageKind]) -> String? {
        guard let baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for kind in pages where kind != .notFound {
            xml += "  <url><loc>\(Escape.html(site.path(of: kind).absolute(baseURL: baseURL)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
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
        xml += "  <link rel=\"self\" href=\"\(Escape.html(baseURL))feed.xml\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.html(baseURL))\"/>\n"
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
