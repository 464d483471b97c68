import Foundation
import HoithaoModel

/// Where a build puts its files, and how it keeps the previous build's file when nothing changed.
protocol OutputSink: Sendable {
    func write(_ path: String, _ data: Data) throws
    /// Keeps the previous build's file at `path` as it is (same bytes, same modification time);
    /// false when there is none, and the file must be written.
    func reuse(_ path: String) -> Bool
    /// The previous build's bytes at `path`, to compare a newly made file with.
    func previous(_ path: String) -> Data?
}

extension OutputSink {
    /// Writes `data` unless the previous build has the same bytes there, which are then kept untouched.
    func writeIfChanged(_ path: String, _ data: Data) throws {
        if previous(path) == data, reuse(path) { return }
        try write(path, data)
    }

    /// Writes `data` unless the last build recorded the same digest for `path` and its file is kept; returns the
    /// digest, for the next build's cache.
    func place(_ path: String, _ data: Data, cache: BuildCache) throws -> String {
        let digest = Digest(data).description
        if cache.pages[path] != digest || !reuse(path) { try write(path, data) }
        return digest
    }
}

/// Files held in memory, as `hoithao serve` keeps the site.
final class MemorySink: OutputSink, @unchecked Sendable {
    private var files: [String: Data] = [:]
    private let earlier: [String: Data]
    private let lock = NSLock()

    init(previous: [String: Data] = [:]) {
        earlier = previous
    }

    func write(_ path: String, _ data: Data) throws {
        lock.lock()
        files[path] = data
        lock.unlock()
    }

    func reuse(_ path: String) -> Bool {
        guard let data = earlier[path] else { return false }
        try? write(path, data)
        return true
    }

    func previous(_ path: String) -> Data? {
        earlier[path]
    }

    var contents: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return files
    }
}

/// What `hoithao check` keeps of the files it renders: every path, and the pages' HTML only when
/// their links are to be followed, so checking a portal with its books does not hold every PDF.
final class CheckSink: OutputSink, @unchecked Sendable {
    private var paths: Set<String> = []
    private var pages: [String: Data] = [:]
    private let keepsPages: Bool
    private let lock = NSLock()

    init(keepsPages: Bool) {
        self.keepsPages = keepsPages
    }

    func write(_ path: String, _ data: Data) throws {
        lock.withLock {
            paths.insert(path)
            if keepsPages, path.hasSuffix(".html") { pages[path] = data }
        }
    }

    func reuse(_ path: String) -> Bool { false }

    func previous(_ path: String) -> Data? { nil }

    /// Every path written, and the pages kept.
    var contents: (paths: Set<String>, pages: [String: Data]) {
        lock.withLock { (paths, pages) }
    }
}
