import Foundation
import HoithaoModel
import HoithaoSystem

/// A staging folder on disk, next to the previous output whose unchanged files are copied in with their
/// modification times.
///
/// The staging folder may be a recycled older build: its files are then written over in place, kept when
/// they already are a copy of the previous output's file, and those this build does not make are swept away.
public struct DiskSink: OutputSink {
    /// The staging folder the files go into.
    public let folder: String
    /// The output of the last build, or nil for a clean build.
    public let previousFolder: String?
    /// Whether `folder` starts with an older build's files in it.
    public let recycled: Bool
    /// Writes one file; nil for `FastFiles.write`.
    let writeFile: (@Sendable (String, Data) throws -> Void)?
    private let folders: CreatedFolders
    private let placed = PlacedFiles()

    public init(
        folder: String, previousFolder: String?, recycled: Bool,
        writeFile: (@Sendable (String, Data) throws -> Void)? = nil
    ) {
        self.folder = folder
        self.previousFolder = previousFolder
        self.recycled = recycled
        self.writeFile = writeFile
        folders = CreatedFolders(recycled: recycled)
    }

    /// The files this build wrote anew, rather than kept from the previous output.
    public var written: Set<String> { wrote.all }
    private let wrote = PlacedFiles()

    public func write(_ path: String, _ data: Data) throws {
        try store(path, data)
        wrote.insert(path)
    }

    /// Writes one file into the folder.
    private func store(_ path: String, _ data: Data) throws {
        let target = folder + "/" + path
        try folders.ensure(parentOf: target)
        placed.insert(path)
        guard let writeFile else { return try FastFiles.write(data, to: target) }
        // `FastFiles.write` replaces a folder, or a file shared with the previous output (a hard link, as earlier
        // versions made), rather than write into it; another writer is given a path where neither is.
        var info = stat()
        if recycled, lstat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG || info.st_nlink > 1 {
            try FastFiles.removeTree(target)
        }
        try writeFile(target, data)
    }

    public func reuse(_ path: String) -> Bool {
        let target = folder + "/" + path
        guard let previousFolder, (try? folders.ensure(parentOf: target)) != nil else { return false }
        let source = previousFolder + "/" + path
        var original = stat()
        guard lstat(source, &original) == 0, (original.st_mode & S_IFMT) == S_IFREG else { return false }
        var current = stat()
        if recycled, lstat(target, &current) == 0, (current.st_mode & S_IFMT) == S_IFREG, current.st_nlink == 1,
            current.st_size == original.st_size,
            Platform.modified(current).tv_sec == Platform.modified(original).tv_sec,
            Platform.modified(current).tv_nsec == Platform.modified(original).tv_nsec
        {
            // Already a copy of it: every copy is given its original's modification time, to the nanosecond.
            placed.insert(path)
            return true
        }
        // Copied with its modification time, so `rsync` sees it unchanged. Copying into the recycled file rather
        // than linking to the previous output keeps every file of the spare free to be written over next time.
        guard let data = FileManager.default.contents(atPath: source), (try? store(path, data)) != nil else {
            return false
        }
        var times = [Platform.accessed(original), Platform.modified(original)]
        return utimensat(AT_FDCWD, target, &times, AT_SYMLINK_NOFOLLOW) == 0
    }

    public func previous(_ path: String) -> Data? {
        previousFolder.flatMap { FileManager.default.contents(atPath: $0 + "/" + path) }
    }

    /// Makes the recycled folder a copy of the previous output, given the only files that differ between them:
    /// those gone from the output are removed, the others copied with their modification times.
    public func catchUp(with changed: [String]) throws {
        guard let previousFolder else { return }
        // A path that is no file in the output any more (gone, or a folder now: its files are listed too) goes.
        let isFile = changed.map { path in
            var info = stat()
            return lstat(previousFolder + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        }
        try remove(zip(changed, isFile).filter { !$0.1 }.map(\.0))
        let files = zip(changed, isFile).filter(\.1).map(\.0)
        let copied = Parallel.map(files.count) { index in reuse(files[index]) }
        if let failed = zip(files, copied).first(where: { !$0.1 })?.0 {
            throw POSIXError(errno: EIO, path: folder + "/" + failed)
        }
    }

    /// Removes files from the folder, and the folders they leave empty (a build makes no empty folder).
    public func remove(_ paths: [String]) throws {
        for path in paths {
            try FastFiles.removeTree(folder + "/" + path)
            var parent = Substring(path)
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                if rmdir(folder + "/" + parent) != 0 { break }
            }
        }
    }

