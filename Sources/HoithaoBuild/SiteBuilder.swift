import Foundation
import HoithaoContent
import HoithaoIncremental
import HoithaoMarkdown
import HoithaoModel
import HoithaoOutput
import HoithaoProceedings
import HoithaoTheme

/// The build pipeline, whose steps `BuildStep` lists in order: stamps → load → prepare (validate, plan the pages
/// and files) → make the downloads → copy and generate files → render the pages in parallel → sweep → swap in →
/// keep the caches.
public struct SiteBuilder: Sendable {
    /// Hoithao's version; a new version renders every page again.
    public static let version = "0.1.0"

    public var options: BuildOptions
    public var files: FileAccess
    /// Writes one output file, when set: tests set it to make a build fail midway. Nil for Hoithao's own writer.
    public var writeFile: (@Sendable (String, Data) throws -> Void)?
    /// The Markdown parsed by each build, when set: tests count the parses with it. Nil for a new one each build.
    public var parsedMarkdown: ParsedMarkdown?

    public init(options: BuildOptions, files: FileAccess = .disk) {
        self.options = options
        // `Content/`, as shell completion writes it, names the same folder as `Content`: paths made from it
        // must match the loader's.
        self.options.contentPath = Self.withoutTrailingSlash(options.contentPath)
        self.options.themePath = Self.withoutTrailingSlash(options.themePath)
        self.files = files
    }

