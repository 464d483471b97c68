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
    private let folders = CreatedFolders()

    init(folder: String, previousFolder: String?, writeFile: @escaping @Sendable (String, Data) throws -> Void) {
        self.folder = folder
        self.previousFolder = previousFolder
        self.writeFile = writeFile
    }

    func write(_ path: String, _ data: Data) throws {
        try folders.ensure(parentOf: folder + "/" + path)
        try writeFile(folder + "/" + path, data)
    }

    func reuse(_ path: String) -> Bool {
        guard let previousFolder, (try? folders.ensure(parentOf: folder + "/" + path)) != nil else { return false }
        // A hard link keeps the inode, so the file's modification time survives the folder swap.
        return link(previousFolder + "/" + path, folder + "/" + path) == 0
    }

    func previous(_ path: String) -> Data? {
        previousFolder.flatMap { FileManager.default.contents(atPath: $0 + "/" + path) }
    }
}

/// The folders a build has made, so each is made once however many files go into it.
private final class CreatedFolders: @unchecked Sendable {
    private var made: Set<String> = []
    private let lock = NSLock()

    func ensure(parentOf path: String) throws {
        try ensure(folder: (path as NSString).deletingLastPathComponent)
    }

    /// One `mkdir` for a folder whose parent exists, which is the usual case; its parents first otherwise.
    private func ensure(folder: String) throws {
        if lock.withLock({ made.contains(folder) }) { return }
        if mkdir(folder, 0o755) != 0 {
            switch errno {
            case EEXIST: break
            case ENOENT:
                try ensure(folder: (folder as NSString).deletingLastPathComponent)
                if mkdir(folder, 0o755) != 0, errno != EEXIST { throw POSIXError(errno: errno, path: folder) }
            default: throw POSIXError(errno: errno, path: folder)
            }
        }
        lock.withLock { _ = made.insert(folder) }
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
