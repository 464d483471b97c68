import HoithaoModel

/// Warns of each sample value `hoithao new` wrote that is still unchanged, at its line.
enum PlaceholderCheck {
    /// The placeholders among the values of a YAML file.
    static func check(_ root: YAMLNode, _ placeholders: [Placeholder], reader: YAMLReader) {
        for placeholder in placeholders {
            guard let key = placeholder.key, let node = root.value(at: key),
                node.scalar?.string.nfc.trimmed == placeholder.text
            else { continue }
            reader.warning(at: node, "`\(key)` is still the example `hoithao new` wrote; \(placeholder.advice)")
        }
    }

    /// The placeholders in a Markdown file: in its front matter (`front`, when read) and among its lines.
    static func check(_ file: MarkdownFile, front: YAMLMapping?, _ placeholders: [Placeholder]) {
        if let front { check(front.node, placeholders, reader: file.reader) }
        let texts = Set(placeholders.filter { $0.key == nil }.map(\.text))
        for (index, line) in file.split.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line).nfc.trimmed
            guard texts.contains(text), let placeholder = placeholders.first(where: { $0.text == text }) else {
                continue
            }
            file.reader.warning(
                at: SourceLocation(path: file.path, line: file.split.bodyLineOffset + index + 1, column: 1),
                "this line is still the example `hoithao new` wrote; \(placeholder.advice)")
        }
    }
}
