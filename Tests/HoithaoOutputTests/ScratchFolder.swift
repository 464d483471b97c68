import Foundation

/// A temporary folder for one test, removed at the end; paths inside it are given relative to it.
final class ScratchFolder {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-output-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool { access(path(relative), F_OK) == 0 }

    /// The file's status, without following a link.
    func status(_ relative: String) -> stat {
        var info = stat()
        lstat(path(relative), &info)
        return info
    }
}
