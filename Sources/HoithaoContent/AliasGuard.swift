import Foundation

/// Counts YAML aliases (`*name`) before the text reaches the YAML library, because a few dozen nested
/// aliases can stand for a billion nodes ("billion laughs") and hashing one used as a key never ends.
enum AliasGuard {
    /// More than this many aliases in one file is refused; Hoithao files need none.
    static let limit = 20

    /// The number of aliases outside comments, quoted strings and block scalars (`|`, `>`).
    static func count(in text: String) -> Int {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return 0 }
        var count = 0
        var blockIndent: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent {
                if line.allSatisfy({ $0 == " " }) || indent > block { continue }
                blockIndent = nil
            }
            var quote: Character?
            var previous: Character = " "
            var beforePrevious: Character = "\n"
            for character in line {
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "'" || character == "\"" {
                    quote = character
                } else if character == "#", previous == " " || previous == "\t" {
                    break
                } else if character == "*", startsNode(previous, beforePrevious) {
                    count += 1
                }
                beforePrevious = previous
                previous = character
            }
            // `key: |` or `- >-` opens a block scalar whose lines are text, not YAML.
            let trimmed = line.split(separator: "#").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if quote == nil, let last = trimmed.last, "|>+-0123456789".contains(last),
                trimmed.range(of: #"(^|[:\-] )[|>][+\-0-9]*$"#, options: .regularExpression) != nil
            {
                blockIndent = indent
            }
        }
        return count
    }

    /// Whether a `*` here starts a node: at the start of a value, a list item, or a flow collection entry.
    private static func startsNode(_ previous: Character, _ beforePrevious: Character) -> Bool {
        switch previous {
        case "[", "{", ",": return true
        case " ": return beforePrevious == " " || ":-?,[{".contains(beforePrevious) || beforePrevious == "\n"
        default: return false
        }
    }
}
