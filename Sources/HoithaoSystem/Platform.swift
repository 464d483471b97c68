#if os(Linux)
    @_exported import Glibc
    import CAtomicSwap
#else
    #error("Hoithao runs on Linux: a port starts in this file, the only Swift file that names the platform")
#endif

/// The system calls and fields whose names differ from one platform to another, in one place, so that a port
/// to another system changes this file (and the C shim it calls) and nothing else. Plain POSIX calls (`open`,
/// `lstat`, `opendir`, `flock`) are used directly elsewhere: they are the same everywhere.
public enum Platform {
    /// When a file's content last changed (`st_mtim` here, `st_mtimespec` on BSD systems).
    public static func modified(_ info: stat) -> timespec { info.st_mtim }

    /// When a file's status last changed.
    public static func changed(_ info: stat) -> timespec { info.st_ctim }

    /// When a file was last read.
    public static func accessed(_ info: stat) -> timespec { info.st_atim }

    /// POSIX `write`, under a name no method of a caller's own shadows.
    public static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        Glibc.write(descriptor, bytes, count)
    }

    /// Whether a socket is one that accepts connections (`SO_ACCEPTCONN`), as opposed to one connection.
    public static func isListening(_ descriptor: Int32) -> Bool {
        var accepts: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &accepts, &size) == 0 && accepts != 0
    }

    /// Ends a connection's sending side (`shutdown` with `SHUT_WR`): the peer reads the end of what was sent,
    /// and reading from it goes on.
    public static func closeWrites(_ descriptor: Int32) {
        _ = shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Swaps two paths in one step, so a reader always finds one of them whole (Linux's `renameat2` with
    /// `RENAME_EXCHANGE`); -1 with `errno` set where the system or the file system cannot.
    public static func exchange(_ first: String, _ second: String) -> Int32 {
        hoithao_exchange_paths(first, second)
    }
}

/// Changes inside folders, as the system reports them (inotify here): what `hoithao serve` waits on.
public final class FolderEvents: @unchecked Sendable {
    private let descriptor: Int32
    private static let mask = UInt32(
        IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
            | IN_ATTRIB)

    /// Nil when the system offers no way to watch folders.
    public init?() {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Starts reporting changes directly inside `folder` (not in its sub-folders); false when it cannot.
    public func watch(_ folder: String) -> Bool {
        inotify_add_watch(descriptor, folder, Self.mask) >= 0
    }

    /// Blocks until something changes in a watched folder; false when no more changes can be read.
    public func next() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { return true }
            if count < 0, errno == EINTR { continue }
            return false
        }
    }
}
