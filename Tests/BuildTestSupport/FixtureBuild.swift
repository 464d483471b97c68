import Foundation
import HoithaoBuild
import HoithaoModel
import TestSupport

/// Building a fixture site with the repository's default theme, and comparing builds.
extension FixtureSite {
    /// Options for building this site with the default theme, on a fixed day so that dates in output are stable.
    public func options(output: Bool = true, baseURL: String? = nil) -> BuildOptions {
        BuildOptions(
            contentPath: contentPath, themePath: Repository.defaultTheme, outputPath: output ? outputPath : nil,
            baseURL: baseURL, today: CalendarDate(year: 2026, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 0))
    }

    /// Builds into `Output/` and returns the report.
    @discardableResult
    public func build(baseURL: String? = nil) throws -> BuildReport {
        try SiteBuilder(options: options(baseURL: baseURL)).run()
    }

    /// Whether `Output/` holds what a clean build of the same content gives (which it then holds).
    public func matchesCleanBuild() throws -> Bool {
        let incremental = try snapshot()
        return try snapshotOfCleanBuild() == incremental
    }

    /// Builds again with `--clean` and returns what `Output/` then holds, to compare an incremental result with.
    public func snapshotOfCleanBuild() throws -> [String: Data] {
        var options = options()
        options.clean = true
        let report = try SiteBuilder(options: options).run()
        guard report.succeeded else { throw FailedBuild(diagnostics: report.diagnostics.map(\.description)) }
        return try snapshot()
    }
}

/// A fixture build that was expected to succeed and did not.
public struct FailedBuild: Error {
    public let diagnostics: [String]

    public init(diagnostics: [String]) {
        self.diagnostics = diagnostics
    }
}
