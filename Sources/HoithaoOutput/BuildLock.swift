import Foundation
import HoithaoSystem

/// An exclusive lock on an output folder for the length of a build, so two builds never write it at once.
public final class BuildLock {
    private let descriptor: Int32

    /// Why the lock could not be taken, said for the person who ran the build.
    public struct Refusal: Error {
        public let message: String
    }

    /// Takes the lock, or throws when another build holds it; the system releases it if the process dies.
    public init(output: OutputFolder) throws(Refusal) {
        let path = output.kept("lock")
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Refusal(message: "cannot create the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw Refusal(
                message:
                    "another hoithao build is writing \(output.path) right now; wait for it to finish, then build again"
            )
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
