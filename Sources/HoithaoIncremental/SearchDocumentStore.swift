import Foundation
import HoithaoOutput

/// The search documents of each part of the site (a workshop, the free pages) as the build encoded them, kept in
/// `.hoithao-cache/search/` by the last build that made the index, so that a build of some workshops makes only
/// theirs and takes the others' from here. Only saves time: when any is missing, the whole site is built.
public struct SearchDocumentStore: Sendable {
    let folder: String
    let version: String

    /// The parts' names in the site's order, one a line; written last, so a build killed while saving leaves
    /// nothing to read back.
    private static let order = ".order"

    private var header: Data { Data("hoithao-search \(version)\n".utf8) }

    private func read(_ name: String) -> Data? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name), data.starts(with: header) else {
            return nil
        }
        return data.dropFirst(header.count)
    }

    /// Every part's documents by name, in the site's order; nil when any is missing or was kept by another
    /// Hoithao version.
    public func load() -> [(name: String, documents: Data)]? {
        guard let order = read(Self.order) else { return nil }
        var parts: [(name: String, documents: Data)] = []
        for name in String(decoding: order, as: UTF8.self).split(separator: "\n").map(String.init) {
            guard let documents = read(name) else { return nil }
            parts.append((name, documents))
        }
        return parts
    }

    /// Whether the documents were kept at all.
    public var isKept: Bool { access(folder + "/" + Self.order, F_OK) == 0 }

    /// Keeps the documents of the parts given, and with `order` the names of every part in the site's order (the
    /// parts not given keep what they had). Names are file names: no slash. Failing to save only costs the next
    /// build time, so errors are ignored.
    public func save(_ parts: [(name: String, documents: Data)], order: [String]?) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if order != nil { unlink(folder + "/" + Self.order) }
        for part in parts where !part.name.contains("/") {
            try? FastFiles.write(header + part.documents, to: folder + "/" + part.name)
        }
        if let order {
            try? FastFiles.write(header + Data(order.joined(separator: "\n").utf8), to: folder + "/" + Self.order)
        }
    }
}
