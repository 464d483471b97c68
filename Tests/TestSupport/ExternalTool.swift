import Foundation

/// The programs tests read outputs with (poppler, unzip, qpdf, epubcheck). A non-zero exit status is an error that
/// carries what the program said, so a tool that failed never passes for one that found nothing.
public enum ExternalTool {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Where Debian's epubcheck package installs its jar.
    public static let epubcheck = "/usr/share/java/epubcheck.jar"

    /// Runs a program found on the PATH and returns its standard output (and standard error, when asked).
    public static func run(_ arguments: [String], includeErrors: Bool = false) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        // A file, not a second pipe, so that a program with much to say on standard error never blocks.
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-tool-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = output
        process.standardError = includeErrors ? output : try FileHandle(forWritingTo: errors)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: includeErrors ? data : (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
            throw Failure(
                description: "\(arguments.joined(separator: " ")) exited with \(process.terminationStatus): \(said)")
        }
        return data
    }

    /// Runs a program and returns what it printed, as text.
    @discardableResult
    public static func text(_ arguments: [String], includeErrors: Bool = false) throws -> String {
        String(decoding: try run(arguments, includeErrors: includeErrors), as: UTF8.self)
    }
}
