import HoithaoModel
import HoithaoOutput
import HoithaoProceedings
import HoithaoRoutes

/// Checks across the whole site that no single file can: two things wanting the same URL, and
/// book fonts that this machine does not have.
enum SiteValidator {
    /// Names at the top of the output that the build itself writes.
    static let reservedNames = Routes.reservedNames.union([OutputFolder.marker])

    /// `makesBooks` false: the books' fonts are only warned about, as no book is made.
    static func check(_ site: Site, makesBooks: Bool = true) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owners: [String: String] = [:]
        var reserved = reservedNames
        if let file = site.config.server.flatMap(Routes.serverFile) { reserved.insert(file.lowercased()) }
        func claim(_ name: String, by source: String) {
            let key = name.lowercased()
            if reserved.contains(key) || Routes.isSitemapPart(key) {
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
        let fonts = bookFontProblems(site.config.bookFonts, vietnamese: { Self.hasVietnamese(site) })
        return diagnostics + (makesBooks ? fonts : fonts.map { .warning($0.location, $0.message) })
    }

    /// A family fontconfig does not know would be replaced by another without a word, so the book
    /// would not print in the font asked for (an error); one without Vietnamese letters would have
    /// them taken from another font, mid-word (a warning, when the books print Vietnamese).
    static func bookFontProblems(_ fonts: BookFonts, vietnamese: () -> Bool) -> [Diagnostic] {
        fonts.chosen.compactMap { key, choice in
            let family = "\"\(choice.family)\""
            guard InstalledFonts.contains(choice.family) else {
                let suggestion = InstalledFonts.suggestions(for: key, default: BookLayout.a4.family(key)).prefix(3)
                    .map { "\"\($0)\"" }.joined(separator: ", ")
                return .error(
                    choice.location,
                    "`book_fonts.\(key)` names \(family), which is not installed; install it (`fc-list : family` "
                        + "shows what is), or write an installed family\(suggestion.isEmpty ? "" : " such as " + suggestion)"
                )
            }
            let lacking = InstalledFonts.lacking(InstalledFonts.vietnameseLetters, in: choice.family)
            guard !lacking.isEmpty, vietnamese() else { return nil }
            return .warning(
                choice.location,
                "`book_fonts.\(key)`: \(family) has no \(String(lacking.prefix(8))) (\(lacking.count) Vietnamese letters), "
                    + "so the book would take them from another font, in the middle of words; choose a family that "
                    + "has them, such as \"\(BookLayout.a4.family(key))\" (for Times New Roman's metrics, install "
                    + "`fonts-liberation2`, whose \"Liberation Serif\" has them)")
        }
    }

    /// Whether the books print Vietnamese: a Vietnamese site or workshop, or Vietnamese letters in
    /// anything a book prints (names in an English workshop).
    static func hasVietnamese(_ site: Site) -> Bool {
        let letters = Set(InstalledFonts.vietnameseLetters.unicodeScalars)
        if site.config.language == .vietnamese { return true }
        return site.workshops.contains { workshop in
            workshop.plan.language == .vietnamese
                || workshop.bookTexts.contains { $0.unicodeScalars.contains(where: letters.contains) }
        }
    }
}
