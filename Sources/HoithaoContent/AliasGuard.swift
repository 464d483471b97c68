import Foundation
import Yams

/// Counts YAML aliases (`*name`) before the text reaches the YAML library, because a few dozen nested
/// aliases can stand for a billion nodes ("billion laughs") and hashing one used as a key never ends; then
/// counts the values the aliases expand to, as twenty aliases that each double a list are already a million.
enum AliasGuard {
    /// More than this many aliases in one file is refused; Hoithao files need none.
    static let limit = 20
    /// A file with aliases may stand for at most this many values (texts, lists and mappings) once they are
    /// expanded: a plan written out in full with a large agenda has a few thousand.
    static let expandedLimit = 100_000

    /// Whether `node`, its aliases expanded, holds more than `expandedLimit` values; counts no further.
    static func expandsTooFar(_ node: Node) -> Bool {
        var count = 0
        func exceeds(_ node: Node) -> Bool {
            count += 1
            if count > expandedLimit { return true }
            switch node {
            case .mapping(let mapping): return mapping.contains { exceeds($0.key) || exceeds($0.value) }
            case .sequence(let sequence): return sequence.contains { exceeds($0) }
            case .scalar, .alias: return false
            }
        }
        return exceeds(node)
    }

    /// The number of aliases outside comments, quoted strings and block scalars (`|`, `>`).
    static func count(in text: String) -> Int {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return 0 }
        var count = 0
        var blockIndent: Int?
        // Every character that matters is ASCII, so the bytes are scanned; other bytes never match.
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            if let block = blockIndent {
                if line.allSatisfy({ $0 == UInt8(ascii: " ") }) || indent > block { continue }
                blockIndent = nil
            }
            var quote: UInt8?
            var previous = UInt8(ascii: " ")
            var beforePrevious = UInt8(ascii: "\n")
            for byte in line {
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                    quote = byte
                } else if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") {
                    break
                } else if byte == UInt8(ascii: "*"), startsNode(previous, beforePrevious) {
                    count += 1
                }
                beforePrevious = previous
                previous = byte
            }
            if quote == nil, opensBlockScalar(line) { blockIndent = indent }
        }
        return count
    }

    /// Whether a line ends in `key: |`, `- >-` or the like, which opens a block scalar whose lines are text.
    private static func opensBlockScalar(_ line: Substring.UTF8View.SubSequence) -> Bool {
        var text = line.prefix { $0 != UInt8(ascii: "#") }
        while let last = text.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { text = text.dropLast() }
        // Chomping and indentation indicators, then the `|` or `>` itself.
        while let last = text.last, last == UInt8(ascii: "+") || last == UInt8(ascii: "-") || (48...57).contains(last) {
            text = text.dropLast()
        }
        guard let indicator = text.last, indicator == UInt8(ascii: "|") || indicator == UInt8(ascii: ">") else {
            return false
        }
        let before = text.dropLast()
        let start = before.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        if start.isEmpty { return true }
        guard before.count >= 2, before.last == UInt8(ascii: " ") else { return false }
        let mark = before[before.index(before.endIndex, offsetBy: -2)]
        return mark == UInt8(ascii: ":") || mark == UInt8(ascii: "-")
    }

    /// Whether a `*` here starts a node: at the start of a value, a list item, or a flow collection entry.
    private static func startsNode(_ previous: UInt8, _ beforePrevious: UInt8) -> Bool {
        switch previous {
        case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","): return true
        case UInt8(ascii: " "):
            return beforePrevious == UInt8(ascii: " ") || ":-?,[{".utf8.contains(beforePrevious)
                || beforePrevious == UInt8(ascii: "\n")
        default: return false
        }
    }
}
