import ArgumentParser
import HoithaoBuild
import HoithaoModel

/// The flags `build` and `check` share.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The theme folder (default: Themes/default, else the theme installed with Hoithao).")
    var theme = DefaultTheme.resolved()

    @Flag(help: "Include workshops, pages and papers marked `draft: true`.")
    var drafts = false

    /// Runs the pipeline and prints its diagnostics; exits 1 on content errors.
    func run(
        output: String?, baseURL: String?, checkLinks: Bool = false, clean: Bool = false, books: Bool = true,
        timings: Bool = false
    ) throws -> BuildReport {
        var options = BuildOptions(contentPath: content, themePath: theme, outputPath: output, includeDrafts: drafts)
        options.baseURL = baseURL
        options.checksLinks = checkLinks
        options.clean = clean
        options.makesBooks = books
        let report: BuildReport
        do {
            report = try SiteBuilder(options: options).run()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        for diagnostic in report.diagnostics {
            Console.error(diagnostic.description)
        }
        if timings {
            for phase in report.phases {
                Console.error(
                    "\(phase.name.padding(toLength: 12, withPad: " ", startingAt: 0))\(phase.milliseconds) ms")
            }
        }
        guard report.succeeded else {
            let count = report.diagnostics.filter { $0.severity == .error }.count
            Console.error(
                "\(count) error\(count == 1 ? "" : "s"); \(output.map { "\($0) is unchanged" } ?? "nothing was written")"
            )
            throw ExitCode(1)
        }
        return report
    }
}