    private static func withoutTrailingSlash(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Builds into the output folder (or, for `check`, into memory); throws only for usage errors (a refused
    /// output folder), never for content.
    public func run() throws(UsageError) -> BuildReport {
        let started = ProcessEnvironment.now()
        let output = try options.outputPath.map(checkedOutput)
        // Locked before the folder is repaired or written, so a second build cannot interfere.
        let lock = try output.map { output throws(UsageError) in
            do throws(BuildLock.Refusal) {
                return try BuildLock(output: output)
            } catch {
                throw UsageError(message: error.message)
            }
        }
        defer { withExtendedLifetime(lock) {} }
        if let output {
            do {
                try output.repair()
            } catch {
                throw UsageError(
                    message: "cannot repair the output folder \(output.path): \(error.localizedDescription)")
            }
        }
        var report = BuildReport()
        if let output {
            build(into: output, &report)
        } else if let prepared = prepare(papers: nil, &report) {
            check(prepared, &report)
        }
        report.diagnostics = report.diagnostics.sortedByLocation
        report.milliseconds = Int((ProcessEnvironment.now() - started) * 1000)
        return report
    }

    /// Builds the whole site into memory, keeping `previous` files whose inputs did not change, as `serve` does.
    /// The files are nil when the content has errors.
    public func buildInMemory(previous: MemorySite? = nil) -> (site: MemorySite?, report: BuildReport) {
        let started = ProcessEnvironment.now()
        var report = BuildReport()
        let key = IncrementalState.paperKey(settings, siteFile: siteFile)
        let papers = previous?.papers.settings == key ? previous?.papers : PaperCache(settings: key)
        guard let prepared = prepare(papers: papers, &report) else { return (nil, report) }
        let sink = MemorySink(previous: previous?.files ?? [:])
        do {
            let cache = try emit(prepared, into: sink, cache: previous?.cache ?? BuildCache(), &report)
            report.milliseconds = Int((ProcessEnvironment.now() - started) * 1000)
            let next = papers?.carriedOver() ?? PaperCache(settings: key)
            return (MemorySite(files: sink.contents, cache: cache, papers: next), report)
        } catch {
            report.diagnostics.append(error.diagnostic)
            return (nil, report)
        }
    }

    /// Builds into `output`: only the workshops whose files changed when nothing else did, the whole site
    /// otherwise.
    private func build(into output: OutputFolder, _ report: inout BuildReport) {
        // A clean build neither reads nor writes the caches, so that it costs no more than it must.
        let clean = options.clean || !FileManager.default.fileExists(atPath: output.path)
        let state = IncrementalState(output: output, settings: settings)
        // Taken before any file is read, so that a file changed during the build is read again by the next one.
        let stamps =
            files.isDisk
            ? InputStamps.take(
                content: options.contentPath, theme: options.themePath, settling: options.settlingSeconds) : nil
        let plan = state.plan(stamps: stamps, clean: clean)
        report.endPhase(.stamps)
        if let stamps, let record = plan.record, let changed = plan.changedWorkshops,
            rebuildWorkshops(changed, into: output, state: state, stamps: stamps, record: record, &report)
        {
            return
        }
        let papers = clean ? nil : state.paperCache(siteFile: siteFile)
        guard let prepared = prepare(papers: papers, state: state, &report) else { return }
        write(prepared, to: output, state: state, stamps: stamps, plan: plan, &report)
        if !report.diagnostics.hasErrors, let papers {
            papers.save()
            report.endPhase(.paperCache)
        }
    }

    /// The value of every setting the output depends on: a build with others reads everything again, and makes
    /// again the files each reaches. The Markdown engine's version is one, so a new way of setting papers (tables,
    /// notes) redraws the books of an old Output.
    var settings: BuildSettings {
        BuildSettings { input in
            switch input {
            case .hoithaoVersion: Self.version
            case .markdownEngine: options.markdownEngine
            case .includeDrafts: "\(options.includeDrafts)"
            case .baseURL: options.baseURL ?? "-"
            case .contentFolder: options.contentPath
            case .themeFolder: options.themePath
            case .makesBooks: "\(options.makesBooks)"
            case .fonts: options.makesBooks ? FontCaches.stamp() : "-"
            case .today: options.today.iso
            }
        }
    }

    /// The bytes of `site.yaml`, which papers are read with.
    var siteFile: Data {
        (try? files.confined(to: [options.contentPath]).read(options.contentPath + "/site.yaml")) ?? Data()
    }

    /// Loads and validates everything, or with `only` the site's own files and those workshops; nil when there
    /// are errors (they are in `report`).
    func prepare(
        papers: PaperCache?, only workshops: Set<String>? = nil, state: IncrementalState? = nil,
        _ report: inout BuildReport
    )
        -> PreparedSite?
    {
        // Each build checks the links afresh: `serve` builds again after the content changed.
        let files = files.confined(to: [options.contentPath, options.themePath])
        let inputs = InputRecorder()
        var loader = ContentLoader(files: files, includeDrafts: options.includeDrafts, inputs: inputs)
        loader.paperCache = papers
        // Each paper is parsed once: its page's HTML and its blocks for the books come from the same tree.
        let parsed = parsedMarkdown ?? ParsedMarkdown(keepsDocuments: options.makesBooks)
        loader.parsedMarkdown = parsed
        loader.onlyWorkshops = workshops
        let (loaded, contentDiagnostics) = loader.load(from: options.contentPath)
        let (theme, themeDiagnostics) = ThemeLoader(files: files)
            .load(directory: options.themePath, overrides: templateOverrides(files))
        report.diagnostics += contentDiagnostics + themeDiagnostics
        report.endPhase(.load)
        guard var site = loaded, let theme, !report.diagnostics.hasErrors else { return nil }
        if let baseURL = options.baseURL { site.config.baseURL = baseURL }
        report.diagnostics += SiteValidator.check(site, makesBooks: options.makesBooks)
        guard !report.diagnostics.hasErrors else { return nil }
        report.diagnostics += site.workshops.flatMap {
            PictureCheck.warnings($0, site: site.config, readFile: files.read)
        }
        let prepared = PreparedSite(
            site: site, inputs: inputs.recorded, settings: settings, theme: theme, options: options, files: files,
            parsed: parsed, wholeSite: workshops == nil, searchStore: state?.searchDocuments)
        report.diagnostics += OutputClaims.check(prepared)
        guard !report.diagnostics.hasErrors else { return nil }
        report.endPhase(.prepare)
        return prepared
    }

    /// Renders and copies everything into `sink`; returns the cache for the next build.
    func emit(
        _ prepared: PreparedSite, into sink: some OutputSink, cache: BuildCache, _ report: inout BuildReport
    )
        throws(RenderError) -> BuildCache
    {
        // Downloads first: the pages that list them show their size and SHA-256.
        var (downloads, madeCache) = try MadeFileWriter.emit(prepared.made, cache: cache, into: sink)
        report.endPhase(.downloads)
        // Copied and generated files are compared with the last build by digest, not by reading it back.
        var fileDigests: [String: String] = [:]
        var generatedGroups: [String: BuildCache.Group] = [:]
        let authorFiles = Set(prepared.site.workshops.flatMap { $0.papers.compactMap(\.file?.destination) })
        do {
            for file in prepared.copies {
                let data = try prepared.files.read(file.source)
                fileDigests[file.destination] = try sink.place(
                    file.destination, data, recorded: cache.pages[file.destination])
                if authorFiles.contains(file.destination) { downloads[file.destination] = FileFacts(data) }
            }
            let (generated, groups) = try GeneratedFileWriter.emit(prepared.generated, cache: cache, into: sink)
            fileDigests.merge(generated) { _, new in new }
            generatedGroups = groups
            // A picture a book would show is read only as the book is made; one refused stops the build.
            let refused = prepared.files.refusals?.take() ?? []
            if let first = refused.first {
                report.diagnostics += refused.dropFirst()
                throw RenderError(diagnostic: first)
            }
        } catch let error as RenderError {
            throw error
        } catch {
            throw RenderError(
                diagnostic: .error(SourceLocation(path: options.contentPath), "\(error.localizedDescription)"))
        }
        report.filesCopied = prepared.copies.count
        report.endPhase(.files)
        var (rendered, next) = try prepared.renderer(downloads: downloads).emit(
            prepared.pages, digests: prepared.digests, cache: cache, into: sink)
        report.endPhase(.pages)
        next.pages.merge(madeCache) { page, _ in page }
        next.pages.merge(fileDigests) { page, _ in page }
        next.groups = generatedGroups
        report.pagesWritten = prepared.pages.count
        report.pagesRendered = rendered
        return next
    }

    /// `hoithao check`: renders everything in memory and, when asked, follows every internal link.
    private func check(_ prepared: PreparedSite, _ report: inout BuildReport) {
        let sink = CheckSink(keepsPages: options.checksLinks)
        do {
            _ = try emit(prepared, into: sink, cache: BuildCache(), &report)
        } catch {
            report.diagnostics.append(error.diagnostic)
            return
        }
        guard options.checksLinks else { return }
        let (paths, pages) = sink.contents
        let texts = pages.mapValues { String(decoding: $0, as: UTF8.self) }
        report.diagnostics += LinkChecker.brokenLinks(pages: texts, files: paths).map {
            .error(
                SourceLocation(path: $0.page, line: $0.line, column: $0.column),
                "the link `\($0.link)` leads to no page, file or anchor of the site")
        }
    }

    /// A site's own templates, in `Content/templates/`, take the place of the theme's.
    private func templateOverrides(_ files: FileAccess) -> String? {
        let folder = options.contentPath + "/templates"
        return ((try? files.list(folder)) ?? nil) == nil ? nil : folder
    }

    /// The output folder once it is known to be safe to replace.
    private func checkedOutput(_ outputPath: String) throws(UsageError) -> OutputFolder {
        let output = OutputFolder(path: outputPath)
        let home = ProcessEnvironment.values["HOME"]
        if let refusal = output.refusal(
            contentPath: options.contentPath, themePath: options.themePath,
            currentDirectory: FileManager.default.currentDirectoryPath, home: home)
        {
            throw UsageError(message: refusal)
        }
        return output
    }
}

/// A built site held in memory, with what the next in-memory build needs to skip unchanged pages.
public struct MemorySite: Sendable {
    /// The files by output path.
    public let files: [String: Data]
    let cache: BuildCache
    let papers: PaperCache
}

/// A problem with how Hoithao was called, not with the content: exit status 2.
public struct UsageError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "error: \(message)" }
}
