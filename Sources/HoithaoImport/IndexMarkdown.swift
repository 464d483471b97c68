import HoithaoModel

/// The workshop's index.md: the preamble, an untimed programme, parts with no field, the closing.
enum IndexMarkdown {
    static func text(_ draft: PlanDraft) -> String {
        var blocks = draft.preamble.map { Escape.markdown($0) }
        if !draft.untimedProgramme.isEmpty {
            blocks.append("## Chương trình")
            blocks.append(draft.untimedProgramme.map { "- " + Escape.markdown($0) }.joined(separator: "\n"))
        }
        for section in draft.otherParts {
            blocks.append("## " + Escape.markdown(section.heading))
            blocks += section.paragraphs.map { Escape.markdown($0) }
        }
        blocks += draft.closing.map { Escape.markdown($0) }
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }
}
