import HoithaoModel
import HoithaoRoutes
import HoithaoSchedule

/// Every output address is claimed once: a file that would take the address of a page, a made download or
/// another file is an error naming both, before anything is written, instead of one replacing the other.
enum OutputClaims {
    static func check(_ prepared: PreparedSite) -> [Diagnostic] {
        let site = prepared.site
        var owners: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        // Addresses differing only in case are one file on the file systems of Windows and macOS.
        func claim(_ address: String, by owner: String, at source: String = prepared.options.contentPath) {
            let key = address.lowercased()
            guard let first = owners[key] else {
                owners[key] = owner
                return
            }
            diagnostics.append(
                .error(
                    SourceLocation(path: source),
                    "\(owner) would be published as \(address), which is already \(first); rename one of them"))
        }
        for kind in prepared.pages {
            claim(site.path(of: kind).file, by: "the page Hoithao makes there")
        }
        // The books' files are claimed with or without `--no-books`, so that a build with books cannot differ.
        for workshop in site.workshops where !workshop.papers.isEmpty {
            for path in [workshop.routes.bookPDF, workshop.routes.bookEPUB] {
                claim(path, by: "the proceedings book Hoithao makes")
            }
            for paper in workshop.papers {
                claim(workshop.routes(of: paper).pdf, by: "the PDF Hoithao makes of \(paper.source)")
            }
            if workshop.papers.contains(where: { $0.file != nil }) {
                claim(workshop.routes.authorFiles, by: "the zip of the authors' files")
            }
        }
        // Claimed before the copies, so that the error is at the content file, which can be renamed.
        for workshop in site.workshops {
            for (path, owner) in generated(by: workshop) { claim(path, by: owner) }
        }
        for file in prepared.copies {
            claim(file.destination, by: file.source, at: file.source)
        }
        return diagnostics
    }

    /// The calendars, schedule and citation files a workshop's generated group writes (`Feeds`,
    /// `CitationFiles`), each with what it is.
    private static func generated(by workshop: Workshop) -> [(String, String)] {
        let routes = workshop.routes
        var files: [(String, String)] = [(routes.calendar, "the workshop's calendar Hoithao makes")]
        let programme = Programme(workshop.plan.agenda)
        files += programme.dayIDs.map { (routes.dayCalendar($0), "the calendar Hoithao makes of agenda day `\($0)`") }
        files += programme.entries.map {
            (routes.itemCalendar($0.id), "the calendar Hoithao makes of agenda item `\($0.id)`")
        }
        if !workshop.plan.agenda.isEmpty { files.append((routes.schedule, "the schedule Hoithao makes")) }
        guard !workshop.papers.isEmpty else { return files }
        files += [routes.bookBibTeX, routes.bookRIS].map { ($0, "the proceedings' citation file Hoithao makes") }
        for paper in workshop.papers {
            let paperRoutes = workshop.routes(of: paper)
            files += [paperRoutes.bibTeX, paperRoutes.ris].map {
                ($0, "the citation file Hoithao makes of \(paper.source)")
            }
        }
        return files
    }
}
