import Foundation

/// The text a person or a search engine gets out of an output file: PDF text through `pdftotext`,
/// EPUB and zip contents through `unzip -p`, anything else as UTF-8.
public enum ReadableText {
    public static func of(_ path: String) throws -> String {
        if path.hasSuffix(".pdf") { return try run("/usr/bin/pdftotext", [path, "-"]) }
        if path.hasSuffix(".epub") || path.hasSuffix(".zip") { return try run("/usr/bin/unzip", ["-p", path]) }
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// What `pdfinfo` says about a PDF: page count, page size, metadata.
    public static func pdfInfo(_ path: String) throws -> String {
        try run("/usr/bin/pdfinfo", [path])
    }

    /// What `pdffonts` lists: every font of a PDF, whether it is embedded and subset.
    public static func pdfFonts(_ path: String) throws -> String {
        try run("/usr/bin/pdffonts", [path])
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
