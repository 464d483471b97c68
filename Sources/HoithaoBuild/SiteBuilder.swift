import Foundation
import HoithaoContent
import HoithaoMarkdown
import HoithaoModel
import HoithaoTheme

/// The build pipeline: load → validate → plan pages → render in parallel → write → swap in.
public struct SiteBuilder: Sendable {
    /// Hoithao's version; a new version renders every page again.
    public static let version = "0.1.0"

    public var options: BuildOptions
    public var files: FileAccess
    /// Writes one output file, when set: tests set it to make a build fail midway. Nil for Hoithao's own writer.
    public var writeFile: (@Sendable (String, Data) throws -> Void)?

    public init(options: BuildOptions, files: FileAccess = .disk) {
        self.options = options
        self.files = files
    }

    /// Builds into the output folder (or, for `check`, into memory); throws only for usage errors (a refused
    /// output folder), never for content.
    public func run() throws(UsageError) -> BuildReport {
        let started = ProcessEnvironment.now()
        let output = try options.outputPath.map(checkedOutput)
        // Locked before the folder is repaired or written, so a second build cannot interfere.
        let lock = try output.map { output throws(UsageError) in try BuildLock(output: output.path) }
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
        // Papers are kept from the last incremental build into Output/; a clean build neither reads nor writes
        // them, so that it costs no more than it must.
        let clean = output.map { options.clean || !FileManager.default.fileExists(atPath: $0.path) } ?? true
        let papers = clean ? nil : output.map { PaperCache(settings: paperSettings, folder: paperCachePath($0)) }
        if let prepared = prepare(papers: papers, &report) {
            if let output {
                write(prepared, to: output, clean: clean, &report)
                if !report.diagnostics.hasErrors, let papers {
                    papers.save()
                    report.endPhase("paper cache")
                }
            } else {
                check(prepared, &report)
            }
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
        let papers = previous?.papers.settings == paperSettings ? previous?.papers : PaperCache(settings: paperSettings)
        guard let prepared = prepare(papers: papers, &report) else { return (nil, report) }
        let sink = MemorySink(previous: previous?.files ?? [:])
        do {
            let cache = try emit(prepared, into: sink, cache: previous?.cache ?? BuildCache(), &report)
            report.milliseconds = Int((ProcessEnvironment.now() - started) * 1000)
            let next = papers?.carriedOver() ?? PaperCache(settings: paperSettings)
            return (MemorySite(files: sink.contents, cache: cache, papers: next), report)
        } catch {
            report.diagnostics.append(error.diagnostic)
            return (nil, report)
        }
    }

    /// What papers are read with: a cache made with other settings, another `site.yaml` or another libcmark is
    /// not used.
    private var paperSettings: String {
        let site = (try? files.read(options.contentPath + "/site.yaml")) ?? Data()
        return "\(Self.version) cmark=\(MarkdownRenderer.engineVersion) drafts=\(options.includeDrafts) "
            + "site=\(Digest(site))"
    }

    private func paperCachePath(_ output: OutputFolder) -> String {
        String(BuildCache.location(for: output.path).dropLast(".cache".count)) + ".papers"
    }

    /// Loads and validates everything; nil when there are errors (they are in `report`).
    private func prepare(papers: PaperCache?, _ report: inout BuildReport) -> PreparedSite? {
        var loader = ContentLoader(files: files, includeDrafts: options.includeDrafts)
        loader.paperCache = papers
        let (loaded, contentDiagnostics) = loader.load(from: options.contentPath)
        let (theme, themeDiagnostics) = ThemeLoader(files: files)
            .load(directory: options.themePath, overrides: templateOverrides())
        report.diagnostics += contentDiagnostics + themeDiagnostics
        report.endPhase("load")
        guard var site = loaded, let theme, !report.diagnostics.hasErrors else { return nil }
        if let baseURL = options.baseURL { site.config.baseURL = baseURL }
        report.diagnostics += SiteValidator.check(site)
        guard !report.diagnostics.hasErrors else { return nil }
        let prepared = PreparedSite(site: site, theme: theme, options: options, files: files)
        report.endPhase("prepare")
        return prepared
    }

    /// Renders and copies everything into `sink`; returns the cache for the next build.
    private func emit(
        _ prepared: PreparedSite, into sink: some OutputSink, cache: BuildCache, _ report: inout BuildReport
    )
        throws(RenderError) -> BuildCache
    {
        // Downloads first: the pages that list them show their size and SHA-256.
        var (downloads, madeCache) = try MadeFileWriter.emit(prepared.made, cache: cache, into: sink)
        report.endPhase("downloads")
        // Copied and generated files are compared with the last build by digest, not by reading it back.
        var fileDigests: [String: String] = [:]
        var generatedGroups: [String: BuildCache.Group] = [:]
        let authorFiles = Set(prepared.site.workshops.flatMap { $0.papers.compactMap(\.file?.destination) })
        do {
            var published: Set<String> = []
            for file in prepared.copies {
                guard published.insert(file.destination.lowercased()).inserted else {
                    throw RenderError(
                        diagnostic: .error(
                            SourceLocation(path: file.source),
                            "another file is also published as \(file.destination); rename one of them"))
                }
                let data = try files.read(file.source)
                fileDigests[file.destination] = try sink.place(file.destination, data, cache: cache)
                if authorFiles.contains(file.destination) { downloads[file.destination] = FileFacts(data) }
            }
            let (generated, groups) = try GeneratedFileWriter.emit(prepared.generated, cache: cache, into: sink)
            fileDigests.merge(generated) { _, new in new }
            generatedGroups = groups
        } catch let error as RenderError {
            throw error
        } catch {
            throw RenderError(
                diagnostic: .error(SourceLocation(path: options.contentPath), "\(error.localizedDescription)"))
        }
        report.filesCopied = prepared.copies.count
        report.endPhase("files")
        var (rendered, next) = try prepared.renderer(downloads: downloads).emit(
            prepared.pages, digests: prepared.digests, cache: cache, into: sink)
        report.endPhase("pages")
        next.pages.merge(madeCache) { page, _ in page }
        next.pages.merge(fileDigests) { page, _ in page }
        next.groups = generatedGroups
        report.pagesWritten = prepared.pages.count
        report.pagesRendered = rendered
        return next
    }

    /// Writes the site into `output`; `clean` when the last build's output and caches are not used.
    private func write(_ prepared: PreparedSite, to output: OutputFolder, clean: Bool, _ report: inout BuildReport) {
        let cachePath = BuildCache.location(for: output.path)
        let cache = clean ? BuildCache() : BuildCache.load(from: cachePath, version: Self.version)
        if !clean, Self.nothingChanged(prepared, cache: cache, files: files, output: output.path) {
            // Output/ already holds exactly this site: leave every file and the folder as they are.
            report.pagesWritten = prepared.pages.count
            report.filesCopied = prepared.copies.count
            return
        }
        do {
            let recycled = try output.prepareStaging()
            let sink = DiskSink(
                folder: output.staging, previousFolder: clean ? nil : output.path, recycled: recycled,
                writeFile: writeFile)
            let next = try emit(prepared, into: sink, cache: cache, &report)
            try sink.writeIfChanged(OutputFolder.marker, OutputFolder.markerText)
            try sink.sweep()
            try output.commit()
            next.save(to: cachePath, version: Self.version)
            report.endPhase("swap")
        } catch let error as RenderError {
            output.discard()
            report.diagnostics.append(error.diagnostic)
        } catch {
            output.discard()
            report.diagnostics.append(
                .error(
                    SourceLocation(path: output.path),
                    "the build could not be written (\(error.localizedDescription)); the previous output is unchanged"))
        }
    }

    /// Whether every file the build would write has the digest the last build recorded, and no file is new or gone.
    private static func nothingChanged(_ prepared: PreparedSite, cache: BuildCache, files: FileAccess, output: String)
        -> Bool
    {
        guard !cache.pages.isEmpty else { return false }
        var expected: [String: String] = [:]
        // The first difference ends the search: after an edit, that is usually soon.
        for (kind, digest) in zip(prepared.pages, prepared.digests) {
            let path = prepared.site.path(of: kind).file
            guard cache.pages[path] == digest.description else { return false }
            expected[path] = digest.description
        }
        for file in prepared.made {
            guard cache.pages[file.path] == file.digest.description else { return false }
            expected[file.path] = file.digest.description
        }
        for group in prepared.generated {
            if group.digest == nil {
                for (path, text) in group.make() { expected[path] = Digest(Data(text.utf8)).description }
            } else {
                guard let paths = group.unchangedPaths(in: cache) else { return false }
                for path in paths { expected[path] = cache.pages[path] }
            }
        }
        guard expected.count <= cache.pages.count else { return false }
        for file in prepared.copies {
            guard let data = try? files.read(file.source) else { return false }
            expected[file.destination] = Digest(data).description
        }
        // A file removed from Output/ by hand is put back by a real build.
        return expected == cache.pages && expected.keys.allSatisfy { access(output + "/" + $0, F_OK) == 0 }
    }

    /// `hoithao check`: renders everything in memory and, when asked, follows every internal link.
    private func check(_ prepared: PreparedSite, _ report: inout BuildReport) {
        let sink = MemorySink()
        do {
            _ = try emit(prepared, into: sink, cache: BuildCache(), &report)
        } catch {
            report.diagnostics.append(error.diagnostic)
            return
        }
        guard options.checksLinks else { return }
        let files = sink.contents
        let pages = files.filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
        report.diagnostics += LinkChecker.brokenLinks(pages: pages, files: Set(files.keys)).map {
            .error(SourceLocation(path: $0.page), "the link `\($0.link)` leads to no page, file or anchor of the site")
        }
    }

    /// A site's own templates, in `Content/templates/`, take the place of the theme's.
    private func templateOverrides() -> String? {
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
