import Foundation

/// Writes YAML text by hand, one line at a time, quoting a scalar only when YAML would misread it.
struct YAMLText {
    private(set) var lines: [String] = []

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func comment(_ text: String, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for line in text.split(separator: "\n") {
            lines.append(pad + "# " + line)
        }
    }

    /// `key: value`, skipped when the value is nil.
    mutating func field(_ key: String, _ value: String?, indent: Int = 0, bullet: Bool = false) {
        guard let value else { return }
        lines.append(prefix(indent, bullet) + key + ": " + Self.scalar(value))
    }

    /// `key: 70`, a number or word written bare.
    mutating func bare(_ key: String, _ value: String?, indent: Int = 0, bullet: Bool = false) {
        guard let value else { return }
        lines.append(prefix(indent, bullet) + key + ": " + value)
    }

    /// `key:` opening a nested mapping or list.
    mutating func open(_ key: String, indent: Int = 0, bullet: Bool = false) {
        lines.append(prefix(indent, bullet) + key + ":")
    }

    /// `key:` and one `- item` line for each; nothing when the list is empty.
    mutating func list(_ key: String, _ items: [String], indent: Int = 0) {
        guard !items.isEmpty else { return }
        open(key, indent: indent)
        for item in items {
            lines.append(String(repeating: " ", count: indent + 2) + "- " + Self.scalar(item))
        }
    }

    private func prefix(_ indent: Int, _ bullet: Bool) -> String {
        bullet ? String(repeating: " ", count: max(0, indent - 2)) + "- " : String(repeating: " ", count: indent)
    }

    static let reservedWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "=", "<<",
    ]

    /// The scalar as YAML reads it back unchanged: plain when that is safe, double-quoted otherwise.
    static func scalar(_ value: String) -> String {
        needsQuotes(value) ? quoted(value) : value
    }

    static func needsQuotes(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return true }
        if first == " " || last == " " || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        // Curly quotes opening a value are quoted, so the loader knows they are meant to be kept.
        if "“‘".contains(first) { return true }
        if value.contains(": ") || value.contains(" #") { return true }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x85 }) {
            return true
        }
        if reservedWords.contains(value.lowercased()) { return true }
        // Numbers, times (7:30 is a base-60 number in YAML 1.1), dates and the like.
        return value.allSatisfy { $0.isASCII && ($0.isNumber || ".:/+-_eE".contains($0)) }
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
