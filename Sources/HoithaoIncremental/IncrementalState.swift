import Foundation
import HoithaoModel
import HoithaoOutput

/// What a build into an output folder keeps for the next one, beside it in `.hoithao-cache/`: the record, the
/// pages' and made files' digests, and the papers read. The build's one way in: it asks what changed and what
/// must be made, and never how any of it is stored.
public struct IncrementalState {
    public let settings: BuildSettings
    let output: OutputFolder

    public init(output: OutputFolder, settings: BuildSettings) {
        self.output = output
        self.settings = settings
    }

    private var version: String { settings[.hoithaoVersion] }
    private var recordPath: String { output.kept("record") }
    private var cachePath: String { output.kept("pages") }

    /// What the last build into this folder leaves to this one.
    public struct Plan {
        /// The last successful build's record, even for a clean build: it tells which files the spare holds.
        public let last: BuildRecord?
        /// The record to build on; nil for a clean build.
        public let record: BuildRecord?
        /// The workshops whose files may have changed, when nothing else did; nil when the whole site is read.
        public let changedWorkshops: Set<String>?
    }

    /// What changed since the last build, from the stamps taken before any file was read (nil when the files are
    /// not on disk) and whether the build is clean.
    public func plan(stamps: InputStamps?, clean: Bool) -> Plan {
        let last = BuildRecord.load(from: recordPath, version: version)
        let record = clean ? nil : last
        let changed = stamps.flatMap { record?.changedWorkshops(now: $0, settings: settings.stamp) }
        return Plan(last: last, record: record, changedWorkshops: changed)
    }

    /// Whether a build that read only `changed` workshops may write only theirs: each one's pages list what they
    /// listed (the home page and the feeds list every workshop).
    public static func onlyWorkshopsChange(_ changed: Set<String>, digests: [String: Digest], record: BuildRecord)
        -> Bool
    {
        changed.allSatisfy { digests[$0]?.description == record.workshopDigests[$0] }
    }

    /// The papers the last build read, when the papers are read with the same settings and `site.yaml` (its
    /// bytes, `siteFile`).
    public func paperCache(siteFile: Data) -> PaperCache {
        PaperCache(settings: Self.paperKey(settings, siteFile: siteFile), folder: output.kept("papers"))
    }

    /// What papers are read with: a cache made with another key is not used.
    public static func paperKey(_ settings: BuildSettings, siteFile: Data) -> String {
        "\(settings.digest(reaching: .papers)) site=\(Digest(siteFile))"
    }

    /// The digests of the files the last build wrote: those of the `workshops` named (by folder), or all.
    /// With `search`, also the search index's files.
    public func filesCache(workshops: [String]? = nil, search: Bool = false) -> BuildCache {
        let shards = workshops.map { $0.map(BuildCache.shard(workshop:)) + (search ? [BuildCache.searchShard] : []) }
        return BuildCache.load(from: cachePath, version: version, shards: shards)
    }

    /// The search documents the last build that made the index kept, for a build of some workshops.
    public var searchDocuments: SearchDocumentStore {
        SearchDocumentStore(folder: output.kept("search"), version: version)
    }

    /// Keeps `cache` for the next build, the files of each of the site's `workshops` apart from the others';
    /// `pruning` removes what the last build kept of workshops that have no file now.
    public func save(_ cache: BuildCache, pruning: Bool, workshops: [String]) {
        cache.save(to: cachePath, version: version, pruning: pruning, shard: BuildCache.sharding(workshops: workshops))
    }

    /// Forgets the record and marks the files' digests as not describing the output, before the output changes:
    /// a build that fails or is killed leaves nothing to trust.
    public func invalidate() {
        unlink(recordPath)
        BuildCache.invalidate(cachePath)
    }

    /// A record of this build, made with these settings and stamps.
    public func record(stamps: InputStamps?, workshopDigests: [String: Digest], after last: BuildRecord?)
        -> BuildRecord
    {
        BuildRecord(
            settings: settings.stamp, stamps: stamps ?? InputStamps(site: nil, workshops: [:]),
            workshopDigests: workshopDigests.mapValues(\.description), changed: last?.changed, pageCount: 0,
            copyCount: 0, outputFiles: last?.outputFiles, spareFiles: last?.spareFiles)
    }

    /// Saves the record of a build; a workshop (a folder of `workshops`) with any diagnostic is not stamped, so
    /// that the next build reads it, and reports them, again.
    public func save(_ record: BuildRecord, diagnostics: [Diagnostic], workshops: String) {
        var record = record
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
        record.save(to: recordPath, version: version)
        // The file of a version that kept the files' digests in one.
        unlink(output.kept("cache"))
    }
}
