/// Quotes as word processors type them (“…” and ‘…’), which YAML takes for letters, not quotes.
enum CurlyQuotes {
    static let openers: Set<Character> = ["“", "‘"]
    static let closers: Set<Character> = ["”", "’"]

    /// A value that opens with a curly quote on line `line` or the line before (a syntax error is often found
    /// on the next line): where the quote is, and the message that replaces YAML's own.
    static func opening(in text: String, near line: Int) -> (line: Int, column: Int, message: String)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for number in [line, line - 1] where lines.indices.contains(number - 1) {
            let content = lines[number - 1]
            guard let start = valueStart(content), let first = content[start...].first, openers.contains(first)
            else { continue }
            let column = content[..<start].unicodeScalars.count
            return (number, column + 1, message(first, line: String(content.drop { $0 == " " })))
        }
        return nil
    }

    /// The error for a value opened by the curly quote `opener`, with `line` written in straight quotes.
    static func message(_ opener: Character, line: String) -> String {
        let straight = line.map { character -> String in
            switch character {
            case "“", "”": return "\""
            case "‘", "’": return "'"
            default: return String(character)
            }
        }.joined()
        return "\(opener) is a curly quote, as Word types it, and YAML does not take it for a quote; "
            + "write straight quotes: `\(straight)`"
    }

    /// Whether a plain value is wholly inside curly quotes, which then stay part of the text.
    static func encloses(_ text: String) -> Bool {
        guard text.count >= 2, let first = text.first, let last = text.last else { return false }
        return openers.contains(first) && closers.contains(last)
    }

    /// Where the value of a `key: value` or `- value` line starts.
    private static func valueStart(_ line: Substring) -> Substring.Index? {
        var rest = line.drop { $0 == " " }
        while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        if let first = rest.first, openers.contains(first) { return rest.startIndex }
        guard let colon = rest.range(of: ": ") else { return nil }
        let value = rest[colon.upperBound...].drop { $0 == " " }
        return value.isEmpty ? nil : value.startIndex
    }
}
