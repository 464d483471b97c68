import Foundation
import HoithaoSystem

/// File writing and removal with plain system calls: Foundation's `Data.write` syncs every file to disk and
/// `removeItem` checks each one, which made writing 10,000 pages take tens of seconds. The build's safety
/// comes from the staging folder and the swap, not from syncing each page.
public enum FastFiles {
    /// Writes `data` to `path` with one `write` call (looping only for a short write). An existing file is
    /// written over in place and then cut to the new length, which keeps its inode and blocks: emptying it
    /// first (`O_TRUNC`) made a 10,000-page build twice as slow, freeing and allocating every block again.
    /// A folder, a link, or a file shared with another path (a hard link) is replaced, never written into.
    public static func write(_ data: Data, to path: String) throws {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        var info = stat()
        let opened = descriptor >= 0 && fstat(descriptor, &info) == 0
        let replaced =
            opened
            ? (info.st_mode & S_IFMT) != S_IFREG || info.st_nlink > 1
            : descriptor < 0 && (errno == EISDIR || errno == ELOOP)
        if replaced {
            if descriptor >= 0 { close(descriptor) }
            try removeTree(path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw POSIXError(errno: errno, path: path) }
        defer { close(descriptor) }
        let longer = !replaced && (!opened || Int(info.st_size) > data.count)
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Platform.write(
                    descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(errno: errno, path: path)
                }
                offset += written
            }
        }
        if longer, ftruncate(descriptor, off_t(data.count)) != 0 { throw POSIXError(errno: errno, path: path) }
    }

    /// The names in a folder (without `.` and `..`), each with whether it is a folder (not following links).
    public static func entries(of path: String) throws -> [(name: String, isFolder: Bool)] {
        guard let entries = folderEntries(path) else { throw POSIXError(errno: errno, path: path) }
        return entries.map { entry in
            // Some file systems do not fill in the type.
            guard entry.type == UInt8(DT_UNKNOWN) else { return (entry.name, entry.type == UInt8(DT_DIR)) }
            var info = stat()
            return (entry.name, lstat(path + "/" + entry.name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR)
        }
    }

    /// Removes a folder and everything in it, or a file, without following links out of it.
    public static func removeTree(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for entry in try entries(of: path) { try removeTree(path + "/" + entry.name) }
            guard rmdir(path) == 0 else { throw POSIXError(errno: errno, path: path) }
        } else {
            guard unlink(path) == 0 else { throw POSIXError(errno: errno, path: path) }
        }
    }
}

/// A failed system call, with the file it was about.
public struct POSIXError: Error, CustomStringConvertible {
    public let errno: Int32
    public let path: String

    public init(errno: Int32, path: String) {
        self.errno = errno
        self.path = path
    }

    public var description: String { "\(path): \(String(cString: strerror(errno)))" }
}
