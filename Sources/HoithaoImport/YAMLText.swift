import HoithaoModel

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
        lines.append(prefix(indent, bullet) + key + ": " + Escape.yaml(value))
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
            lines.append(String(repeating: " ", count: indent + 2) + "- " + Escape.yaml(item))
        }
    }

    /// A value of `fields`: text (quoted when YAML needs it), a number or word written bare, a list of texts, or a
    /// list of mappings with their keys in order.
    enum Value {
        case text(String?)
        case bare(String?)
        case list([String])
        case mappings([String], [[String: Value]])
    }

    /// The values given, in the order of `keys`, skipping those absent or empty; the first line written takes the
    /// bullet, and a key's comment goes above it.
    mutating func fields(
        _ keys: [String], _ values: [String: Value], indent: Int, bullet: Bool = false, comments: [String: String] = [:]
    ) {
        var bullet = bullet
        for key in keys {
            let count = lines.count
            if let comment = comments[key] { self.comment(comment, indent: indent) }
            switch values[key] {
            case .text(let value?): field(key, value, indent: indent, bullet: bullet)
            case .bare(let value?): bare(key, value, indent: indent, bullet: bullet)
            case .list(let items) where !items.isEmpty: list(key, items, indent: indent)
            case .mappings(let inner, let mappings) where !mappings.isEmpty:
                open(key, indent: indent, bullet: bullet)
                for mapping in mappings {
                    fields(inner, mapping, indent: indent + 4, bullet: true)
                }
            default:
                lines.removeSubrange(count...)
                continue
            }
            bullet = false
        }
    }

    private func prefix(_ indent: Int, _ bullet: Bool) -> String {
        bullet ? String(repeating: " ", count: max(0, indent - 2)) + "- " : String(repeating: " ", count: indent)
    }
}
