extension Escape {
    /// Plain text as Markdown that shows it literally: no emphasis, superscript or subscript, code, links, HTML,
    /// entities, tables or headings, and no line that starts a list, a numbered item, a quote, a fence or a rule. `startsLine` is false
    /// for text that follows other text on its first line (`**…**`, `Số: …`), where a leading `-` or `1.` is plain.
    public static func markdown(_ text: String, startsLine: Bool = true) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            markdownLine(line, startsLine: startsLine || index > 0)
        }.joined(separator: "\n")
    }

    private static func markdownLine(_ line: Substring, startsLine: Bool) -> String {
        // Markdown drops a line's indentation anyway, and four spaces would make it code.
        var rest = startsLine ? line.drop(while: { $0 == " " || $0 == "\t" }) : line
        var out = ""
        while let character = rest.popFirst() {
            if "\\`*_[]<>#|~^".contains(character) || (character == "&" && startsReference(rest)) {
                out.append("\\")
            }
            out.append(character)
        }
        // A line starting like a list item, a numbered item or a heading's underline would become one.
        guard startsLine else { return out }
        if let first = out.first, "-+=".contains(first) { return "\\" + out }
        if let mark = out.firstIndex(where: { !$0.isNumber }), mark != out.startIndex, ".)".contains(out[mark]) {
            out.insert("\\", at: mark)
        }
        return out
    }

    /// Whether the text after an `&` reads as a character reference (`&amp;`, `&#39;`), which Markdown decodes.
    private static func startsReference(_ rest: Substring) -> Bool {
        let name = rest.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") })
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }
}
