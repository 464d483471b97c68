import Yams

/// A YAML value as Hoithao reads it: text, a mapping or a list, with the line and column where it starts (both
/// from 1, columns counted in Unicode scalars, as Yams counts them).
struct YAMLNode: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// Text; `plain` when it was written without quotes or a block indicator, so that `null` and `~` mean
        /// nothing.
        case text(String, plain: Bool)
        case mapping([Pair])
        case list([YAMLNode])
        case alias
    }

    /// A mapping's key and value.
    struct Pair: Equatable, Sendable {
        var key: YAMLNode
        var value: YAMLNode
    }

    /// The text of a text node, and how it was written.
    struct Scalar {
        let string: String
        let isPlain: Bool
    }

    var kind: Kind
    var line: Int
    var column: Int

    var scalar: Scalar? {
        if case .text(let string, let plain) = kind { return Scalar(string: string, isPlain: plain) }
        return nil
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = kind { return pairs.map { ($0.key, $0.value) } }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .list(let items) = kind { return items }
        return nil
    }

    /// What a node is, in words for a message.
    var kindDescription: String {
        switch kind {
        case .text(let text, _): return "the text \"\(text)\""
        case .mapping: return "a mapping"
        case .list: return "a list"
        case .alias: return "an alias"
        }
    }

    /// An empty mapping at the start of a file.
    static let emptyMapping = YAMLNode(kind: .mapping([]), line: 0, column: 0)
}

extension YAMLNode {
    /// The same value as Yams composed it.
    init(_ node: Node) {
        line = node.mark?.line ?? 0
        column = node.mark?.column ?? 0
        switch node {
        case .scalar(let scalar): kind = .text(scalar.string, plain: scalar.style == .plain)
        case .mapping(let mapping):
            kind = .mapping(mapping.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) })
        case .sequence(let sequence): kind = .list(sequence.map { YAMLNode($0) })
        case .alias: kind = .alias
        }
    }
}

extension YAMLNode {
    /// The node at a key path such as `venue.name` or `authors[1].name`.
    func value(at path: String) -> YAMLNode? {
        var node = self
        for component in path.split(separator: ".") {
            let parts = component.split(separator: "[")
            guard let key = parts.first,
                let value = node.mapping?.first(where: { $0.key.scalar?.string == String(key) })?.value
            else { return nil }
            node = value
            if parts.count == 2 {
                guard let index = Int(parts[1].dropLast()), let items = node.sequence, items.indices.contains(index - 1)
                else { return nil }
                node = items[index - 1]
            }
        }
        return node
    }
}
