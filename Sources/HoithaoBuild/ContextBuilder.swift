import HoithaoModel
import HoithaoRoutes
import HoithaoTheme

/// Builds the values a template sees for each page: the layout's and the page's own.
///
/// Every page's context is a `TemplateContext` of texts, flags, numbers, lists and nested contexts; every text
/// from content goes in as plain text and the template escapes it. Only rendered Markdown and
/// generated SVG are passed as HTML (`*_html` keys).
struct ContextBuilder {
    let site: Site
    let theme: Theme
    let baseURL: String?
    let today: CalendarDate
    /// Size and SHA-256 of every made download (books, paper PDFs, the authors' zip), by output path.
    var downloads: [String: FileFacts] = [:]
    /// Each workshop's paper-page frame, the layout without the page's own titles, made once (see
    /// `withPaperLayouts`).
    var paperFrames: [TemplateContext?] = []
    /// Each workshop's speakers and authors, made once (see `withPeople`).
    var people: [WorkshopPeople] = []

    func context(for kind: PageKind) -> TemplateValue {
        let path = site.path(of: kind)
        let context: TemplateContext
        switch kind {
        case .home: context = home(path)
        case .notFound: context = notFound(path)
        case .page(let index): context = page(site.pages[index], path)
        case .workshop(let index): context = overview(index, path)
        case .agenda(let index): context = agenda(index, path)
        case .participants(let index): context = participants(index, path)
        case .venue(let index): context = venue(index, path)
        case .organization(let index): context = organization(index, path)
        case .proceedings(let index): context = proceedings(index, path)
        case .paper(let index, let paperIndex): context = paper(index, paperIndex, path)
        case .documents(let index): context = documents(index, path)
        case .search: context = search(path)
        case .speakers(let index): context = speakers(index, path)
        }
        return .object(context.values)
    }

    func strings(_ language: Language) -> ThemeStrings {
        theme.strings[language] ?? theme.strings[.vietnamese] ?? ThemeStrings(table: [:], weekdays: [], months: [])
    }

    func language(of workshop: Workshop) -> Language {
        workshop.plan.language ?? site.config.language
    }

    /// The values every page's layout uses: language, titles, links to the stylesheet and the top navigation.
    func layout(
        _ path: PagePath, language: Language, title: String, description: String?, breadcrumb: [(String, PagePath?)],
        kind: PageKind
    ) -> TemplateContext {
        frame(path, language: language, kind: kind).merging(
            titles(path, title: title, description: description, breadcrumb: breadcrumb, kind: kind))
    }

    /// The layout's values that pages of the same kind at the same depth share: language, links to the stylesheet
    /// and the top navigation, the site's contacts.
    func frame(_ path: PagePath, language: Language, kind: PageKind) -> TemplateContext {
        var context: TemplateContext = [
            "lang": language.rawValue,
            "t": strings(language).templateValue,
            "root": path.root,
            "site_lang": site.config.language.rawValue,
            "has_nav": true,
            "site_name": site.config.name,
            "home_href": path.link(to: Routes.home),
            "stylesheet": path.link(toFile: Routes.stylesheet),
            "nav": navigation(from: path, current: kind),
        ]
        context["search"] = searchBox(path)
        context["host"] = site.config.host
        context["contact_email"] = site.config.contact.email
        context["contact_phone"] = site.config.contact.phone
        context["contact_address"] = site.config.contact.address
        if site.staticFiles.contains(where: { $0.destination == Routes.favicon }) {
            context["favicon"] = path.link(toFile: Routes.favicon)
        }
        if let baseURL { context["feed_url"] = Routes.absolute(Routes.feed, baseURL: baseURL) }
        return context
    }

    /// The layout's values that differ between pages of the same kind at the same depth: the titles and the
    /// breadcrumb.
    func titles(
        _ path: PagePath, title: String, description: String?, breadcrumb: [(String, PagePath?)], kind: PageKind
    ) -> TemplateContext {
        var values: TemplateContext = [
            "title": title, "full_title": kind == .home ? site.config.name : "\(title) – \(site.config.name)",
            "has_breadcrumb": !breadcrumb.isEmpty,
            "breadcrumb": breadcrumb.enumerated().map { index, crumb in
                var item: TemplateContext = ["label": crumb.0]
                if let target = crumb.1, index < breadcrumb.count - 1 { item["crumb_href"] = path.link(to: target) }
                return item
            },
        ]
        values["description"] = description ?? site.config.description
        values["canonical"] = baseURL.map { path.absolute(baseURL: $0) }
        return values
    }

    /// This builder with each workshop's paper-page frame made once: paper pages all sit at the same depth, so
    /// everything but their titles is the same, and building it for each of 10,000 papers was a tenth of a build.
    func withPaperLayouts() -> ContextBuilder {
        var builder = self
        builder.paperFrames = site.workshops.indices.map { index -> TemplateContext? in
            guard !site.workshops[index].papers.isEmpty else { return nil }
            let kind = PageKind.paper(index, 0)
            return workshopFrame(index, site.path(of: kind), kind: kind)
        }
        return builder
    }

    private func navigation(from path: PagePath, current: PageKind) -> [TemplateContext] {
        var items: [TemplateContext] = [
            [
                "label": strings(site.config.language)["nav_home"], "href": path.link(to: Routes.home),
                "current": current == .home,
            ]
        ]
        for (index, page) in site.pages.enumerated() {
            items.append([
                "label": page.title, "href": path.link(to: site.path(of: .page(index))),
                "current": current == .page(index),
            ])
        }
        return items
    }

    /// The breadcrumb's first step, the portal's home page.
    func homeCrumb(_ language: Language) -> (String, PagePath?) {
        (strings(language)["nav_home"], Routes.home)
    }

    /// A page made of a layout and the page's own values.
    func merge(_ layout: TemplateContext, _ page: TemplateContext) -> TemplateContext {
        layout.merging(page)
    }
}

extension PageKind {
    /// The theme template that renders this kind of page.
    var template: String {
        switch self {
        case .home: return "home"
        case .notFound: return "not-found"
        case .search: return "search"
        case .page: return "page"
        case .workshop: return "workshop"
        case .agenda: return "agenda"
        case .participants: return "participants"
        case .venue: return "venue"
        case .organization: return "organization"
        case .proceedings: return "proceedings"
        case .paper: return "paper"
        case .documents: return "documents"
        case .speakers: return "speakers"
        }
    }
}
