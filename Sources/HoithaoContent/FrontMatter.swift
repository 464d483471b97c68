/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines, or nil when the file has none.
    var yaml: String?
    var body: String
    /// How many lines come before the body, to map Markdown positions back to the file.
    var bodyLineOffset: Int

    /// Splits `text`; a front matter block opens with `---` on the first line and closes with `---` or `...`.
    static func split(_ text: String) -> Result<FrontMatter, FrontMatterError> {
        guard text.hasPrefix("---\n") || text == "---" else {
            return .success(FrontMatter(yaml: nil, body: text, bodyLineOffset: 0))
        }
        // Walks the bytes line by line up to the closing line only; the body is never split.
        let bytes = text.utf8
        var lineStart = bytes.index(bytes.startIndex, offsetBy: 4, limitedBy: bytes.endIndex) ?? bytes.endIndex
        let yamlStart = lineStart
        var lineNumber = 1
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            lineNumber += 1
            let line = bytes[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yamlEnd = lineStart == yamlStart ? yamlStart : bytes.index(before: lineStart)
                let bodyStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
                return .success(
                    FrontMatter(
                        yaml: String(text[yamlStart..<yamlEnd]), body: String(text[bodyStart...]),
                        bodyLineOffset: lineNumber))
            }
            lineStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
        }
        return .failure(FrontMatterError())
    }
}

/// A front matter block that never closes.
struct FrontMatterError: Error {}
