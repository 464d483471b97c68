import HoithaoModel

/// Checks across the whole site that no single file can: two things wanting the same URL.
enum SiteValidator {
    /// Names at the top of the output that the build itself writes.
    static let reservedNames: Set<String> = [
        "index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml", "assets", OutputFolder.marker,
    ]

    static func check(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owners: [String: String] = [:]
        func claim(_ name: String, by source: String) {
            let key = name.lowercased()
            if reservedNames.contains(key) {
                diagnostics.append(
                    .error(
                        SourceLocation(path: source),
                        "the name `\(name)` is used by Hoithao itself at the top of the site; rename it"))
            } else if let owner = owners[key] {
                diagnostics.append(
                    .error(
                        SourceLocation(path: source),
                        "`\(name)` would have the same address as \(owner); rename one of them"))
            } else {
                owners[key] = source
            }
        }
        for workshop in site.workshops {
            claim(workshop.slug, by: String(workshop.planPath.dropLast("/plan.yaml".count)))
        }
        for page in site.pages {
            claim(page.slug, by: page.source)
        }
        var staticTops: [String: String] = [:]
        for file in site.staticFiles {
            let top = String(file.destination.split(separator: "/").first ?? "")
            staticTops[top] = staticTops[top] ?? String(file.source.dropLast(file.destination.count)) + top
        }
        for (top, source) in staticTops.sorted(by: { $0.key < $1.key }) {
            claim(top, by: source)
        }
        return diagnostics
    }
}
