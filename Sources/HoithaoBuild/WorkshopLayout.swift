import HoithaoModel
import HoithaoRoutes
import HoithaoTheme

extension ContextBuilder {
    /// A workshop page's layout: the site layout plus the workshop's header and sub-navigation.
    func workshopLayout(
        _ index: Int, _ path: PagePath, kind: PageKind, title: String, description: String? = nil
    ) -> [String: Any] {
        let workshop = site.workshops[index]
        let language = language(of: workshop)
        let t = strings(language)
        let isOverview = kind == .workshop(index)
        var crumbs = [homeCrumb(language), (workshop.plan.title, Optional(site.path(of: .workshop(index))))]
        if !isOverview { crumbs.append((title, nil)) }
        var context = layout(
            path, language: language, title: isOverview ? workshop.plan.title : "\(title) – \(workshop.plan.title)",
            description: description ?? workshop.plan.theme ?? workshop.plan.title, breadcrumb: crumbs, kind: kind)
        var header: [String: Any] = [
            "title": workshop.plan.title,
            "href": path.link(to: site.path(of: .workshop(index))),
            "dates": Format.dates(workshop.plan, t),
            "venue": Format.venueLine(workshop.plan.venue),
            "example": workshop.plan.isExample,
            "is_overview": isOverview,
            "subnav": PageKind.workshopPages(index).filter(site.exists).map { page in
                [
                    "label": t["nav_" + page.template], "href": path.link(to: site.path(of: page)),
                    "current": page == kind,
                ] as [String: Any]
            },
        ]
        header["workshop_status"] = statusLabel(workshop.plan, t: t)
        context["workshop"] = header
        context["page_title"] = title
        return context
    }

    /// A paper page's layout: the workshop's shared paper layout with this page's titles. Made as template
    /// values directly: paper pages are most of a site, and converting their contexts had been a twentieth of
    /// a build.
    func paperLayout(_ index: Int, _ paperIndex: Int, _ path: PagePath, title: String, description: String?)
        -> [String: TemplateValue]
    {
        let kind = PageKind.paper(index, paperIndex)
        guard index < paperLayouts.count, var layout = paperLayouts[index] else {
            return workshopLayout(index, path, kind: kind, title: title, description: description).mapValues {
                TemplateValue($0)
            }
        }
        let plan = site.workshops[index].plan
        let titles = titles(
            path, title: "\(title) – \(plan.title)", description: description ?? plan.theme ?? plan.title, kind: kind)
        for (key, value) in titles { layout[key] = TemplateValue(value) }
        layout["page_title"] = .text(title)
        return layout
    }

    /// "Đã hoãn", "Đã huỷ" for workshops that do not go ahead as planned; nil otherwise.
    func statusLabel(_ plan: Plan, t: ThemeStrings) -> String? {
        plan.status == .scheduled ? nil : t["status_" + plan.status.rawValue]
    }
}

/// The keys of a workshop page's layout that `paperLayout` sets for each page.
enum WorkshopLayoutKeys {
    static let perPage = ["title", "full_title", "description", "canonical", "page_title", "breadcrumb"]
}
