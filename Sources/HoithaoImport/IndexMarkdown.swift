import Foundation

/// The workshop's index.md: the preamble, an untimed programme, parts with no field, the closing.
enum IndexMarkdown {
    static func text(_ draft: PlanDraft) -> String {
        var blocks = draft.preamble.map(escaped)
        if !draft.untimedProgramme.isEmpty {
            blocks.append("## Chương trình")
            blocks.append(draft.untimedProgramme.map { "- " + escaped($0) }.joined(separator: "\n"))
        }
        for section in draft.otherParts {
            blocks.append("## " + escaped(section.heading))
            blocks += section.paragraphs.map(escaped)
        }
        blocks += draft.closing.map(escaped)
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    /// Plain text as Markdown that shows it literally: no accidental emphasis, lists, headings or HTML.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        // A line that starts like a list item or a numbered item would become one.
        if let first = out.first, "-+".contains(first) { out.insert("\\", at: out.startIndex) }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, ".)".contains(out[dot]) {
            out.insert("\\", at: dot)
        }
        return out
    }
}
