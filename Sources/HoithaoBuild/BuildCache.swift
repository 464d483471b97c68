import Foundation
import HoithaoModel

/// The digest each page had when it was last written, kept in `.hoithao-cache/` beside the output.
///
/// Only saves time: a missing, stale or corrupt cache makes the build render everything again.
struct BuildCache {
    var pages: [String: String] = [:]

    /// `.hoithao-cache/<output name>.json` next to the output folder.
    static func location(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().appendingPathComponent(".hoithao-cache")
            .appendingPathComponent(url.lastPathComponent + ".json").path
    }

    static func load(from path: String, version: String) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["version"] as? String == version,
            let pages = object["pages"] as? [String: String]
        else { return BuildCache() }
        return BuildCache(pages: pages)
    }

    /// Saves the cache; failing to only costs the next build time, so errors are ignored.
    func save(to path: String, version: String) {
        let object: [String: Any] = ["version": version, "pages": pages]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".tmp"
        guard (try? data.write(to: URL(fileURLWithPath: temporary))) != nil else { return }
        _ = rename(temporary, path)
    }
}
