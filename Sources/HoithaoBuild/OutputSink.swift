import Foundation

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
}

/// A staging folder on disk, next to the previous output whose unchanged files are hard-linked in.
struct DiskSink: OutputSink {
    let folder: String
    /// The output of the last build, or nil for a clean build.
    let previousFolder: String?
    let writeFile: @Sendable (String, Data) throws -> Void

    func write(_ path: String, _ data: Data) throws {
        let target = folder + "/" + path
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try writeFile(target, data)
    }

    func reuse(_ path: String) -> Bool {
        guard let previousFolder else { return false }
        let target = folder + "/" + path
        do {
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // A hard link keeps the inode, so the file's modification time survives the folder swap.
            return link(previousFolder + "/" + path, target) == 0
        } catch {
            return false
        }
    }

    func previous(_ path: String) -> Data? {
        previousFolder.flatMap { FileManager.default.contents(atPath: $0 + "/" + path) }
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
