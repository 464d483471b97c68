import Foundation
import HoithaoModel

/// Where a build puts its files, and how it keeps the previous build's file when nothing changed.
public protocol OutputSink: Sendable {
    /// Writes `data` as the file at `path`, relative to the output, with `/` separators.
    func write(_ path: String, _ data: Data) throws
    /// Keeps the previous build's file at `path` as it is (same bytes, same modification time);
    /// false when there is none, and the file must be written.
    func reuse(_ path: String) -> Bool
    /// The previous build's bytes at `path`, to compare a newly made file with.
    func previous(_ path: String) -> Data?
}

extension OutputSink {
    /// Writes `data` unless the previous build has the same bytes there, which are then kept untouched.
    public func writeIfChanged(_ path: String, _ data: Data) throws {
        if previous(path) == data, reuse(path) { return }
        try write(path, data)
    }

    /// Writes `data` unless the last build `recorded` the same digest for `path` and its file is kept; returns the
    /// digest, for the next build to record.
    public func place(_ path: String, _ data: Data, recorded: String?) throws -> String {
        let digest = Digest(data).description
        if recorded != digest || !reuse(path) { try write(path, data) }
        return digest
    }
}

/// Files held in memory, as `hoithao serve` keeps the site.
public final class MemorySink: OutputSink, @unchecked Sendable {
    private var files: [String: Data] = [:]
    private let earlier: [String: Data]
    private let lock = NSLock()

    /// A sink whose previous build is `previous`, by output path.
    public init(previous: [String: Data] = [:]) {
        earlier = previous
    }

    public func write(_ path: String, _ data: Data) throws {
        lock.lock()
        files[path] = data
        lock.unlock()
    }

    public func reuse(_ path: String) -> Bool {
        guard let data = earlier[path] else { return false }
        try? write(path, data)
        return true
    }

    public func previous(_ path: String) -> Data? {
        earlier[path]
    }

    /// The files this build placed, by output path.
    public var contents: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return files
    }
}

/// What `hoithao check` keeps of the files it renders: every path, and the pages' HTML only when
/// their links are to be followed, so checking a portal with its books does not hold every PDF.
public final class CheckSink: OutputSink, @unchecked Sendable {
    private var paths: Set<String> = []
    private var pages: [String: Data] = [:]
    private let keepsPages: Bool
    private let lock = NSLock()

    /// `keepsPages`: whether the pages' HTML is kept, for their links to be followed.
    public init(keepsPages: Bool) {
        self.keepsPages = keepsPages
    }

    public func write(_ path: String, _ data: Data) throws {
        lock.withLock {
            paths.insert(path)
            if keepsPages, path.hasSuffix(".html") { pages[path] = data }
        }
    }

    public func reuse(_ path: String) -> Bool { false }

    public func previous(_ path: String) -> Data? { nil }

    /// Every path written, and the pages kept.
    public var contents: (paths: Set<String>, pages: [String: Data]) {
        lock.withLock { (paths, pages) }
    }
}
