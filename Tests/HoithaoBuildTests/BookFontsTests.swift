import BuildTestSupport
import Foundation
import TestSupport
import Testing

@testable import HoithaoBuild

/// Checked without typesetting: Cairo 1.16 may close a font file another thread is about to use once
/// more than ten are open in one process, so books in other fonts are made in a process of their own
/// (`BookFontsCommandTests`).
@Suite("Checking the typefaces of the proceedings books (`book_fonts` in site.yaml)")
struct BookFontsTests {
    /// Builds the portal fixture with `fonts` added to its site.yaml (and `language: vi` replaced by
    /// `language` there and in the workshop's plan); books are made only when asked and there is an
    /// error before them.
    func build(_ fonts: String, language: String = "vi", books: Bool = false) throws -> (BuildReport, line: Int) {
        let site = try FixtureSite(fixture: "portal")
        let yaml = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
            .replacingOccurrences(of: "language: vi", with: "language: " + language)
        try site.write("site.yaml", yaml + "book_fonts:\n" + fonts)
        let plan = site.contentPath + "/workshops/hoi-thao-mau/plan.yaml"
        try site.write(
            "workshops/hoi-thao-mau/plan.yaml",
            try String(contentsOfFile: plan, encoding: .utf8).replacingOccurrences(
                of: "language: vi", with: "language: " + language))
        var options = site.options()
        options.makesBooks = books
        let report = try SiteBuilder(options: options).run()
        return (report, yaml.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
    }

    @Test("a family that is not installed is an error at its line, naming installed ones instead")
    func missingFamily() throws {
        let (report, line) = try build("  mono: No Such Typeface\n", books: true)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1 && diagnostic.severity == .error)
        #expect(diagnostic.location.description.hasSuffix("site.yaml:\(line):9"))
        #expect(diagnostic.message.contains("`book_fonts.mono` names \"No Such Typeface\", which is not installed"))
        #expect(diagnostic.message.contains("such as \"Noto Mono\""))
        // Without books (`--no-books`) the font is not used: a warning.
        #expect(try build("  mono: No Such Typeface\n").0.diagnostics.map(\.severity) == [.warning])
    }

    @Test("a family without Vietnamese letters is a warning on a Vietnamese site: they would come from another font")
    func familyWithoutVietnamese() throws {
        let (report, line) = try build("  sans: Noto Serif Ahom\n")
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1 && diagnostic.severity == .warning)
        #expect(diagnostic.location.description.hasSuffix("site.yaml:\(line):9"))
        #expect(diagnostic.message.contains("\"Noto Serif Ahom\" has no àáảãạăằắ (134 Vietnamese letters)"))
        #expect(diagnostic.message.contains("such as \"Noto Sans\""))
    }

    @Test("an English site whose papers have Vietnamese names is warned too")
    func englishSiteWithVietnameseNames() throws {
        let (report, _) = try build("  sans: Noto Serif Ahom\n", language: "en")
        #expect(report.diagnostics.map(\.severity) == [.warning])
    }

    @Test(
        "families with Vietnamese letters pass, written as fontconfig takes them: any case, spaces or not, generic names"
    )
    func installedFamilies() throws {
        let (report, _) = try build("  serif: DejaVuSerif\n  sans: dejavu sans\n  mono: monospace\n")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }
}
