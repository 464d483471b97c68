import Foundation
import HoithaoModel

/// Papers read in the last build, kept so that an unchanged paper is not parsed and rendered again.
///
/// A paper is looked up by its path and the digest of its file's bytes, so any change to the file, whatever
/// its timestamps say, reads it again; reading a file costs little next to parsing and rendering it. Only papers that loaded without any diagnostic and offer no file of
/// their own are kept, so every message is still reported by every build. The papers are kept in one file
/// per workshop, read while the workshops load on all cores and written only when they changed. Only saves
/// time: a missing, stale or corrupt cache makes the build read the papers.
public final class PaperCache: @unchecked Sendable {
    /// What the cached papers were read with; a cache made with other settings is not used.
    public let settings: String
    /// The folder of the workshops' files, or nil for a cache held in memory (`serve`).
    private let folder: String?
    private var workshops: [String: WorkshopPapers] = [:]
    private var carried: [String: [String: WorkshopPapers.Entry]] = [:]
    private let lock = NSLock()

    /// A cache kept in `folder` (read as needed), or in memory when `folder` is nil.
    public init(settings: String, folder: String? = nil) {
        self.settings = settings
        self.folder = folder
    }

    /// The cached papers of the workshop in the folder named `slug`, read from disk the first time.
    public func papers(of slug: String) -> WorkshopPapers {
        if let papers = lock.withLock({ workshops[slug] }) { return papers }
        let previous = lock.withLock({ carried[slug] }) ?? folder.map { load($0 + "/" + slug) } ?? [:]
        let papers = WorkshopPapers(previous: previous)
        return lock.withLock {
            if let existing = workshops[slug] { return existing }
            workshops[slug] = papers
            return papers
        }
    }

    /// A cache whose papers are the ones this build used: for the next build in the same process (`serve`).
    public func carriedOver() -> PaperCache {
        let next = PaperCache(settings: settings)
        next.carried = lock.withLock { workshops.mapValues(\.current) }
        return next
    }

    /// Writes the workshops whose papers changed, and removes the files of workshops that are gone (unless
    /// `pruning` is false: the build read only some workshops); failing to only costs the next build time.
    public func save(pruning: Bool = true) {
        guard let folder else { return }
        let workshops = lock.withLock { self.workshops }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stale = pruning ? (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] : []
        for name in stale where workshops[name] == nil {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        let changed = workshops.filter { $0.value.changed }.sorted { $0.key < $1.key }
        _ = Parallel.map(changed.count) { index in
            let (slug, papers) = changed[index]
            var writer = CacheWriter()
            writer.string("hoithao-papers")
            writer.string(settings)
            let entries = papers.current
            writer.integer(entries.count)
            for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
                writer.string(path)
                writer.entry(entry)
            }
            let path = folder + "/" + slug
            if (try? Data(writer.bytes).write(to: URL(fileURLWithPath: path + ".tmp"))) != nil {
                _ = rename(path + ".tmp", path)
            }
        }
    }

    /// The entries saved at `path` with the same settings; none when it is missing, other or corrupt.
    private func load(_ path: String) -> [String: WorkshopPapers.Entry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        var reader = CacheReader(data)
        guard reader.string() == "hoithao-papers", reader.string() == settings, let count = reader.integer() else {
            return [:]
        }
        var entries: [String: WorkshopPapers.Entry] = [:]
        for _ in 0..<max(0, min(count, data.count)) {
            guard let path = reader.string(), let entry = reader.entry() else { return [:] }
            entries[path] = entry
        }
        return entries
    }
}

/// One workshop's cached papers: those of the last build, and those this build used or read.
public final class WorkshopPapers: @unchecked Sendable {
    /// One paper as the cache keeps it, with the digests of its text, front matter and body.
    public struct Entry {
        /// The digest of the file's bytes, as read.
        var file: Digest
        public var paper: Paper
        var text: Digest
        var front: Digest
        var body: Digest

        /// What the build records of the paper's file.
        public var digests: FileDigests { FileDigests(text: text, front: front, body: body) }

        /// A paper read from a file with these bytes (`file`) and digests; nil when its digests have no front
        /// matter and body.
        public init?(file: Digest, paper: Paper, digests: FileDigests) {
            guard let markdown = digests.markdown else { return nil }
            self.init(file: file, paper: paper, text: digests.text, front: markdown.front, body: markdown.body)
        }

        init(file: Digest, paper: Paper, text: Digest, front: Digest, body: Digest) {
            (self.file, self.paper, self.text, self.front, self.body) = (file, paper, text, front, body)
        }
    }

    private let previous: [String: Entry]
    private var used: [String: Entry] = [:]
    private var added = false
    private let lock = NSLock()

    init(previous: [String: Entry]) {
        self.previous = previous
    }

    /// The paper at `path` if it is cached for a file with these bytes.
    public func entry(at path: String, file: Digest) -> Entry? {
        guard let entry = previous[path], entry.file == file else { return nil }
        lock.withLock { used[path] = entry }
        return entry
    }

    /// Keeps the paper read at `path` for the next build.
    public func store(_ entry: Entry, at path: String) {
        lock.withLock {
            used[path] = entry
            added = true
        }
    }

    var current: [String: Entry] { lock.withLock { used } }

    /// Whether the saved file would differ from the one read.
    var changed: Bool { lock.withLock { added || used.count != previous.count } }
}
