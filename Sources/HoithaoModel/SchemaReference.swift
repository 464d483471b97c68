extension SchemaField {
    /// The docs' table of the fields under this one, one row each, nested ones by their path (`venue.name`,
    /// `agenda[].items[].start`).
    public var reference: String {
        let rows = [["field", "type", "values", "meaning"]] + rows(under: "")
        let lines = rows.map { "|" + $0.map { $0.isEmpty ? " " : " \($0) " }.joined(separator: "|") + "|" }
        return ([lines[0], "|---|---|---|---|"] + lines.dropFirst()).joined(separator: "\n") + "\n"
    }

    /// The help, with the Vietnamese term after it.
    var explained: String { vietnamese.map { "\(help) (\($0))" } ?? help }

    private func rows(under prefix: String) -> [[String]] {
        fields.flatMap { field -> [[String]] in
            let path = prefix + field.key
            let row = ["`\(path)`", field.type.name, field.values, field.explained]
            guard field.documentsFields else { return [row] }
            let separator = if case .list = field.type { "[]." } else { "." }
            return [row] + field.rows(under: path + separator)
        }
    }
}
