import HoithaoModel

/// JSON written directly (Foundation's serializer was a sixth of a large build): keys sorted so output is
/// byte-identical between builds, two-space indentation, and safe inside an HTML `<script>` block.
enum JSONText {
    static func encode(_ value: Any) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(value, indent: 0, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ value: Any, indent: Int, into output: inout [UInt8]) {
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
            case let flag as Bool: output += (flag ? "true" : "false").utf8
            case let number as Int: output += String(number).utf8
            case let number as Double:
                let text =
                    number.isFinite
                    ? (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
                    : "null"
                output += text.utf8
            default: output += "null".utf8
            }
        }
    }

    private static let textType = ObjectIdentifier(String.self)
    private static let objectType = ObjectIdentifier([String: Any].self)
    private static let listType = ObjectIdentifier([Any].self)
    private static let objectsType = ObjectIdentifier([[String: Any]].self)

    private static func indent(_ level: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private static func object(_ object: [String: Any], indent level: Int, into output: inout [UInt8]) {
        guard !object.isEmpty else {
            output += "{}".utf8
            return
        }
        output += "{\n".utf8
        let entries = object.sorted { $0.key < $1.key }
        for (index, entry) in entries.enumerated() {
            indent(level + 1, into: &output)
            string(entry.key, into: &output)
            output += " : ".utf8
            write(entry.value, indent: level + 1, into: &output)
            output += (index < entries.count - 1 ? ",\n" : "\n").utf8
        }
        indent(level, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    private static func list<Element>(_ array: [Element], indent level: Int, into output: inout [UInt8]) {
        guard !array.isEmpty else {
            output += "[]".utf8
            return
        }
        output += "[\n".utf8
        for (index, element) in array.enumerated() {
            indent(level + 1, into: &output)
            write(element, indent: level + 1, into: &output)
            output += (index < array.count - 1 ? ",\n" : "\n").utf8
        }
        indent(level, into: &output)
        output.append(UInt8(ascii: "]"))
    }

    private static func string(_ text: String, into output: inout [UInt8]) {
        Escape.appendJSON(text, to: &output)
    }
}
