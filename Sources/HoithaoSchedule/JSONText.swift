/// JSON written directly (Foundation's serializer was a sixth of a large build): keys sorted so output is
/// byte-identical between builds, two-space indentation, and safe inside an HTML `<script>` block.
enum JSONText {
    static func encode(_ value: Any) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        return output
    }

    private static func write(_ value: Any, indent: Int, into output: inout String) {
        // Told apart by their type's identity, not by trying casts: every failed cast costs a runtime lookup
        // (the cast that follows cannot fail).
        switch ObjectIdentifier(type(of: value)) {
        case textType: string(value as? String ?? "", into: &output)
        case objectType: object(value as? [String: Any] ?? [:], indent: indent, into: &output)
        case listType: list(value as? [Any] ?? [], indent: indent, into: &output)
        case objectsType: list(value as? [[String: Any]] ?? [], indent: indent, into: &output)
        default:
            switch value {
            case let text as String: string(text, into: &output)
            case let object as [String: Any]: self.object(object, indent: indent, into: &output)
            case let array as [Any]: list(array, indent: indent, into: &output)
            case let flag as Bool: output += flag ? "true" : "false"
            case let number as Int: output += String(number)
            case let number as Double:
                output +=
                    number.isFinite
                    ? (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
                    : "null"
            default: output += "null"
            }
        }
    }

    private static let textType = ObjectIdentifier(String.self)
    private static let objectType = ObjectIdentifier([String: Any].self)
    private static let listType = ObjectIdentifier([Any].self)
    private static let objectsType = ObjectIdentifier([[String: Any]].self)

    /// Two spaces a level, made once.
    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private static func indentation(_ level: Int) -> String {
        level < indents.count ? indents[level] : String(repeating: "  ", count: level)
    }

    private static func object(_ object: [String: Any], indent: Int, into output: inout String) {
        guard !object.isEmpty else {
            output += "{}"
            return
        }
        output += "{\n"
        let keys = object.keys.sorted()
        for (index, key) in keys.enumerated() {
            output += indentation(indent + 1)
            string(key, into: &output)
            output += " : "
            write(object[key] ?? "", indent: indent + 1, into: &output)
            output += index < keys.count - 1 ? ",\n" : "\n"
        }
        output += indentation(indent) + "}"
    }

    private static func list<Element>(_ array: [Element], indent: Int, into output: inout String) {
        guard !array.isEmpty else {
            output += "[]"
            return
        }
        output += "[\n"
        for (index, element) in array.enumerated() {
            output += indentation(indent + 1)
            write(element, indent: indent + 1, into: &output)
            output += index < array.count - 1 ? ",\n" : "\n"
        }
        output += indentation(indent) + "]"
    }

    /// A JSON string; `<`, `>` and `&` as escapes so `</script>` or `<!--` in a value cannot end the block.
    private static func string(_ text: String, into output: inout String) {
        output += "\""
        // Most text has nothing to escape: it is copied whole. 0xE2 starts U+2028 and U+2029.
        let plain = !text.utf8.contains { byte in
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
        }
        if plain {
            output += text + "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<": output += "\\u003c"
            case ">": output += "\\u003e"
            case "&": output += "\\u0026"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
