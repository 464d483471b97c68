/// Finds footnote references (`[^id]`) and cross-references (`@fig:id`, `@tbl:id`, pandoc-crossref's syntax, also
/// in brackets: `[@fig:id]`) in a run of text.
enum NoteScanner {
    /// `text` as pieces; `line` and `column` (libcmark's byte column) are where it starts in the file.
    static func split(_ text: String, line: Int, column: Int) -> [InlinePiece] {
        guard text.contains("[^") || text.contains("@") else { return [.text(text)] }
        let scalars = Array(text.unicodeScalars)
        var pieces: [InlinePiece] = []
        var plainStart = 0
        var position = 0
        var bytes = 0
        while position < scalars.count {
            if let found = footnote(scalars, at: position) ?? crossReference(scalars, at: position) {
                if plainStart < position { pieces.append(.text(String(scalars: scalars[plainStart..<position]))) }
                let place = (line: line, column: column + bytes)
                switch found.kind {
                case .footnote:
                    pieces.append(
                        .reference(.footnoteReference(label: found.label, line: place.line, column: place.column)))
                case .crossReference:
                    pieces.append(
                        .reference(.crossReference(label: found.label, line: place.line, column: place.column)))
                }
                bytes += String(scalars: scalars[position..<found.end]).utf8.count
                position = found.end
                plainStart = position
            } else {
                bytes += String(scalars[position]).utf8.count
                position += 1
            }
        }
        guard !pieces.isEmpty else { return [.text(text)] }
        if plainStart < scalars.count { pieces.append(.text(String(scalars: scalars[plainStart...]))) }
        return pieces
    }

    private enum Kind { case footnote, crossReference }

    private static func footnote(_ scalars: [Unicode.Scalar], at start: Int) -> (kind: Kind, label: String, end: Int)? {
        guard scalars[start] == "[", start + 2 < scalars.count, scalars[start + 1] == "^" else { return nil }
        var end = start + 2
        while end < scalars.count, scalars[end] != "]" {
            guard FootnoteLabel.allows(scalars[end]), end - start - 2 < FootnoteLabel.maximumLength else { return nil }
            end += 1
        }
        guard end < scalars.count, end > start + 2 else { return nil }
        return (.footnote, String(scalars: scalars[(start + 2)..<end]), end + 1)
    }

    private static func crossReference(
        _ scalars: [Unicode.Scalar], at start: Int
    ) -> (kind: Kind, label: String, end: Int)? {
        let bracketed = scalars[start] == "[" && start + 1 < scalars.count && scalars[start + 1] == "@"
        let at = bracketed ? start + 1 : start
        guard scalars[at] == "@" else { return nil }
        if !bracketed, start > 0, isLabelScalar(scalars[start - 1]) { return nil }
        let labelStart = at + 1
        guard hasPrefix(scalars, "fig:", at: labelStart) || hasPrefix(scalars, "tbl:", at: labelStart) else {
            return nil
        }
        var end = labelStart + 4
        while end < scalars.count, isLabelScalar(scalars[end]) { end += 1 }
        // A sentence's full stop or colon after the label is not part of it.
        while end > labelStart + 4, [".", ":", "-"].contains(scalars[end - 1]) { end -= 1 }
        guard end > labelStart + 4 else { return nil }
        let label = String(scalars: scalars[labelStart..<end])
        if bracketed {
            guard end < scalars.count, scalars[end] == "]" else { return nil }
            return (.crossReference, label, end + 1)
        }
        return (.crossReference, label, end)
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], _ prefix: String, at position: Int) -> Bool {
        let prefix = Array(prefix.unicodeScalars)
        guard position + prefix.count <= scalars.count else { return false }
        return Array(scalars[position..<(position + prefix.count)]) == prefix
    }

    private static func isLabelScalar(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
            || ["-", "_", ":", "."].contains(scalar)
    }
}
