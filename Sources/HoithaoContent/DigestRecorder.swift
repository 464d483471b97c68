import Foundation
import HoithaoModel

/// Collects a digest of every text file read, so a build can tell which pages changed.
final class DigestRecorder: @unchecked Sendable {
    private var digests: [String: Digest] = [:]
    private let lock = NSLock()

    /// Records `text` under `path`.
    func record(_ text: String, for path: String) {
        let digest = Digest(text)
        lock.withLock { digests[path] = digest }
    }

    /// Records a Markdown file's front matter and body apart (`path#front`, `path#body`), because pages
    /// that list a paper depend on its front matter only.
    func record(_ split: FrontMatter, for path: String) {
        let front = Digest(split.yaml ?? "")
        let body = Digest(split.body)
        lock.withLock {
            digests[path + "#front"] = front
            digests[path + "#body"] = body
        }
    }

    /// Records digests kept from an earlier build: the text's, its front matter's and its body's.
    func record(text: Digest, front: Digest, body: Digest, for path: String) {
        lock.withLock {
            digests[path] = text
            digests[path + "#front"] = front
            digests[path + "#body"] = body
        }
    }

    /// The digest recorded under `path`.
    func digest(_ path: String) -> Digest? {
        lock.withLock { digests[path] }
    }

    var all: [String: Digest] {
        lock.lock()
        defer { lock.unlock() }
        return digests
    }
}
