import Foundation

/// A site made of files in a fresh temporary folder (built by `BuildTestSupport`).
public final class FixtureSite {
    /// The temporary folder; `Content/` and `Output/` live inside it.
    public let root: String

    /// Writes `files` (paths relative to `Content/`) into a new temporary folder.
    public init(_ files: [String: String]) throws {
        root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("hoithao-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, text) in files {
            try write(path, text)
        }
    }

    /// Copies a fixture folder from `Tests/Fixtures/<name>` as the content.
    public convenience init(fixture name: String) throws {
        try self.init([:])
        try FileManager.default.copyItem(atPath: Repository.root + "/Tests/Fixtures/" + name, toPath: contentPath)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    public var contentPath: String { root + "/Content" }
    public var outputPath: String { root + "/Output" }

    /// Writes or replaces one content file.
    public func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    public func write(_ path: String, _ data: Data) throws {
        let full = contentPath + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
    }

    /// The text of an output file.
    public func output(_ path: String) throws -> String {
        try String(contentsOfFile: outputPath + "/" + path, encoding: .utf8)
    }

    /// The bytes of an output file.
    public func outputData(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: outputPath + "/" + path))
    }

    /// Every output file's path, relative to `Output/` (or to `folder`), sorted.
    public func outputFiles(in folder: String? = nil) -> [String] {
        let folder = folder ?? outputPath
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    /// Every output file's bytes (or those of the files in `folder`), by path.
    public func snapshot(of folder: String? = nil) throws -> [String: Data] {
        let folder = folder ?? outputPath
        var result: [String: Data] = [:]
        for path in outputFiles(in: folder) {
            result[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
        return result
    }
}

/// Places in this repository that tests use.
public enum Repository {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var defaultTheme: String { root + "/Themes/default" }
    public static var sampleContent: String { root + "/Content" }
}
