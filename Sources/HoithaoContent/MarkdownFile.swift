import HoithaoMarkdown
import HoithaoModel

/// A Markdown file read from disk: its path, its front matter's reader and its body.
struct MarkdownFile {
    let path: String
    let split: FrontMatter
    let reader: YAMLReader

    /// Splits `text`; nil after reporting a front matter block that never closes.
    init?(path: String, text: String, diagnostics: inout [Diagnostic]) {
        switch FrontMatter.split(text) {
        case .success(let split):
            self.path = path
            self.split = split
            self.reader = YAMLReader(path: path, lineOffset: 1)
        case .failure:
            diagnostics.append(
                .error(
                    SourceLocation(path: path, line: 1, column: 1),
                    "the front matter that starts with `---` on line 1 never ends; add a line `---` after the last key")
            )
            return nil
        }
    }

    /// The front matter as a mapping; an empty mapping when the file has none.
    func frontMatter(keys: [String], example: String) -> YAMLMapping? {
        guard let yaml = split.yaml else {
            return YAMLMapping(.emptyMapping, keyPath: "", keys: keys, reader: reader)
        }
        let node = reader.parse(yaml) ?? (reader.diagnostics.hasErrors ? nil : YAMLNode.emptyMapping)
        guard let node else { return nil }
        return YAMLMapping(node, keyPath: "", keys: keys, reader: reader)
    }

    /// The body as HTML; the problems found in it are the reader's, at their lines of the file.
    func renderBody(with markdown: MarkdownRenderer, language: Language? = nil) -> RenderedMarkdown {
        let rendered = (language.map { markdown.labelling(in: $0) } ?? markdown).render(split.body)
        for problem in rendered.diagnostics {
            var location = problem.location
            location.path = path
            location.line = (location.line ?? 1) + split.bodyLineOffset
            reader.add(Diagnostic(problem.severity, location, problem.message))
        }
        return rendered
    }
}
