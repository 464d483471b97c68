extension Escape {
    /// Words YAML 1.1 reads as true, false or null when written plain.
    static let yamlWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "=", "<<"]

    /// `text` as a YAML scalar that any YAML reader gives back unchanged: plain when that is safe, else `yamlQuoted`.
    public static func yaml(_ text: String) -> String {
        yamlNeedsQuotes(text) ? yamlQuoted(text) : text
    }

    /// `text` as a double-quoted YAML scalar, with `\` escapes for what cannot be written raw.
    public static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if isYAMLSpecial(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func yamlNeedsQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first == " " || last == " " || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        // Curly quotes opening a value are quoted, so the loader knows they are meant to be kept.
        if "“‘".contains(first) { return true }
        if text.contains(": ") || text.contains(" #") { return true }
        if text.unicodeScalars.contains(where: isYAMLSpecial) { return true }
        if yamlWords.contains(text.lowercased()) { return true }
        return looksLikeYAMLNumber(text)
    }

    /// Numbers in any of YAML's spellings (`12`, `1e5`, `0x1F`, `0o17`, `.inf`), times (7:30 is a base-60 number in
    /// YAML 1.1), dates and the like.
    private static func looksLikeYAMLNumber(_ text: String) -> Bool {
        if text.allSatisfy({ $0.isASCII && ($0.isNumber || ".:/+-_eE".contains($0)) }) { return true }
        let lower = text.lowercased()
        let unsigned = lower.first.map { "+-".contains($0) } == true ? lower.dropFirst() : lower[...]
        if [".inf", ".nan"].contains(unsigned) { return true }
        guard unsigned.hasPrefix("0x") || unsigned.hasPrefix("0o") || unsigned.hasPrefix("0b") else { return false }
        return unsigned.dropFirst(2).allSatisfy { $0.isHexDigit || $0 == "_" }
    }

    /// Characters a plain scalar cannot hold as they are: controls (tab and line breaks among them), the line and
    /// paragraph separators YAML reads as breaks, the byte-order mark and the non-characters U+FFFE and U+FFFF.
    private static func isYAMLSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
