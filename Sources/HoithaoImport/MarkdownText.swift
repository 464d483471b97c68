import Foundation
import HoithaoModel

/// Text written into Markdown so that it reads back as the same text, and Word's run formats as Markdown's marks.
enum MarkdownText {
    /// A run of Word's text as Markdown that shows it literally (`Escape.markdown`; the start of its line is
    /// `paragraphStart`'s), runs of spaces as one space.
    static func escaped(_ text: String) -> String {
        var collapsed = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { collapsed.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            collapsed.append(character)
        }
        return Escape.markdown(collapsed, startsLine: false)
    }

    /// A paragraph's first line, made safe where the line's start would make it something else: a heading (`#`),
    /// a quotation (`>`), a thematic break or a table's rule; a typed bullet (`•`) is Markdown's `-`.
    static func paragraphStart(_ line: String) -> String {
        for bullet in ["• ", "\u{F0B7} ", "◦ ", "▪ "] where line.hasPrefix(bullet) {
            return "- " + line.dropFirst(bullet.count)
        }
        if line.hasPrefix("#") || line.hasPrefix("=") { return "\\" + line }
        if line.allSatisfy({ "-+ ".contains($0) }), line.count >= 3 { return "\\" + line }
        return line
    }

    /// `text` (already escaped) in the marks of `format`, the spaces at its ends kept outside them (Markdown's
    /// emphasis cannot start or end with a space); a superscript's or subscript's inner spaces are escaped.
    static func formatted(_ text: String, _ format: WordFormat) -> String {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty, !format.isEmpty else { return text }
        let lead = text.prefix { $0 == " " }
        let trail = String(text.reversed().prefix { $0 == " " })
        var marked = core
        if format.contains(.raised) || format.contains(.lowered) {
            let mark = format.contains(.raised) ? "^" : "~"
            marked = mark + marked.replacingOccurrences(of: " ", with: "\\ ") + mark
        }
        if format.contains(.italic) { marked = "*" + marked + "*" }
        if format.contains(.bold) { marked = "**" + marked + "**" }
        return lead + marked + trail
    }
}
