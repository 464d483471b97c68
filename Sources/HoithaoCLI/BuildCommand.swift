import ArgumentParser
import HoithaoBuild
import HoithaoContent

/// `hoithao build`: renders the site into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into the output folder (replaced only when the build succeeds)."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder.")
    var output = "Output"

    @Option(help: "The public address of the site, overriding base_url in site.yaml.")
    var baseURL: String?

    @Flag(help: "Ignore the cache and the previous output: render and write every file anew.")
    var clean = false

    @Flag(help: "Skip typesetting the proceedings books (PDF, EPUB), for a fast preview.")
    var noBooks = false

    @Flag(help: "Print how long each step of the build took (on standard error).")
    var timings = false

    func validate() throws {
        if let baseURL, BaseURL.normalize(baseURL) == nil {
            throw ValidationError(
                "--base-url must be an absolute http or https address such as https://example.org/hoithao/")
        }
    }

    func run() throws {
        let report = try site.run(
            output: output, baseURL: baseURL.flatMap(BaseURL.normalize), clean: clean, books: !noBooks,
            timings: timings)
        let unchanged = report.pagesWritten - report.pagesRendered
        var detail = unchanged > 0 ? " (\(report.pagesRendered) rendered, \(unchanged) unchanged)" : ""
        if let read = report.workshopsRead {
            detail += read.isEmpty ? "; no file changed" : "; read only the \(plural(read.count, "changed workshop"))"
        }
        print(
            "Built \(plural(report.pagesWritten, "page"))\(detail) and copied \(plural(report.filesCopied, "file")) "
                + "into \(output) in \(report.milliseconds) ms.")
        if baseURL == nil, ContentLoader().loadSiteConfig(from: site.content).config?.baseURL == nil {
            Console.error(Self.noBaseURL(site.content))
        }
    }

    /// Said once per build: the site works without a public address, but some files need one.
    static func noBaseURL(_ content: String) -> String {
        "\(content)/site.yaml: warning: `base_url` is not set, so the site has no sitemap.xml and no feed.xml, its "
            + "pages no canonical address, and its 404 page no links (relative links would break in a sub-folder); "
            + "before publishing, add the address the site will have, e.g. `base_url: https://hoithao.example.vn/`"
    }
}

/// "1 page", "2 pages".
func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// `hoithao check`: loads and validates everything, writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Load, validate and render everything without writing anything.")

    @OptionGroup var site: SiteOptions

    @Flag(help: "Also follow every internal link and #anchor of the rendered site (external links are never fetched).")
    var links = false

    @Flag(help: "Skip typesetting the proceedings books (PDF, EPUB): the quick check of a large portal.")
    var noBooks = false

    @Flag(help: "Print how long each step of the check took (on standard error).")
    var timings = false

    @Option(help: "Also check this private delegate list (CSV) against the plan of `--workshop`.")
    var delegates: String?

    @Option(help: "The workshop whose plan the delegate list is checked against (its folder name).")
    var workshop: String?

    func validate() throws {
        if delegates != nil, workshop == nil {
            throw ValidationError("`--delegates` needs `--workshop`: the workshop whose plan the list belongs to")
        }
    }

    func run() throws {
        let report = try site.run(output: nil, baseURL: nil, checkLinks: links, books: !noBooks, timings: timings)
        let listed = try delegates.map { try DelegateListCheck(path: $0, workshop: workshop ?? "", site: site).run() }
        let warnings = report.diagnostics.count + (listed ?? 0)
        let warningNote = warnings > 0 ? ", " + plural(warnings, "warning") : ""
        print("Checked \(plural(report.pagesWritten, "page")): no errors\(warningNote).")
    }
}
