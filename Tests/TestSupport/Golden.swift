import Foundation

/// Golden files: expected outputs stored next to the tests, re-recorded with `HOITHAO_RECORD=1`.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["HOITHAO_RECORD"] == "1" }

    /// The stored text for `name` in `folder`, after writing `actual` there when recording.
    /// Returns nil when there is no golden file yet.
    public static func expected(_ name: String, in folder: String, actual: String) throws -> String? {
        let path = folder + "/" + name
        if isRecording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
        }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// The folder `Golden/` next to the test file that calls this.
    public static func folder(for testFile: String = #filePath) -> String {
        (testFile as NSString).deletingLastPathComponent + "/Golden"
    }
}
