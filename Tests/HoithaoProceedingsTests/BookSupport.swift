import Foundation
import HoithaoContent
import HoithaoModel
import HoithaoProceedings
import TestSupport

/// Loads workshops and theme labels, writes outputs to temporary files, and runs poppler's tools on them.
enum BookSupport {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A workshop of the content at `root`, with the site's configuration.
    static func workshop(_ slug: String, in root: String = Repository.sampleContent) throws -> (Workshop, SiteConfig) {
        let (site, diagnostics) = ContentLoader().load(from: root)
        guard let site, let workshop = site.workshops.first(where: { $0.slug == slug }) else {
            throw Failure(description: "cannot load \(slug): \(diagnostics)")
        }
        return (workshop, site.config)
    }

    /// The default theme's words for `language`.
    static func labels(_ language: Language) throws -> ProceedingsLabels {
        let path = Repository.defaultTheme + "/strings/\(language.rawValue).yaml"
        let strings = StringsFile.read(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        return ProceedingsLabels(strings: strings.texts, months: strings.lists["months"] ?? [])
    }

    static func proceedings(_ slug: String, in root: String = Repository.sampleContent) throws -> Proceedings {
        let (workshop, config) = try workshop(slug, in: root)
        return Proceedings(
            workshop: workshop, site: config, labels: try labels(workshop.plan.language ?? config.language),
            readFile: FileAccess.disk.confined(to: [root]).read)
    }

    /// Writes `data` to a new temporary file and returns its path.
    static func file(_ data: Data, named name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-book-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Runs a program and returns what it printed on standard output (and error, when asked); a non-zero exit
    /// status is an error.
    @discardableResult
    static func run(_ arguments: [String], includeErrors: Bool = false) throws -> String {
        try ExternalTool.text(arguments, includeErrors: includeErrors)
    }

    static func pageCount(_ pdf: String) throws -> Int {
        let info = try run(["pdfinfo", pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return Int(line?.split(separator: " ").last ?? "") ?? 0
    }

    /// The text of page `page` (from 1), exactly as extracted (not normalized).
    static func text(_ pdf: String, page: Int, layout: Bool = false) throws -> String {
        try run(["pdftotext"] + (layout ? ["-layout"] : []) + ["-f", "\(page)", "-l", "\(page)", pdf, "-"])
    }

    static func text(_ pdf: String) throws -> String {
        try run(["pdftotext", pdf, "-"])
    }

    /// The titles of the PDF's bookmarks, as poppler reads them.
    static func outline(_ pdf: String) throws -> [String] {
        let xml = try run(["pdftohtml", "-xml", "-i", "-q", "-stdout", pdf])
        return xml.components(separatedBy: "<item ").dropFirst().compactMap { item in
            item.split(separator: ">", maxSplits: 1).last?.split(separator: "<").first.map(String.init)
        }
    }

    /// Each bookmark's title and the page it opens, as poppler reads them.
    static func outlinePages(_ pdf: String) throws -> [(title: String, page: Int)] {
        let xml = try run(["pdftohtml", "-xml", "-i", "-q", "-stdout", pdf])
        return xml.components(separatedBy: "<item page=\"").dropFirst().compactMap { item in
            let page = item.prefix { $0 != "\"" }
            guard let number = Int(page), let title = item.split(separator: ">", maxSplits: 1).last else { return nil }
            return (String(title.prefix { $0 != "<" }), number)
        }
    }

    /// The pages that the links on page `page` lead to, as poppler resolves them.
    static func linkTargets(_ pdf: String, page: Int) throws -> Set<Int> {
        let xml = try run(["pdftohtml", "-xml", "-i", "-q", "-stdout", "-f", "\(page)", "-l", "\(page)", pdf])
        return Set(
            xml.components(separatedBy: "<a href=\"").dropFirst().compactMap { link in
                let target = link.prefix { $0 != "\"" }
                return target.contains("://") ? nil : target.split(separator: "#").last.flatMap { Int($0) }
            })
    }

    /// Whitespace runs (line breaks included) as single spaces.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `text` holds `part` with the very same code points (Swift's `contains` would
    /// accept a decomposed match).
    static func containsExactly(_ text: String, _ part: String) -> Bool {
        Data(collapsed(text).utf8).range(of: Data(collapsed(part).utf8)) != nil
    }
}
