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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated().dropFirst() where line == "---" || line == "..." {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return .success(FrontMatter(yaml: yaml, body: body, bodyLineOffset: index + 1))
        }
        return .failure(FrontMatterError())
    }
}

/// A front matter block that never closes.
struct FrontMatterError: Error {}
