import Foundation
import HoithaoContent
import HoithaoModel
import HoithaoTheme

/// The build pipeline: load → validate → plan pages → render in parallel → write → swap in.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var files: FileAccess
    /// Writes one output file; tests replace it to make a build fail midway.
    public var writeFile: @Sendable (String, Data) throws -> Void = { path, data in
        try data.write(to: URL(fileURLWithPath: path))
    }

    public init(options: BuildOptions, files: FileAccess = .disk) {
        self.options = options
        self.files = files
    }

    /// Runs every step; throws only for usage errors (a refused output folder), never for content.
    public func run() throws(UsageError) -> BuildReport {
        let started = ProcessEnvironment.now()
        let output = try options.outputPath.map(checkedOutput)
        var report = BuildReport(diagnostics: [], pagesWritten: 0, filesCopied: 0, milliseconds: 0)
        let (loaded, contentDiagnostics) = ContentLoader(files: files, includeDrafts: options.includeDrafts)
            .load(from: options.contentPath)
        let (theme, themeDiagnostics) = ThemeLoader(files: files)
            .load(directory: options.themePath, overrides: templateOverrides())
        report.diagnostics = contentDiagnostics + themeDiagnostics
        guard var site = loaded, let theme, !report.diagnostics.hasErrors else { return report }
        if let baseURL = options.baseURL { site.config.baseURL = baseURL }
        report.diagnostics += SiteValidator.check(site)
        guard !report.diagnostics.hasErrors else { return report }

        let pages = site.allPages
        let renderer = PageRenderer(
            site: site,
            contexts: ContextBuilder(site: site, theme: theme, baseURL: site.config.baseURL, today: options.today))
        let copies =
            site.staticFiles + theme.assets
            + site.workshops.flatMap { workshop in
                workshop.attachments.map(\.file) + workshop.papers.compactMap(\.file)
            }
        if let output {
            do {
                try output.prepareStaging()
                report.pagesWritten = try renderer.write(
                    pages, generated: Feeds(site: site, baseURL: site.config.baseURL).files(pages: pages),
                    into: output.staging,
                    using: writeFile)
                report.filesCopied = try copy(copies, into: output.staging)
                try output.commit()
            } catch let error as RenderError {
                output.discard()
                report.diagnostics.append(error.diagnostic)
            } catch {
                output.discard()
                report.diagnostics.append(
                    .error(
                        SourceLocation(path: output.path),
                        "the build could not be written (\(error.localizedDescription)); the previous output is unchanged"
                    ))
            }
        } else {
            do {
                let rendered = try renderer.renderAll(pages)
                report.pagesWritten = rendered.count
                if options.checksLinks {
                    let generated = Feeds(site: site, baseURL: site.config.baseURL).files(pages: pages).map(\.path)
                    let files = Set(rendered.keys).union(generated).union(copies.map(\.destination))
                    report.diagnostics += LinkChecker.brokenLinks(pages: rendered, files: files).map {
                        .error(
                            SourceLocation(path: $0.page),
                            "the link `\($0.link)` leads to no page, file or anchor of the site")
                    }
                }
            } catch {
                report.diagnostics.append(error.diagnostic)
            }
        }
        report.diagnostics = report.diagnostics.sortedByLocation
        report.milliseconds = Int((ProcessEnvironment.now() - started) * 1000)
        return report
    }

    /// A site's own templates, in `Content/templates/`, take the place of the theme's.
    private func templateOverrides() -> String? {
        let folder = options.contentPath + "/templates"
        return ((try? files.list(folder)) ?? nil) == nil ? nil : folder
    }

    /// The output folder once it is known to be safe to replace, repaired if a previous run was cut short.
    private func checkedOutput(_ outputPath: String) throws(UsageError) -> OutputFolder {
        let output = OutputFolder(path: outputPath)
        let home = ProcessEnvironment.values["HOME"]
        if let refusal = output.refusal(
            contentPath: options.contentPath, themePath: options.themePath,
            currentDirectory: FileManager.default.currentDirectoryPath, home: home)
        {
            throw UsageError(message: refusal)
        }
        do {
            try output.repair()
        } catch {
            throw UsageError(message: "cannot repair the output folder \(outputPath): \(error.localizedDescription)")
        }
        return output
    }

    private func copy(_ copies: [CopiedFile], into folder: String) throws -> Int {
        var written: Set<String> = []
        for file in copies {
            guard written.insert(file.destination.lowercased()).inserted else {
                throw RenderError(
                    diagnostic: .error(
                        SourceLocation(path: file.source),
                        "another file is also published as \(file.destination); rename one of them"))
            }
            let target = folder + "/" + file.destination
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try writeFile(target, try files.read(file.source))
        }
        return copies.count
    }
}

/// A problem with how Hoithao was called, not with the content: exit status 2.
public struct UsageError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "error: \(message)" }
}
