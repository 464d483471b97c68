import Foundation

/// The Markdown a build parses, each text once: the loader renders a paper's page from its tree and keeps its
/// blocks here, and the book, the paper's PDF and the EPUB take them instead of parsing it again. Shared by every
/// renderer made with it (`MarkdownRenderer.parsed`), on all cores; it also counts the parses, for the tests.
public final class ParsedMarkdown: @unchecked Sendable {
    /// Whether rendering a text keeps its blocks, for books to come (a build without books keeps none).
    public let keepsDocuments: Bool
    private var entries: [Key: Entry] = [:]
    private var counts: [String: Int] = [:]
    private let lock = NSLock()

    public init(keepsDocuments: Bool) {
        self.keepsDocuments = keepsDocuments
    }

    /// How many times `source` was parsed through a renderer sharing this.
    public func parses(of source: String) -> Int {
        lock.withLock { counts[source, default: 0] }
    }

    func counted(_ source: String) {
        lock.withLock { counts[source, default: 0] += 1 }
    }

    /// A text as a renderer parses it: its blocks depend on the labels, the reserved ids and raw HTML.
    struct Key: Hashable {
        let source: String
        let labels: MarkdownLabels
        let reservedIDs: Set<String>
        let allowsRawHTML: Bool
    }

    /// One text's blocks, parsed by the first to ask while the others wait.
    private final class Entry: @unchecked Sendable {
        let lock = NSLock()
        var document: MarkdownDocument?
    }

    private func entry(_ key: Key) -> Entry {
        lock.withLock {
            if let entry = entries[key] { return entry }
            let entry = Entry()
            entries[key] = entry
            return entry
        }
    }

    func keep(_ document: MarkdownDocument, for key: Key) {
        let entry = entry(key)
        entry.lock.withLock { entry.document = document }
    }

    /// The blocks kept for `key`, or those `parse` gives, kept.
    func document(for key: Key, parse: () -> MarkdownDocument) -> MarkdownDocument {
        let entry = entry(key)
        return entry.lock.withLock {
            if let document = entry.document { return document }
            let document = parse()
            entry.document = document
            return document
        }
    }
}
