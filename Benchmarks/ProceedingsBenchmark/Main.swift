import Foundation
import HoithaoContent
import HoithaoModel
import HoithaoProceedings

/// Typesets one workshop's proceedings and reports the time; also writes the same papers as one
/// HTML file, so a browser can print them for comparison (Benchmarks/proceedings.sh).
///
/// Usage: proceedings-benchmark CONTENT WORKSHOP THEME OUTPUT_PDF [OUTPUT_HTML]
@main
enum ProceedingsBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 5 else {
            print("usage: proceedings-benchmark CONTENT WORKSHOP THEME OUTPUT_PDF [OUTPUT_HTML]")
            exit(2)
        }
        let start = Date()
        let (site, diagnostics) = ContentLoader().load(from: arguments[1])
        guard let site, !diagnostics.hasErrors, let workshop = site.workshops.first(where: { $0.slug == arguments[2] })
        else {
            print(diagnostics.map { "\($0)" }.joined(separator: "\n"))
            exit(1)
        }
        let loaded = Date()
        let language = workshop.plan.language ?? site.config.language
        let path = arguments[3] + "/strings/\(language.rawValue).yaml"
        let strings = StringsFile.read(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        let labels = ProceedingsLabels(strings: strings.texts, months: strings.lists["months"] ?? [])
        let pdf = try Proceedings(
            workshop: workshop, site: site.config, labels: labels, readFile: FileAccess.disk.read
        ).bookPDF()
        let typeset = Date()
        try pdf.write(to: URL(fileURLWithPath: arguments[4]))
        print(
            String(
                format: "load %.3f s, typeset %.3f s, %d papers, %d bytes", loaded.timeIntervalSince(start),
                typeset.timeIntervalSince(loaded), workshop.papers.count, pdf.count))
        if arguments.count > 5 { try html(workshop).write(toFile: arguments[5], atomically: true, encoding: .utf8) }
    }

    /// The papers as the website renders their bodies, one after another, each on a new page.
    static func html(_ workshop: Workshop) -> String {
        var html = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>\(workshop.plan.title)</title>
            <style>@page { size: A4; margin: 25mm 21mm; } body { font: 10.5pt/1.45 "Noto Serif", serif; }
            h1, h2 { font-family: "Noto Sans", sans-serif; } article { break-before: right; }
            p { text-align: justify; }</style></head><body>

            """
        for paper in workshop.papers {
            html += "<article><h1>\(paper.title)</h1><p>\(paper.authors.map(\.name).joined(separator: ", "))</p>"
            html += "<p><em>\(paper.abstract ?? "")</em></p>\(paper.body.html)</article>\n"
        }
        return html + "</body></html>\n"
    }
}
