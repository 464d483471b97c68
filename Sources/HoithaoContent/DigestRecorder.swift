import Foundation
import HoithaoModel

/// Collects a digest of every text file read, so a build can tell which pages changed.
final class DigestRecorder: @unchecked Sendable {
    private var digests: [String: Digest] = [:]
    private let lock = NSLock()

    /// Records `text` under `path`; a Markdown file also under `path#front` and `path#body`, because
    /// pages that list a paper depend on its front matter only.
    func record(_ text: String, for path: String) {
        var entries = [(path, Digest(text))]
        if path.hasSuffix(".md"), case .success(let split) = FrontMatter.split(text) {
            entries.append((path + "#front", Digest(split.yaml ?? "")))
            entries.append((path + "#body", Digest(split.body)))
        }
        lock.lock()
        for (key, digest) in entries { digests[key] = digest }
        lock.unlock()
    }

    var all: [String: Digest] {
        lock.lock()
        defer { lock.unlock() }
        return digests
    }
}
