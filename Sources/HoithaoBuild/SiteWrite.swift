import Foundation
import HoithaoContent
import HoithaoIncremental
import HoithaoModel
import HoithaoOutput
import HoithaoRoutes

/// Writing a whole prepared site into the output folder, and what every build into a folder shares: the swap
/// into place, and the record the next build reads.
extension SiteBuilder {
    /// Writes the site into `output`, keeping what `plan` allows from the last build (nothing for a clean build).
    func write(
        _ prepared: PreparedSite, to output: OutputFolder, state: IncrementalState, stamps: InputStamps?,
        plan: IncrementalState.Plan, _ report: inout BuildReport
    ) {
        let (record, spare, clean) = (plan.record, plan.last, plan.record == nil)
        let cache = clean ? BuildCache() : state.filesCache()
        var next = state.record(stamps: stamps, workshopDigests: prepared.workshopDigests, after: record)
        (next.pageCount, next.copyCount) = (prepared.pages.count, prepared.copies.count)
        if !clean, Self.nothingChanged(prepared, cache: cache, output: output.path) {
            // Output/ already holds exactly this site: leave every file and the folder as they are.
            report.pagesWritten = prepared.pages.count
            report.filesCopied = prepared.copies.count
            if stamps != nil { save(next, state: state, diagnostics: report.diagnostics) }
            return
        }
        swapping(output, state: state, &report) { sink, report throws in
            let written = try emit(prepared, into: sink, cache: cache, &report)
            OutputFolder.pauseForTests(at: "written")
            try sink.writeIfChanged(OutputFolder.marker, OutputFolder.markerText)
            // A clean build sweeps whatever the record says, so it also removes files added to the spare by hand.
            let files = try sink.sweep(spareFiles: clean ? nil : spare?.spareFiles)
            report.endPhase(.sweep)
            try output.commit()
            report.endPhase(.swap)
            // The old output is the spare now.
            (next.outputFiles, next.spareFiles) = (files, spare?.outputFiles)
            state.save(written, pruning: true, workshops: prepared.site.workshops.map(\.slug))
            // Which files differ from the spare is known when the last build's files were.
            let removed = Set(cache.pages.keys).subtracting(written.pages.keys)
            next.changed = cache.pages.isEmpty ? nil : Array(sink.written.union(removed))
            if stamps != nil { save(next, state: state, diagnostics: report.diagnostics) }
        }
    }

    /// Runs `body` with a sink into the staging folder, which it swaps in; any error leaves the output as it was,
    /// the record of the last build removed (the spare is no longer what it says), and is reported.
    func swapping(
        _ output: OutputFolder, state: IncrementalState, _ report: inout BuildReport,
        _ body: (DiskSink, inout BuildReport) throws -> Void
    ) {
        state.invalidate()
        do {
            let recycled = try output.prepareStaging()
            let sink = DiskSink(
                folder: output.staging, previousFolder: options.clean ? nil : output.path, recycled: recycled,
                writeFile: writeFile)
            try body(sink, &report)
            report.endPhase(.cache)
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

    /// Saves the record of a build; a workshop with any diagnostic is not stamped, so that the next build reads it,
    /// and reports them, again.
    func save(_ record: BuildRecord, state: IncrementalState, diagnostics: [Diagnostic]) {
        state.save(record, diagnostics: diagnostics, workshops: options.contentPath + "/workshops/")
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
