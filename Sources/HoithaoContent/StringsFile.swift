import Foundation
import HoithaoModel

/// A theme's strings file: a flat YAML mapping of keys to texts or lists of texts.
public enum StringsFile {
    /// The texts and lists in `data`, with any problem at its line and column.
    public static func read(_ data: Data, path: String) -> (
        texts: [String: String], lists: [String: [String]], diagnostics: [Diagnostic]
    ) {
        let text: String
        switch SourceText.decode(data, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return ([:], [:], [diagnostic])
        }
        let reader = YAMLReader(path: path)
        var texts: [String: String] = [:]
        var lists: [String: [String]] = [:]
        guard let root = reader.parse(text) else { return ([:], [:], reader.diagnostics) }
        guard let mapping = root.mapping else {
            reader.error(at: root, "a strings file is a mapping of keys to texts, such as `agenda: Chương trình`")
            return ([:], [:], reader.diagnostics)
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            if let scalar = value.scalar {
                texts[name] = scalar.string.nfc
            } else if let sequence = value.sequence, sequence.allSatisfy({ $0.scalar != nil }) {
                lists[name] = sequence.compactMap { $0.scalar?.string.nfc }
            } else {
                reader.error(at: value, "`\(name)` must be a text or a list of texts")
            }
        }
        return (texts, lists, reader.diagnostics)
    }
}
