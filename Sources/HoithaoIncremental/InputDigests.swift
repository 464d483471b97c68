import Foundation
import HoithaoModel

/// What one text file read by a build was, as digests: its whole text and, for a Markdown file, its front
/// matter and body apart, because the pages that list a paper depend on its front matter only.
public struct FileDigests: Sendable, Equatable {
    public var text: Digest
    /// The front matter's and the body's digests; nil for a file that is not Markdown.
    public var markdown: (front: Digest, body: Digest)?

    public init(text: Digest, front: Digest, body: Digest) {
        self.text = text
        markdown = (front, body)
    }

    public init(text: Digest) {
        self.text = text
    }

    public static func == (left: FileDigests, right: FileDigests) -> Bool {
        left.text == right.text && left.markdown?.front == right.markdown?.front
            && left.markdown?.body == right.markdown?.body
    }
}

/// The digests of every text file a build read, by path: what the pages' digests are made of.
public struct InputDigests: Sendable {
    public private(set) var files: [String: FileDigests]
    /// The paths in order, so that a folder's files are one run found by binary search.
    private let sortedPaths: [String]

    public init(_ files: [String: FileDigests] = [:]) {
        self.files = files
        sortedPaths = files.keys.sorted()
    }

    /// The whole text's digest of the file at `path`.
    public func text(_ path: String) -> Digest? { files[path]?.text }

    /// The digest of the body of the Markdown file at `path`: what only its own page and PDF show.
    public func body(_ path: String) -> Digest? { files[path]?.markdown?.body }

    /// The paths under `folder` (ending with `/`), in order.
    func paths(under folder: String) -> ArraySlice<String> {
        var low = 0
        var high = sortedPaths.count
        while low < high {
            let middle = (low + high) / 2
            if sortedPaths[middle] < folder { low = middle + 1 } else { high = middle }
        }
        return sortedPaths[low...].prefix { $0.hasPrefix(folder) }
    }
}

/// Collects the digests of the text files a content loader reads, on all cores; the loader's hook for them.
public final class InputRecorder: @unchecked Sendable {
    private var files: [String: FileDigests] = [:]
    private let lock = NSLock()

    public init() {}

    /// Records a text file read.
    public func record(text: String, for path: String) {
        let digests = FileDigests(text: Digest(text))
        lock.withLock { files[path] = digests }
    }

    /// Records the front matter and body of a Markdown file whose text was recorded.
    public func record(front: String, body: String, for path: String) {
        let markdown = (front: Digest(front), body: Digest(body))
        lock.withLock { files[path, default: FileDigests(text: Digest())].markdown = markdown }
    }

    /// Records the digests of a file kept from an earlier build.
    public func record(_ digests: FileDigests, for path: String) {
        lock.withLock { files[path] = digests }
    }

    /// The digests recorded for `path`.
    public func digests(_ path: String) -> FileDigests? {
        lock.withLock { files[path] }
    }

    /// Everything recorded so far.
    public var recorded: InputDigests {
        InputDigests(lock.withLock { files })
    }
}
