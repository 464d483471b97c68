import Foundation
import HoithaoMarkdown
import HoithaoModel

/// Warnings for the pictures the books leave out (not PNG or JPEG, damaged or cut short, or too large), each at
/// the Markdown line that shows it, so none is left out silently.
public enum PictureCheck {
    /// The warnings for a workshop's introduction and papers; `readFile` is the build's confined reader.
    public static func warnings(
        _ workshop: Workshop, site: SiteConfig, readFile: @escaping @Sendable (String) throws -> Data
    ) -> [Diagnostic] {
        // The labels print nothing here; the facts only find pictures as the books do.
        let labels = ProceedingsLabels(strings: [:], months: [])
        let facts = BookFacts(workshop: workshop, site: site, labels: labels, readFile: readFile)
        let renderer = MarkdownRenderer()
        var warnings: [Diagnostic] = []
        let documents =
            [(facts.folder + "/index.md", workshop.introduction.markdown, facts.images())]
            + workshop.papers.map { ($0.source, $0.body.markdown, facts.images(forFileAt: $0.source)) }
        for (path, markdown, finder) in documents {
            let pictures = renderer.pictures(in: markdown)
            guard !pictures.isEmpty else { continue }
            let offset = bodyLineOffset(of: path, body: markdown, readFile: readFile)
            for picture in pictures {
                // Remote and missing pictures are the link checker's and the page's business.
                guard let file = finder.path(of: picture.url), let data = try? readFile(file),
                    case .failure(let problem) = PictureFile.check(Array(data))
                else { continue }
                warnings.append(
                    .warning(
                        SourceLocation(path: path, line: picture.line + offset, column: picture.column),
                        "the picture `\(picture.url)` \(problem.message); the books leave it out"))
            }
        }
        return warnings
    }

    /// The lines before the body in its file (the front matter's), so a line of the body is a line of the file.
    private static func bodyLineOffset(
        of path: String, body: String, readFile: @Sendable (String) throws -> Data
    ) -> Int {
        guard let data = try? readFile(path) else { return 0 }
        // CR, CRLF and LF each end a line, as when the file was read.
        var lines = 0
        var previous: UInt8 = 0
        for byte in data {
            if byte == 13 || (byte == 10 && previous != 13) { lines += 1 }
            previous = byte
        }
        return max(0, lines - body.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) })
    }
}
