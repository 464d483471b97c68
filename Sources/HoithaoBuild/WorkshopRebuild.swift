import Foundation
import HoithaoContent
import HoithaoIncremental
import HoithaoModel
import HoithaoOutput

extension SiteBuilder {
    /// Rebuilds only the `changed` workshops into `output`, when the last build's record shows that nothing else
    /// changed: reads the site's own files and those workshops, brings the spare up to date by copying the files
    /// the last build changed, writes what the workshops' changes change, and swaps it in.
    ///
    /// Returns false, having touched nothing, when the whole site must be built: a changed workshop's pages list
    /// something new (the home page and the feeds list every workshop), the spare is not known, or the site has
    /// search and the last build kept no search documents (the index holds every workshop's words: the others'
    /// come from there).
    func rebuildWorkshops(
        _ changed: Set<String>, into output: OutputFolder, state: IncrementalState, stamps: InputStamps,
        record: BuildRecord, _ report: inout BuildReport
    ) -> Bool {
        var attempt = report
        attempt.pagesWritten = record.pageCount
        attempt.filesCopied = record.copyCount
        attempt.workshopsRead = changed.sorted()
        if changed.isEmpty {
            report = attempt
            return true
        }
        let papers = state.paperCache(siteFile: siteFile)
        guard var prepared = prepare(papers: papers, only: changed, &attempt) else {
            // The errors are the same as a whole build's: the other workshops had none.
            report = attempt
            return true
        }
        guard IncrementalState.onlyWorkshopsChange(changed, digests: prepared.workshopDigests, record: record) else {
            return false
        }
        var next = record
        next.stamps = stamps
        let workshops = prepared.site.workshops.map(\.slug)
        var cache = state.filesCache(workshops: workshops)
        if workshops.isEmpty || Self.nothingChanged(prepared, cache: cache, output: output.path) {
            save(next, state: state, diagnostics: attempt.diagnostics)
            report = attempt
            return true
        }
        guard let differences = record.changed, FileManager.default.fileExists(atPath: output.spare) else {
            return false
        }
        if prepared.site.config.search {
            guard
                let index = SearchDocuments.group(
                    rebuilding: prepared.site, theme: prepared.theme, store: state.searchDocuments)
            else { return false }
            prepared.generated.append(index)
            // The index's files as the last build wrote them: only the changed ones are written, the gone removed.
            cache.pages.merge(state.filesCache(workshops: [], search: true).pages) { first, _ in first }
        }
        swapping(output, state: state, &attempt) { sink, report throws in
            guard sink.recycled else { throw POSIXError(errno: ENOENT, path: output.spare) }
            try sink.catchUp(with: differences)
            report.endPhase(.catchUp)
            let written = try emit(prepared, into: sink, cache: cache, &report)
            let removed = Set(cache.pages.keys).subtracting(written.pages.keys)
            try sink.remove(Array(removed))
            try output.commit()
            report.endPhase(.swap)
            state.save(written, pruning: false, workshops: workshops)
            papers.save(pruning: false)
            next.changed = Array(sink.written.union(removed))
            // The output has the same files as before unless some went or came; the old output is the spare now.
            let sameFiles = removed.isEmpty && sink.written.allSatisfy { cache.pages[$0] != nil }
            (next.outputFiles, next.spareFiles) = (sameFiles ? record.outputFiles : nil, record.outputFiles)
            save(next, state: state, diagnostics: report.diagnostics)
        }
        attempt.pagesWritten = record.pageCount
        attempt.filesCopied = record.copyCount
        report = attempt
        return true
    }
}
