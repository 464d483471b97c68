import Foundation
import HoithaoModel

/// What the cover and the front matter say about the workshop, the same in the PDF and the EPUB.
struct BookFacts {
    let workshop: Workshop
    let site: SiteConfig
    let labels: ProceedingsLabels
    let readFile: @Sendable (String) throws -> Data

    /// The organization that holds the workshop.
    var host: String? {
        workshop.plan.document?.issuer ?? workshop.plan.organizers.first ?? site.host
    }

    /// The building (or room) and address.
    var place: String {
        let venue = workshop.plan.venue
        return [venue.building ?? venue.name, venue.address ?? workshop.plan.document?.place].compactMap { $0 }
            .joined(separator: ", ")
    }

    /// The cover's lines under the title: host, dates, place.
    var coverLines: [String] {
        [host, labels.dates(of: workshop.plan), place].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// The key facts as label and value.
    var keyFacts: [(label: String, value: String)] {
        let plan = workshop.plan
        let venue = [plan.venue.name, plan.venue.building, plan.venue.address].compactMap { $0 }
        let rows: [(String, String?)] = [
            (labels.date, labels.dates(of: plan)),
            (labels.venue, venue.joined(separator: ", ")),
            (labels.organizers, plan.organizers.isEmpty ? nil : plan.organizers.joined(separator: "; ")),
            (labels.theme, plan.theme), (labels.project, plan.project?.title),
            (labels.chairs, plan.chairs.isEmpty ? nil : plan.chairs.joined(separator: "; ")),
        ]
        return rows.compactMap { label, value in value.map { (label, $0) } }
    }

    /// The workshop's folder, where the introduction is; pictures are read only inside it.
    var folder: String {
        Self.folder(of: workshop.planPath)
    }

    /// Pictures of a Markdown file at `path` (a paper), or of the introduction when nil.
    func images(forFileAt path: String? = nil) -> ImageFinder {
        let base = path.map(Self.folder) ?? folder
        return ImageFinder(base: base.isEmpty ? "." : base, root: folder.isEmpty ? "." : folder, read: readFile)
    }

    /// The language of the book: the workshop's, or the site's.
    var language: Language { workshop.plan.language ?? site.language }

    private static func folder(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    }
}
