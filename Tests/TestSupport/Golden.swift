import Foundation

/// Golden files: expected outputs stored next to the tests, re-recorded with `HOITHAO_RECORD=1`.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["HOITHAO_RECORD"] == "1" }

    /// The stored bytes for `name` in `folder`, after writing `actual` there when recording.
    /// Returns nil when there is no golden file yet. Bytes, not `String`: two strings that differ only in
    /// their Unicode normalization (NFC and NFD) compare equal, so a `String` comparison would miss an NFD output.
    public static func expected(_ name: String, in folder: String, actual: Data) throws -> Data? {
        let path = folder + "/" + name
        if isRecording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(to: URL(fileURLWithPath: path))
        }
        return FileManager.default.contents(atPath: path)
    }

    /// The folder `Golden/` next to the test file that calls this.
    public static func folder(for testFile: String = #filePath) -> String {
        (testFile as NSString).deletingLastPathComponent + "/Golden"
    }
}