    /// Removes what a recycled folder still holds from its older build and this build did not make.
    /// Files as one digest that does not depend on their order.
    private static func digest(of paths: Set<String>) -> String {
        var total: UInt64 = 0
        for path in paths { total &+= Digest(path).value }
        var digest = Digest(value: UInt64(paths.count))
        digest.add(Digest(value: total))
        return digest.description
    }

    /// Sweeps the folder, unless it was recycled from a build whose files (`spareFiles`, as this returned them)
    /// are the ones this build placed: then it holds nothing else. Returns the digest of the files placed.
    @discardableResult
    public func sweep(spareFiles: String?) throws -> String {
        let kept = placed.all
        let files = Self.digest(of: kept)
        guard recycled, spareFiles != files else { return files }
        // Each top-level folder (a workshop, most of the site) is swept on its own core.
        let entries = try FastFiles.entries(of: folder)
        let outcomes = Parallel.map(entries.count) { index in
            Result { try sweep(entry: entries[index], in: folder, relative: "", keeping: kept) }
        }
        for outcome in outcomes { _ = try outcome.get() }
        return files
    }

    /// Sweeps one entry of the folder at `path`; returns whether it is kept.
    private func sweep(
        entry: (name: String, isFolder: Bool), in path: String, relative: String, keeping kept: Set<String>
    ) throws -> Bool {
        let full = path + "/" + entry.name
        let name = relative.isEmpty ? entry.name : relative + "/" + entry.name
        if entry.isFolder {
            var keep = false
            for inner in try FastFiles.entries(of: full)
            where try sweep(entry: inner, in: full, relative: name, keeping: kept) {
                keep = true
            }
            if !keep { try FastFiles.removeTree(full) }
            return keep
        }
        if kept.contains(name) { return true }
        guard unlink(full) == 0 else { throw POSIXError(errno: errno, path: full) }
        return false
    }
}

/// The paths a build has put into a recycled folder, so the rest can be swept.
private final class PlacedFiles: @unchecked Sendable {
    private var paths: Set<String> = []
    private let lock = NSLock()

    func insert(_ path: String) {
        lock.withLock { _ = paths.insert(path) }
    }

    var all: Set<String> {
        lock.withLock { paths }
    }
}

/// The folders a build has made, so each is made once however many files go into it.
private final class CreatedFolders: @unchecked Sendable {
    private var made: Set<String> = []
    private let lock = NSLock()
    /// Whether the folders may already exist, possibly as files of an older build.
    private let recycled: Bool

    init(recycled: Bool) {
        self.recycled = recycled
    }

    func ensure(parentOf path: String) throws {
        try ensure(folder: Self.parent(of: path))
    }

    /// The folder part of a path (Foundation's `deletingLastPathComponent` was a hot spot).
    private static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// One `mkdir` for a folder whose parent exists, which is the usual case; its parents first otherwise.
    private func ensure(folder: String) throws {
        if lock.withLock({ made.contains(folder) }) { return }
        if mkdir(folder, 0o755) != 0 {
            switch errno {
            case EEXIST:
                var info = stat()
                if recycled, lstat(folder, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
                    try FastFiles.removeTree(folder)
                    if mkdir(folder, 0o755) != 0 { throw POSIXError(errno: errno, path: folder) }
                }
            case ENOENT:
                try ensure(folder: Self.parent(of: folder))
                if mkdir(folder, 0o755) != 0, errno != EEXIST { throw POSIXError(errno: errno, path: folder) }
            default: throw POSIXError(errno: errno, path: folder)
            }
        }
        lock.withLock { _ = made.insert(folder) }
    }
}
