import Foundation
import HoithaoSystem

/// An exclusive lock on an output folder for the length of a build, so two builds never write it at once.
final class BuildLock {
    private let descriptor: Int32

    /// Takes the lock, or throws when another build holds it; the system releases it if the process dies.
    init(output: String) throws(UsageError) {
        let path = BuildCache.location(for: output, "lock")
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw UsageError(message: "cannot create the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw UsageError(
                message: "another hoithao build is writing \(output) right now; wait for it to finish, then build again"
            )
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
