import Foundation

/// The text a person or a search engine gets out of an output file: PDF text through `pdftotext`,
/// EPUB and zip contents through `unzip -p`, anything else as UTF-8.
public enum ReadableText {
    /// A tool that printed nothing, so that its silence is never taken for "the text has no such word".
    public struct EmptyOutput: Error, CustomStringConvertible {
        public let description: String
    }

    public static func of(_ path: String) throws -> String {
        if path.hasSuffix(".pdf") { return try nonEmpty(ExternalTool.text(["pdftotext", path, "-"]), path) }
        if path.hasSuffix(".epub") || path.hasSuffix(".zip") {
            return try nonEmpty(ExternalTool.text(["unzip", "-p", path]), path)
        }
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// Everything a reader of a PDF can find in it: its text, its metadata as `pdfinfo` shows it, and every
    /// object of an uncompressed `qpdf --qdf` dump (link targets, metadata) with its strings decoded.
    public static func everything(inPDF path: String) throws -> String {
        let dump = try ExternalTool.run(["qpdf", "--qdf", "--object-streams=disable", path, "-"])
        return try [of(path), pdfInfo(path), String(decoding: dump, as: UTF8.self), PDFStrings.decoded(dump)]
            .joined(separator: "\n")
    }

    /// Whether `text` shows `value` in any spelling a reader would still recognize: in any case, with or without
    /// spaces, dots or dashes between its characters, composed (NFC) or decomposed (NFD).
    public static func shows(_ value: String, in text: String) -> Bool {
        let characters = value.precomposedStringWithCanonicalMapping.filter {
            !$0.isWhitespace && $0 != "-" && $0 != "."
        }
        let pattern = characters.map { NSRegularExpression.escapedPattern(for: String($0)) }
            .joined(separator: "[\\s.\\-]*")
        return text.precomposedStringWithCanonicalMapping.range(
            of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// What `pdfinfo` says about a PDF: page count, page size, metadata.
    public static func pdfInfo(_ path: String) throws -> String {
        try nonEmpty(ExternalTool.text(["pdfinfo", path]), path)
    }

    /// What `pdffonts` lists: every font of a PDF, whether it is embedded and subset.
    public static func pdfFonts(_ path: String) throws -> String {
        try nonEmpty(ExternalTool.text(["pdffonts", path]), path)
    }

    private static func nonEmpty(_ text: String, _ path: String) throws -> String {
        guard !text.isEmpty else { throw EmptyOutput(description: "no text came out of \(path)") }
        return text
    }
}
