import HoithaoModel
import HoithaoRoutes
import HoithaoTheme

extension ContextBuilder {
    func home(_ path: PagePath) -> TemplateContext {
        let language = site.config.language
        let layout = layout(
            path, language: language, title: site.config.name, description: site.config.description,
            breadcrumb: [homeCrumb(language)], kind: .home)
        let order = site.workshops.indices.sorted { site.workshops[$0].plan.date > site.workshops[$1].plan.date }
        let upcoming = order.filter { site.workshops[$0].plan.lastDate >= today }
        let past = order.filter { site.workshops[$0].plan.lastDate < today }
        return merge(
            layout,
            [
                "upcoming": upcoming.map { card($0, from: path) },
                "past": Format.group(past.map { card($0, from: path) }),
                "has_workshops": !site.workshops.isEmpty,
            ])
    }

    /// A workshop as a card on the home page: title, date, venue, status.
    private func card(_ index: Int, from path: PagePath) -> TemplateContext {
        let workshop = site.workshops[index]
        let t = strings(site.config.language)
        var card: TemplateContext = [
            "title": workshop.plan.title,
            "href": path.link(to: site.path(of: .workshop(index))),
            "dates": Format.dates(workshop.plan, t),
            "iso_date": workshop.plan.date.iso,
            "venue": Format.venueLine(workshop.plan.venue),
            "example": workshop.plan.isExample,
            "lang": language(of: workshop).rawValue,
        ]
        card["card_status"] = statusLabel(workshop.plan, t: t)
        card["card_theme"] = workshop.plan.theme
        return card
    }

    func page(_ page: Page, _ path: PagePath) -> TemplateContext {
        let language = site.config.language
        let layout = layout(
            path, language: language, title: page.title, description: page.description,
            breadcrumb: [homeCrumb(language), (page.title, nil)],
            kind: .page(site.pages.firstIndex { $0.slug == page.slug } ?? 0))
        var context = merge(layout, ["body_html": page.body.html])
        context["toc"] = tableOfContents(page.body)
        return context
    }

    func notFound(_ path: PagePath) -> TemplateContext {
        let language = site.config.language
        let t = strings(language)
        // Served for any missing address at any depth: its style is inline, and its links are absolute with a
        // base URL and absent without one (a relative link would point somewhere else at every depth).
        var path = path
        path.absoluteRoot = baseURL
        var context = layout(
            path, language: language, title: t["not_found_title"], description: nil,
            breadcrumb: baseURL == nil ? [] : [homeCrumb(language), (t["not_found_title"], nil)], kind: .notFound)
        context["canonical"] = nil
        context["inline_style"] = theme.stylesheet.map { $0.replacingOccurrences(of: "</", with: "<\\/") }
        if baseURL == nil {
            for key in ["home_href", "favicon", "feed_url", "search"] { context[key] = nil }
            context["has_nav"] = false
        }
        return context
    }

    /// Headings of level 2 and 3 for a page's table of contents.
    /// The level-2 and level-3 headings; `as_written` when the author numbered them ("1. Đặt vấn đề"), so the
    /// list adds no numbers of its own.
    func tableOfContents(_ markdown: RenderedMarkdown) -> TemplateContext? {
        let headings = markdown.headings.filter { (2...3).contains($0.level) }
        guard var group = Format.group(headings.map { ["text": $0.text, "id": $0.id, "sub": $0.level == 3] }) else {
            return nil
        }
        group["as_written"] = headings.contains { AuthorNumbering.number(of: $0.text) != nil }
        return group
    }
}
