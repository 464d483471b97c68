import Foundation
import HoithaoModel

/// The digest each page had when it was last written, kept in `.hoithao-cache/` beside the output.
///
/// Only saves time: a missing, stale or corrupt cache makes the build render everything again.
struct BuildCache {
    var pages: [String: String] = [:]
    /// Each group of generated files by name: the digest of its inputs and the files it made.
    var groups: [String: Group] = [:]

    /// A group of generated files, as the cache keeps it.
    struct Group: Equatable {
        var digest: String
        var paths: [String]
    }

    /// `.hoithao-cache/<output name>.cache` next to the output folder.
    static func location(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().appendingPathComponent(".hoithao-cache")
            .appendingPathComponent(url.lastPathComponent + ".cache").path
    }

    /// The cache saved by the same Hoithao version, or an empty one. The format is a line
    /// `hoithao-cache <version>`, one `digest<TAB>path` line per file, and one
    /// `group<TAB>digest<TAB>name<TAB>path…` line per group of generated files: fast to read and write.
    static func load(from path: String, version: String) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: path) else { return BuildCache() }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n")
        guard lines.first == "hoithao-cache \(version)"[...] else { return BuildCache() }
        var cache = BuildCache()
        cache.pages.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            if line.hasPrefix("group\t") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 3 else { return BuildCache() }
                cache.groups[fields[2]] = Group(digest: fields[1], paths: Array(fields.dropFirst(3)))
                continue
            }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { return BuildCache() }
            cache.pages[String(parts[1])] = String(parts[0])
        }
        return cache
    }

    /// Saves the cache; failing to only costs the next build time, so errors are ignored.
    func save(to path: String, version: String) {
        var bytes = Array("hoithao-cache \(version)\n".utf8)
        bytes.reserveCapacity(pages.count * 80)
        // In no particular order: the cache is only ever read back into a dictionary.
        for (file, digest) in pages where !file.utf8.contains(UInt8(ascii: "\n")) {
            bytes += digest.utf8
            bytes.append(UInt8(ascii: "\t"))
            bytes += file.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        for (name, group) in groups.sorted(by: { $0.key < $1.key })
        where !(group.paths + [name]).contains(where: { $0.contains("\n") || $0.contains("\t") }) {
            bytes += ((["group", group.digest, name] + group.paths).joined(separator: "\t") + "\n").utf8
        }
        let data = Data(bytes)
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".tmp"
        guard (try? data.write(to: URL(fileURLWithPath: temporary))) != nil else { return }
        _ = rename(temporary, path)
    }
}
