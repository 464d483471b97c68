import Foundation
import HoithaoBuild
import TestSupport
import Testing

/// Checked without typesetting: Cairo 1.16 may close a font file another thread is about to use once
/// more than ten are open in one process, so books in other fonts are made in a process of their own
/// (`BookFontsCommandTests`).
@Suite("Checking the typefaces of the proceedings books (`book_fonts` in site.yaml)")
struct BookFontsTests {
    /// Builds the portal fixture, without its books, with `fonts` added to its site.yaml.
    func build(_ fonts: String) throws -> (BuildReport, line: Int) {
        let site = try FixtureSite(fixture: "portal")
        let yaml = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", yaml + "book_fonts:\n" + fonts)
        var options = site.options()
        options.makesBooks = false
        let report = try SiteBuilder(options: options).run()
        return (report, yaml.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
    }

    @Test("a family that is not installed is an error at its line, naming installed ones instead")
    func missingFamily() throws {
        let (report, line) = try build("  mono: No Such Typeface\n")
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1 && diagnostic.severity == .error)
        #expect(diagnostic.location.description.hasSuffix("site.yaml:\(line):9"))
        #expect(diagnostic.message.contains("`book_fonts.mono` names \"No Such Typeface\", which is not installed"))
        #expect(diagnostic.message.contains("\"Noto Mono\""))
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

    @Test("families with Vietnamese letters pass, whatever their case")
    func installedFamilies() throws {
        let (report, _) = try build("  serif: DejaVu Serif\n  sans: dejavu sans\n")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }
}
