import Foundation
import HoithaoIncremental
import HoithaoModel
import HoithaoOutput

/// Files generated together from the same inputs: the site's feeds, or one workshop's calendars and citations.
struct GeneratedGroup: Sendable {
    let name: String
    /// What the files are made from; while it is unchanged, the last build's files are kept without making them
    /// again. Nil for files cheap enough to make in every build.
    let digest: Digest?
    let make: @Sendable () -> [(path: String, text: String)]

    /// The last build's files of this group, when its inputs have not changed since.
    func unchangedPaths(in cache: BuildCache) -> [String]? {
        guard let digest, let previous = cache.groups[name], previous.digest == digest.description else { return nil }
        return previous.paths
    }
}

/// Puts generated files into the output, on all cores.
enum GeneratedFileWriter {
    /// Each group's files, kept from the last build or made and written; returns the cache entries of the files
    /// and of the groups.
    static func emit(_ groups: [GeneratedGroup], cache: BuildCache, into sink: some OutputSink) throws
        -> (files: [String: String], groups: [String: BuildCache.Group])
    {
        let outcomes = Parallel.map(groups.count) { index in
            Result { try emit(groups[index], cache: cache, into: sink) }
        }
        var files: [String: String] = [:]
        var records: [String: BuildCache.Group] = [:]
        for (group, outcome) in zip(groups, outcomes) {
            let placed = try outcome.get()
            files.merge(placed) { _, new in new }
            if let digest = group.digest {
                records[group.name] = BuildCache.Group(digest: digest.description, paths: placed.keys.sorted())
            }
        }
        return (files, records)
    }

    private static func emit(_ group: GeneratedGroup, cache: BuildCache, into sink: some OutputSink) throws
        -> [String: String]
    {
        if let paths = group.unchangedPaths(in: cache), paths.allSatisfy(sink.reuse) {
            return Dictionary(uniqueKeysWithValues: paths.map { ($0, cache.pages[$0] ?? "") })
        }
        var placed: [String: String] = [:]
        for (path, text) in group.make() {
            placed[path] = try sink.place(path, Data(text.utf8), recorded: cache.pages[path])
        }
        return placed
    }
}
