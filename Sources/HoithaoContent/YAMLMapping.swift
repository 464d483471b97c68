import HoithaoModel

/// A YAML mapping whose values are read by key, each into the type a field needs.
///
/// Every wrong type, missing required key and unknown key becomes a diagnostic at the node's
/// own line and column; the accessor then returns nil so reading goes on and finds the rest.
struct YAMLMapping {
    let node: YAMLNode
    /// Where this mapping sits, such as `venue.` or `agenda[1].items[2].`, for messages.
    let keyPath: String
    let reader: YAMLReader
    private var entries: [String: (key: YAMLNode, value: YAMLNode)] = [:]
    /// Unknown keys that look like a known one, by the key they look like.
    private var misspellings: [String: (name: String, node: YAMLNode)] = [:]

    /// Reads `node` as a mapping that may hold `keys`; nil after reporting a non-mapping.
    init?(_ node: YAMLNode, keyPath: String, keys: [String], reader: YAMLReader) {
        self.node = node
        self.keyPath = keyPath
        self.reader = reader
        guard let mapping = node.mapping else {
            let name = keyPath.isEmpty ? "the file" : "`\(keyPath.dropLast())`"
            var message =
                "\(name) must be a mapping of keys and values (such as `\(keys[0]): …`), not \(node.kindDescription)"
            // `venue: Hội trường` most likely means the first key's value.
            if let text = node.scalar?.string, let key = keyPath.split(separator: ".").last, !key.hasSuffix("]") {
                message += "; write `\(key):` and below it, indented by two spaces, `\(keys[0]): \(text)`"
            }
            reader.error(at: node, message)
            return nil
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                reader.error(at: key, "a key must be a plain word such as `\(keys[0])`")
                continue
            }
            guard keys.contains(name) else {
                var message = "unknown key `\(keyPath)\(name)` is ignored"
                if let suggestion = Suggestion.closest(to: name, among: keys) {
                    message += "; did you mean `\(suggestion)`?"
                    misspellings[suggestion] = (name, key)
                } else {
                    message += "; the keys here are \(keys.map { "`\($0)`" }.joined(separator: ", "))"
                }
                reader.warning(at: key, message)
                continue
            }
            entries[name] = (key, value)
        }
    }

    /// The value under `key`, or nil when it is absent or null (`key:` with nothing after it).
    func value(_ key: String) -> YAMLNode? {
        guard let value = entries[key]?.value else { return nil }
        if let scalar = value.scalar, scalar.isPlain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            return nil
        }
        return value
    }

    /// Whether the mapping lacks `key` but has an unknown key that looks like it.
    func misspells(_ key: String) -> Bool {
        entries[key] == nil && misspellings[key] != nil
    }

    /// Reports a missing required key, with a line to add; when it is misspelled, the warning of the unknown key
    /// becomes this one error.
    func missing(_ key: String, example: String) {
        if misspells(key), let misspelling = misspellings[key] {
            reader.replaceWarnings(
                at: misspelling.node,
                with:
                    "unknown key `\(keyPath)\(misspelling.name)`; did you mean `\(key)`? Rename it: `\(key)` is required"
            )
            return
        }
        let entry = entries[key]
        reader.error(
            at: entry?.key ?? node,
            entry == nil
                ? "missing `\(keyPath)\(key)`; add a line such as `\(key): \(example)`"
                : "`\(keyPath)\(key)` is empty; write a value such as `\(key): \(example)`")
    }

    func text(_ key: String, required example: String? = nil) -> String? {
        guard let value = value(key) else {
            if let example { missing(key, example: example) }
            return nil
        }
        guard let scalar = value.scalar else {
            typeError(key, value, expected: "text", example: example ?? "…")
            return nil
        }
        let text = scalar.string.nfc.trimmed
        warnOfCurlyQuotes(scalar, at: value, name: key, line: key + ": ")
        if text.isEmpty, let example {
            missing(key, example: example)
            return nil
        }
        return text.isEmpty ? nil : text
    }

    /// A whole number in `range`: every number has one, so that no sum or product of them can overflow.
    func integer(_ key: String, range: ClosedRange<Int>, example: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalar?.string, let number = Int(text), range.contains(number) else {
            typeError(
                key, value, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)", example: example
            )
            return nil
        }
        return number
    }

    func decimal(_ key: String, range: ClosedRange<Double>, example: String) -> Double? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalar?.string, let number = Double(text), range.contains(number) else {
            typeError(
                key, value, expected: "a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))",
                example: example)
            return nil
        }
        return number
    }

    func boolean(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            typeError(key, value, expected: "true or false", example: "true")
            return nil
        }
    }

    /// One of a fixed set of words, such as a status or an item kind.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, extra: [String] = []) -> T?
    where T.RawValue == String {
        guard let value = value(key) else { return nil }
        let words = T.allCases.map(\.rawValue)
        guard let text = value.scalar?.string, let choice = T(rawValue: text.lowercased()) else {
            var message = "`\(keyPath)\(key)` must be one of \(words.map { "`\($0)`" }.joined(separator: ", "))"
            if let text = value.scalar?.string, let suggestion = Suggestion.closest(to: text, among: words) {
                message += "; did you mean `\(suggestion)`?"
            } else {
                message += ", not \(value.kindDescription)"
            }
            reader.error(at: value, message)
            return nil
        }
        return choice
    }

    func date(_ key: String, required example: String? = nil) -> CalendarDate? {
        guard let value = value(key) else {
            if let example { missing(key, example: example) }
            return nil
        }
        return parsed(
            key, value, DateFormats.date, accepted: DateFormats.acceptedDates, impossibility: DateFormats.whyNotADate)
    }

    func partialDate(_ key: String) -> PartialDate? {
        guard let value = value(key) else { return nil }
        return parsed(
            key, value, DateFormats.partialDate, accepted: DateFormats.acceptedPartialDates,
            impossibility: DateFormats.whyNotADate)
    }

    func time(_ key: String) -> TimeOfDay? {
        guard let value = value(key) else { return nil }
        return parsed(key, value, DateFormats.time, accepted: DateFormats.acceptedTimes)
    }

    /// A list of texts; a single text is taken as a list of one.
    func texts(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        if value.scalar != nil { return text(key).map { [$0] } ?? [] }
        guard let sequence = value.sequence else {
            typeError(key, value, expected: "a list of texts", example: "[…]")
            return []
        }
        return sequence.enumerated().compactMap { index, item in
            // `- “Thực trạng: giải pháp”` reads as a mapping whose key starts with the curly quote.
            if let pair = item.mapping?.first, let key = pair.key.scalar?.string, let opener = key.first,
                CurlyQuotes.openers.contains(opener)
            {
                let line = "- \(key): \(pair.value.scalar?.string ?? "…")"
                reader.error(at: item, CurlyQuotes.message(opener, line: line))
                return nil
            }
            guard let scalar = item.scalar else {
                reader.error(
                    at: item,
                    "`\(keyPath)\(key)[\(index + 1)]` must be text, not \(item.kindDescription); "
                        + "put text containing `: ` in quotes")
                return nil
            }
            warnOfCurlyQuotes(scalar, at: item, name: "\(key)[\(index + 1)]", line: "- ")
            let text = scalar.string.nfc.trimmed
            return text.isEmpty ? nil : text
        }
    }

    /// Curly quotes around a whole plain value are kept as part of the text, which is rarely what was meant.
    private func warnOfCurlyQuotes(_ scalar: YAMLNode.Scalar, at node: YAMLNode, name: String, line: String) {
        let text = scalar.string.trimmed
        guard scalar.isPlain, CurlyQuotes.encloses(text) else { return }
        reader.warning(
            at: node,
            "`\(keyPath)\(name)` is wrapped in curly quotes, as Word types them, and they stay part of the text; "
                + "write `\(line)\"\(text.dropFirst().dropLast())\"` (straight quotes), "
                + "or put the whole value in straight quotes to keep them")
    }

    /// The mapping under `key`, or nil when absent or after reporting a wrong type.
    func mapping(_ key: String, keys: [String]) -> YAMLMapping? {
        guard let value = value(key) else { return nil }
        return YAMLMapping(value, keyPath: "\(keyPath)\(key).", keys: keys, reader: reader)
    }

    /// The list of mappings under `key`.
    func mappings(_ key: String, keys: [String]) -> [YAMLMapping] {
        nodes(key).enumerated().compactMap { index, item in
            YAMLMapping(item, keyPath: "\(keyPath)\(key)[\(index + 1)].", keys: keys, reader: reader)
        }
    }

    /// The items of the list under `key`, each of any kind.
    func nodes(_ key: String) -> [YAMLNode] {
        guard let value = value(key) else { return [] }
        guard let sequence = value.sequence else {
            typeError(key, value, expected: "a list (lines starting with `- `)", example: "\n  - …")
            return []
        }
        return Array(sequence)
    }

    /// `value` read by `parse`; when it fails, the error says why the text is not valid (`impossibility`: a date
    /// written well that the calendar does not have), or else what is accepted.
    private func parsed<T>(
        _ key: String, _ value: YAMLNode, _ parse: (String) -> T?, accepted: String,
        impossibility: (String) -> String? = { _ in nil }
    ) -> T? {
        guard let text = value.scalar?.string, let result = parse(text.nfc) else {
            let found = value.scalar.map { "`\($0.string)`" } ?? value.kindDescription
            if let text = value.scalar?.string, let reason = impossibility(text.nfc) {
                reader.error(at: value, "`\(keyPath)\(key)` has \(found), which does not exist: \(reason)")
                return nil
            }
            reader.error(at: value, "`\(keyPath)\(key)` has \(found), which is not valid; write it as \(accepted)")
            return nil
        }
        return result
    }

    private func typeError(_ key: String, _ value: YAMLNode, expected: String, example: String) {
        let found = value.scalar.map { "\"\($0.string)\"" } ?? value.kindDescription
        reader.error(
            at: value, "`\(keyPath)\(key)` must be \(expected), not \(found); write for example `\(key): \(example)`")
    }
}
