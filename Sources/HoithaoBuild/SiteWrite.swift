import Foundation
import HoithaoContent
import HoithaoModel
import HoithaoOutput
import HoithaoRoutes

/// Writing a whole prepared site into the output folder, and what every build into a folder shares: the swap
/// into place, and the record the next build reads.
extension SiteBuilder {
    /// Writes the site into `output`; `clean` when the last build's output and caches are not used. `spare` is
    /// the last build's record, even for a clean build: it tells which files the spare holds.
    func write(
        _ prepared: PreparedSite, to output: OutputFolder, clean: Bool, stamps: InputStamps?, record: BuildRecord?,
        spare: BuildRecord?, _ report: inout BuildReport
    ) {
        let cachePath = output.kept("pages")
        let cache = clean ? BuildCache() : BuildCache.load(from: cachePath, version: Self.version)
        var next = BuildRecord(
            settings: recordSettings, stamps: stamps ?? InputStamps(site: nil, workshops: [:]),
            workshopDigests: prepared.workshopDigests.mapValues(\.description), changed: record?.changed,
            pageCount: prepared.pages.count, copyCount: prepared.copies.count, outputFiles: record?.outputFiles,
            spareFiles: record?.spareFiles)
        if !clean, Self.nothingChanged(prepared, cache: cache, output: output.path) {
            // Output/ already holds exactly this site: leave every file and the folder as they are.
            report.pagesWritten = prepared.pages.count
            report.filesCopied = prepared.copies.count
            if stamps != nil { save(next, for: output, diagnostics: report.diagnostics) }
            return
        }
        swapping(output, &report) { sink, report throws in
            let written = try emit(prepared, into: sink, cache: cache, &report)
            OutputFolder.pauseForTests(at: "written")
            try sink.writeIfChanged(OutputFolder.marker, OutputFolder.markerText)
            // A clean build sweeps whatever the record says, so it also removes files added to the spare by hand.
            let files = try sink.sweep(spareFiles: clean ? nil : spare?.spareFiles)
            report.endPhase("sweep")
            try output.commit()
            report.endPhase("swap")
            // The old output is the spare now.
            (next.outputFiles, next.spareFiles) = (files, spare?.outputFiles)
            written.save(to: cachePath, version: Self.version, pruning: true, shard: prepared.shard)
            // Which files differ from the spare is known when the last build's files were.
            let removed = Set(cache.pages.keys).subtracting(written.pages.keys)
            next.changed = cache.pages.isEmpty ? nil : Array(sink.written.union(removed))
            if stamps != nil { save(next, for: output, diagnostics: report.diagnostics) }
        }
    }

    /// Runs `body` with a sink into the staging folder, which it swaps in; any error leaves the output as it was,
    /// the record of the last build removed (the spare is no longer what it says), and is reported.
    func swapping(
        _ output: OutputFolder, _ report: inout BuildReport,
        _ body: (DiskSink, inout BuildReport) throws -> Void
    ) {
        unlink(output.kept("record"))
        BuildCache.invalidate(output.kept("pages"))
        do {
            let recycled = try output.prepareStaging()
            let sink = DiskSink(
                folder: output.staging, previousFolder: options.clean ? nil : output.path, recycled: recycled,
                writeFile: writeFile)
            try body(sink, &report)
            report.endPhase("cache")
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

    /// Saves the record of a build into `output`; a workshop with any diagnostic is not stamped, so that the
    /// next build reads it, and reports them, again.
    func save(_ record: BuildRecord, for output: OutputFolder, diagnostics: [Diagnostic]) {
        var record = record
        let workshops = options.contentPath + "/workshops/"
        for diagnostic in diagnostics {
            let path = diagnostic.location.path
            let name = path.hasPrefix(workshops) ? path.dropFirst(workshops.count).prefix { $0 != "/" } : ""
            if !name.isEmpty, path.count > workshops.count + name.count, record.stamps.workshops[String(name)] != nil {
                record.stamps.workshops[String(name)] = .some(nil)
            } else {
                // A problem in the site's own files (site.yaml, a page, the theme) is said again by every build.
                record.stamps.site = nil
            }
        }
        record.save(to: output.kept("record"))
        unlink(output.kept("cache"))
    }

    /// Whether every file the build would write has the digest the last build recorded, and no file is new or gone.
    static func nothingChanged(_ prepared: PreparedSite, cache: BuildCache, output: String) -> Bool {
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
            guard let data = try? prepared.files.read(file.source) else { return false }
            expected[file.destination] = Digest(data).description
        }
        // A file removed from Output/ by hand is put back by a real build.
        return expected == cache.pages && expected.keys.allSatisfy { access(output + "/" + $0, F_OK) == 0 }
    }
}
