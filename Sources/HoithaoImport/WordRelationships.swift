import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A part's relationships (`word/_rels/document.xml.rels`): what a picture's or a link's id points to.
struct WordRelationships {
    /// A target: a part of the zip (`word/media/image1.png`) or, for an external one, an address.
    struct Target {
        var path: String
        var isExternal: Bool
    }

    private(set) var targets: [String: Target] = [:]

    init(_ data: Data?) {
        guard let data else { return }
        let reader = WordXML.read(data, with: RelationshipsReader())
        targets = reader.targets
    }

    subscript(id: String) -> Target? { targets[id] }

    /// A target path of a part in `word/` as the zip names it: `media/a.png` is `word/media/a.png`, `/word/x` is
    /// `word/x`, `../media/a.png` is `media/a.png`.
    static func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["word"]
        for piece in target.split(separator: "/") {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}

private final class RelationshipsReader: NSObject, XMLParserDelegate {
    var targets: [String: WordRelationships.Target] = [:]

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        let external = attributes["TargetMode"] == "External"
        targets[id] = WordRelationships.Target(
            path: external ? target : WordRelationships.resolve(target), isExternal: external)
    }
}
