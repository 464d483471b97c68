import BuildTestSupport
import HoithaoModel
import TestSupport
import Testing

@testable import HoithaoBuild

/// The content checks keep static files out of a workshop's folder and authors' files to documents, so no content
/// reaches a calendar's or a citation's address today; `OutputClaims` is the last guard should one of them loosen.
@Suite("Generated files' addresses are claimed: a copied file there is an error at its path")
struct GeneratedClaimsTests {
    @Test("A copied file at a workshop's calendar or a paper's BibTeX is an error naming the content file")
    func copyTakesACalendarAndACitation() throws {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/papers/giai-phap.md"] = "---\ntitle: Giải pháp\n---\nNội dung.\n"
        let fixture = try FixtureSite(files)
        var report = BuildReport()
        let prepared = try #require(SiteBuilder(options: fixture.options()).prepare(papers: nil, &report))
        var site = prepared.site
        let calendar = fixture.contentPath + "/static/lich.ics"
        let citation = fixture.contentPath + "/static/trich-dan.bib"
        site.staticFiles += [
            CopiedFile(source: calendar, destination: "toi-gian/Calendar.ics", byteCount: 1),
            CopiedFile(source: citation, destination: "toi-gian/proceedings/giai-phap/giai-phap.bib", byteCount: 1),
        ]
        let planted = PreparedSite(
            site: site, inputs: prepared.inputs, settings: prepared.settings, theme: prepared.theme,
            options: prepared.options, files: prepared.files)
        #expect(
            OutputClaims.check(planted).map(\.description) == [
                "\(calendar): error: \(calendar) would be published as toi-gian/Calendar.ics, which is already the "
                    + "workshop's calendar Hoithao makes; rename one of them",
                "\(citation): error: \(citation) would be published as toi-gian/proceedings/giai-phap/giai-phap.bib, "
                    + "which is already the citation file Hoithao makes of \(fixture.contentPath)"
                    + "/workshops/toi-gian/papers/giai-phap.md; rename one of them",
            ])
    }
}
