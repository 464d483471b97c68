import HoithaoModel
import HoithaoRoutes
import HoithaoTheme

extension ContextBuilder {
    /// The search box every page's header shows, or nil when `site.yaml` turns search off: where its form leads
    /// (the search page, which works without JavaScript), the script, and the index's manifest.
    func searchBox(_ path: PagePath) -> TemplateContext? {
        guard site.config.search else { return nil }
        return [
            "search_href": path.link(to: Routes.search),
            "search_script": path.link(toFile: Routes.searchScript),
            "search_manifest": path.link(toFile: Routes.searchManifest),
        ]
    }

    /// The search page: the results of `?q=` when scripts run, and always the lists a visitor can search by eye,
    /// each workshop's papers and its speakers and authors.
    func search(_ path: PagePath) -> TemplateContext {
        let siteLanguage = site.config.language
        let t = strings(siteLanguage)
        var context = layout(
            path, language: siteLanguage, title: t["search_title"], description: nil,
            breadcrumb: [homeCrumb(siteLanguage), (t["search_title"], nil)], kind: .search)
        context["search_workshops"] = Format.group(
            site.workshops.indices.map { index -> TemplateContext in
                var entry: TemplateContext = [
                    "title": site.workshops[index].plan.title,
                    "href": path.link(to: site.path(of: .workshop(index))),
                    "lang": language(of: site.workshops[index]).rawValue,
                ]
                if site.exists(.proceedings(index)) {
                    entry["papers_href"] = path.link(to: site.path(of: .proceedings(index)))
                }
                if site.exists(.speakers(index)) {
                    entry["speakers_href"] = path.link(to: site.path(of: .speakers(index)))
                }
                return entry
            })
        return context
    }
}
