import Foundation
import HoithaoModel
import HoithaoOutput
import HoithaoRoutes
import HoithaoSystem

/// The digest each file had when it was last written, kept in `.hoithao-cache/` beside the output.
///
/// Kept in one file per shard: the site's own files, and each workshop's, so that a build that rebuilds one
/// workshop reads and writes only that workshop's. Only saves time: a missing, stale or corrupt cache makes the
/// build render everything again.
public struct BuildCache: Sendable {
    /// The digest of each file by its path in the output.
    public var pages: [String: String] = [:]
    /// Each group of generated files by name: the digest of its inputs and the files it made.
    public var groups: [String: Group] = [:]

    public init() {}

    /// A group of generated files, as the cache keeps it.
    public struct Group: Equatable, Sendable {
        public var digest: String
        public var paths: [String]

        public init(digest: String, paths: [String]) {
            self.digest = digest
            self.paths = paths
        }
    }

    /// The shard of the site's own files.
    static let siteShard = "site"

    /// The shard of the search index's files, apart from the site's so that a build of some workshops, which
    /// makes the index again, reads and writes it.
    static let searchShard = "search"

    /// Whether `path` is one of the search index's files (the search page is the site's).
    static func isSearchIndex(_ path: some StringProtocol) -> Bool {
        path.hasPrefix(Routes.searchFolder + "/") && path.hasSuffix(".js")
    }

    /// The shard of a workshop's files.
    static func shard(workshop slug: String) -> String { "workshop-" + slug }

    /// The shard each written file belongs to: its workshop's when it is under one of `workshops`' folders (where
    /// `WorkshopRoutes` puts every file of a workshop), the site's otherwise (no page or static file shares a
    /// workshop's name: the build's validator sees to it). Each shard is named once, not for each file.
    static func sharding(workshops: [String]) -> @Sendable (String) -> String {
        let shards = Dictionary(workshops.map { ($0, shard(workshop: $0)) }) { first, _ in first }
        return { path in
            guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return siteShard }
            if isSearchIndex(path) { return searchShard }
            return shards[String(path[..<slash])] ?? siteShard
        }
    }

    /// The shards saved in `folder` by the same Hoithao version (all of them when `shards` is nil), merged; an
    /// empty cache when any is unreadable. A shard is a line `hoithao-cache <version>`, one `digest<TAB>path`
    /// line per file, and one `group<TAB>digest<TAB>name<TAB>path…` line per group of generated files.
    static func load(from folder: String, version: String, shards: [String]? = nil) -> BuildCache {
        guard access(folder + "/" + completeMarker, F_OK) == 0,
            let names = shards ?? folderEntries(folder)?.map(\.name).filter({ !$0.hasPrefix(".") })
        else {
            return BuildCache()
        }
        let parts = Parallel.map(names.count) { index in
            FileManager.default.contents(atPath: folder + "/" + names[index]).flatMap { parse($0, version: version) }
        }
        var cache = BuildCache()
        cache.pages.reserveCapacity(parts.reduce(0) { $0 + ($1?.pages.count ?? 0) })
        for part in parts {
            guard let part else { return BuildCache() }
            cache.pages.merge(part.pages) { first, _ in first }
            cache.groups.merge(part.groups) { first, _ in first }
        }
        return cache
    }

    private static func parse(_ data: Data, version: String) -> BuildCache? {
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n")
        // The last line counts the others: a shard cut short, or written over a longer one that was left in
        // place (shards are written over in place), is not read.
        guard lines.first == "hoithao-cache \(version)"[...], lines.last == "end \(lines.count)"[...] else {
            return nil
        }
        var cache = BuildCache()
        cache.pages.reserveCapacity(lines.count)
        for line in lines.dropFirst().dropLast() {
            if line.hasPrefix("group\t") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 3 else { return nil }
                cache.groups[fields[2]] = Group(digest: fields[1], paths: Array(fields.dropFirst(3)))
                continue
            }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            cache.pages[String(parts[1])] = String(parts[0])
        }
        return cache
    }

    /// A file in the cache's folder while its shards describe the output: removed before a build swaps a new
    /// output in, made again once every shard is saved, so a build killed in between leaves no cache to trust.
    static let completeMarker = ".complete"

    /// Marks the cache in `folder` as not describing the output, until the next `save`.
    static func invalidate(_ folder: String) {
        unlink(folder + "/" + completeMarker)
    }

    /// Saves the cache into `folder`, one file per shard (`shard(path)` tells a file's; a group's is its
    /// workshop's). With `pruning`, the shards that have no file any more are removed. Failing to save only
    /// costs the next build time, so errors are ignored.
    func save(to folder: String, version: String, pruning: Bool, shard: (String) -> String) {
        // Each shard's lines are written straight into its bytes, in no particular order: a cache is only ever
        // read back into a dictionary.
        let header = Array("hoithao-cache \(version)\n".utf8)
        var shards: [String: [UInt8]] = [:]
        for (file, digest) in pages where !file.utf8.contains(UInt8(ascii: "\n")) {
            shards[shard(file), default: header].append(line: digest, file)
        }
        for (name, group) in groups.sorted(by: { $0.key < $1.key })
        where !(group.paths + [name]).contains(where: { $0.utf8.contains { $0 == 0x0A || $0 == 0x09 } }) {
            let owner =
                name.hasPrefix("workshop/")
                ? Self.shard(workshop: String(name.dropFirst(9)))
                : name == Self.searchShard ? Self.searchShard : Self.siteShard
            shards[owner, default: header].append(line: ["group", group.digest, name] + group.paths)
        }
        if (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) == nil {
            // A file left by a version that kept the cache in one file.
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        if pruning {
            for name in (folderEntries(folder) ?? []).map(\.name) where shards[name] == nil && !name.hasPrefix(".") {
                unlink(folder + "/" + name)
            }
        }
        // Written over in place, not renamed into place: a new file for each shard in each build made the file
        // system look through every recently deleted inode (see `OutputFolder.spare`).
        let files = Array(shards)
        _ = Parallel.map(files.count) { index in
            var bytes = files[index].value
            let lines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } + 1
            bytes.append(contentsOf: "end \(lines)\n".utf8)
            try? FastFiles.write(Data(bytes), to: folder + "/" + files[index].key)
        }
        try? FastFiles.write(Data(), to: folder + "/" + Self.completeMarker)
    }
}

extension Array where Element == UInt8 {
    /// Appends `digest<TAB>path` and a line end.
    fileprivate mutating func append(line digest: String, _ path: String) {
        append(contentsOf: digest.utf8)
        append(UInt8(ascii: "\t"))
        append(contentsOf: path.utf8)
        append(UInt8(ascii: "\n"))
    }

    /// Appends `fields` joined by tabs, and a line end.
    fileprivate mutating func append(line fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { append(UInt8(ascii: "\t")) }
            append(contentsOf: field.utf8)
        }
        append(UInt8(ascii: "\n"))
    }
}
