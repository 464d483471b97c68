import Foundation
import HoithaoSystem

/// Reading the content folder, behind a few closures so tests can use files held in memory.
public struct FileAccess: Sendable {
    /// One entry of a folder listing.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var isDirectory: Bool
        public var byteCount: Int
        /// For a symbolic link, the absolute path it resolves to, or "" when it cannot be resolved (broken, a loop).
        public var linkTarget: String?

        public init(name: String, isDirectory: Bool, byteCount: Int, linkTarget: String? = nil) {
            self.name = name
            self.isDirectory = isDirectory
            self.byteCount = byteCount
            self.linkTarget = linkTarget
        }
    }

    public var read: @Sendable (String) throws -> Data
    /// The entries of a folder, or nil when there is no folder at that path.
    public var list: @Sendable (String) throws -> [Entry]?
    /// Whether this is the real file system, read as it is, so that files' stamps tell what it holds.
    public var isDisk = false
    /// For a confined access, the links it refused to follow.
    public var refusals: RefusalLog?

    public init(
        read: @escaping @Sendable (String) throws -> Data, list: @escaping @Sendable (String) throws -> [Entry]?
    ) {
        self.read = read
        self.list = list
    }

    /// Whether `path` names a file that can be read.
    public func fileExists(_ path: String) -> Bool {
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let entries = (try? list(parent.isEmpty ? "." : parent)) ?? nil
        return entries?.contains { $0.name == name && !$0.isDirectory } ?? false
    }

    /// The real file system: one `lstat` per entry, and a `stat` and `realpath` only for links.
    public static let disk: FileAccess = {
        var access = plainDisk
        access.isDisk = true
        return access
    }()

    private static let plainDisk = FileAccess(
        read: { path in try readFile(path) },
        list: { path in
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
            guard let entries = folderEntries(path) else {
                throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            return entries.map(\.name).sorted().map { name in
                let full = path.hasSuffix("/") ? path + name : path + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else { return Entry(name: name, isDirectory: false, byteCount: 0) }
                guard (info.st_mode & S_IFMT) == S_IFLNK else {
                    return Entry(
                        name: name, isDirectory: (info.st_mode & S_IFMT) == S_IFDIR, byteCount: Int(info.st_size))
                }
                // A link is reported with where it leads, so the loader can refuse one that leaves the content.
                var target = stat()
                let resolves = stat(full, &target) == 0
                return Entry(
                    name: name, isDirectory: resolves && (target.st_mode & S_IFMT) == S_IFDIR,
                    byteCount: resolves ? Int(target.st_size) : 0, linkTarget: realPath(full) ?? "")
            }
        }
    )

    /// Files held in memory, keyed by path with `/` separators; folders are implied by the paths.
    public static func memory(_ files: [String: Data]) -> FileAccess {
        FileAccess(
            read: { path in
                guard let data = files[normalize(path)] else {
                    throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
                }
                return data
            },
            list: { path in
                let prefix = normalize(path).isEmpty ? "" : normalize(path) + "/"
                var entries: [String: Entry] = [:]
                for (filePath, data) in files where filePath.hasPrefix(prefix) {
                    let rest = filePath.dropFirst(prefix.count)
                    if let slash = rest.firstIndex(of: "/") {
                        let name = String(rest[..<slash])
                        entries[name] = Entry(name: name, isDirectory: true, byteCount: 0)
                    } else {
                        entries[String(rest)] = Entry(name: String(rest), isDirectory: false, byteCount: data.count)
                    }
                }
                return entries.isEmpty ? nil : entries.values.sorted { $0.name < $1.name }
            }
        )
    }

    private static func normalize(_ path: String) -> String {
        var result = path
        while result.hasPrefix("./") { result.removeFirst(2) }
        while result.hasSuffix("/") { result.removeLast() }
        return result == "." ? "" : result
    }
}

/// The absolute path with every link resolved, or nil for a broken link or a loop.
func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}

/// A whole file's bytes through `open` and `read`: Foundation's `Data(contentsOf:)` was a twentieth of an
/// incremental build that reads 10,000 papers. Unless `followingLink`, a link in its place is not opened.
func readFile(_ path: String, followingLink: Bool = true) throws -> Data {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW))
    guard descriptor >= 0 else {
        let code: CocoaError.Code =
            errno == ENOENT ? .fileReadNoSuchFile : errno == EACCES ? .fileReadNoPermission : .fileReadUnknown
        throw CocoaError(code, userInfo: [NSFilePathErrorKey: path])
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
        throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
    }
    // One byte more than the file, so that reading it whole ends with a read of nothing, not a larger buffer.
    var data = Data(count: Int(info.st_size) + 1)
    var total = 0
    while true {
        let count = data.withUnsafeMutableBytes { buffer -> Int in
            guard total < buffer.count, let base = buffer.baseAddress else { return 0 }
            return read(descriptor, base + total, buffer.count - total)
        }
        if count < 0, errno == EINTR { continue }
        guard count >= 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        if count == 0 { break }
        total += count
        // A file that grew while being read: read on into a larger buffer.
        if total == data.count { data.count += 4096 }
    }
    data.count = total
    return data
}
