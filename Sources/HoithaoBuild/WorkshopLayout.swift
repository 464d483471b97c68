import HoithaoModel
import HoithaoRoutes
import HoithaoTheme

extension ContextBuilder {
    /// A workshop page's layout: the site layout plus the workshop's header and sub-navigation.
    func workshopLayout(
        _ index: Int, _ path: PagePath, kind: PageKind, title: String, description: String? = nil
    ) -> TemplateContext {
        workshopFrame(index, path, kind: kind).merging(
            workshopTitles(index, path, kind: kind, title: title, description: description))
    }

    /// The workshop page's layout without its titles and breadcrumb, which all its pages of a kind share.
    func workshopFrame(_ index: Int, _ path: PagePath, kind: PageKind) -> TemplateContext {
        let workshop = site.workshops[index]
        let t = strings(language(of: workshop))
        var context = frame(path, language: language(of: workshop), kind: kind)
        var header: TemplateContext = [
            "title": workshop.plan.title,
            "href": path.link(to: site.path(of: .workshop(index))),
            "dates": Format.dates(workshop.plan, t),
            "venue": Format.venueLine(workshop.plan.venue),
            "example": workshop.plan.isExample,
            "is_overview": kind == .workshop(index),
            "subnav": PageKind.workshopPages(index).filter(site.exists).map { page in
                [
                    "label": t["nav_" + page.template], "href": path.link(to: site.path(of: page)),
                    "current": page == kind,
                ] as TemplateContext
            },
        ]
        header["workshop_status"] = statusLabel(workshop.plan, t: t)
        context["workshop"] = header
        return context
    }

    /// A workshop page's titles and breadcrumb (home, the workshop, the page's title, unless `breadcrumb` is
    /// given).
    func workshopTitles(
        _ index: Int, _ path: PagePath, kind: PageKind, title: String, description: String? = nil,
        breadcrumb: [(String, PagePath?)]? = nil
    ) -> TemplateContext {
        let workshop = site.workshops[index]
        let isOverview = kind == .workshop(index)
        var crumbs = [
            homeCrumb(language(of: workshop)), (workshop.plan.title, Optional(site.path(of: .workshop(index)))),
        ]
        if !isOverview { crumbs.append((title, nil)) }
        var context = titles(
            path, title: isOverview ? workshop.plan.title : "\(title) – \(workshop.plan.title)",
            description: description ?? workshop.plan.theme ?? workshop.plan.title, breadcrumb: breadcrumb ?? crumbs,
            kind: kind)
        context["page_title"] = title
        return context
    }

    /// A paper page's layout: the workshop's paper frame, made once, with this page's titles and `breadcrumb`.
    /// Paper pages are most of a site, and making each one's frame had been a tenth of a build.
    func paperLayout(
        _ index: Int, _ paperIndex: Int, _ path: PagePath, title: String, description: String?,
        breadcrumb: [(String, PagePath?)]
    ) -> TemplateContext {
        let kind = PageKind.paper(index, paperIndex)
        let frame = paperFrames.indices.contains(index) ? paperFrames[index] : nil
        return (frame ?? workshopFrame(index, path, kind: kind)).merging(
            workshopTitles(index, path, kind: kind, title: title, description: description, breadcrumb: breadcrumb))
    }

    /// "Đã hoãn", "Đã huỷ" for workshops that do not go ahead as planned; nil otherwise.
    func statusLabel(_ plan: Plan, t: ThemeStrings) -> String? {
        plan.status == .scheduled ? nil : t["status_" + plan.status.rawValue]
    }
}
