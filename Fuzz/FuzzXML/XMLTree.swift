import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML document read back by Foundation's parser (libxml2 on Linux): elements with their attributes and text,
/// so a harness can compare what a reader sees with what was written.
final class ParsedElement {
    let name: String
    let attributes: [String: String]
    var children: [ParsedElement] = []
    /// The element's text, its descendants' included, in document order.
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// This element and every element under it, in document order.
    var all: [ParsedElement] { [self] + children.flatMap(\.all) }

    /// Every element named `name` under this one (itself included).
    func elements(_ name: String) -> [ParsedElement] { all.filter { $0.name == name } }

    /// The well-formed document in `data`, or nil with the parser's error.
    static func parse(_ data: Data) -> Result<ParsedElement, Error> {
        let parser = XMLParser(data: data)
        let builder = TreeBuilder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            return .failure(parser.parserError ?? TreeBuilder.Empty())
        }
        return .success(root)
    }
}

/// Builds the tree as the parser reports elements and text.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    struct Empty: Error {}

    var root: ParsedElement?
    private var open: [ParsedElement] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = ParsedElement(name: elementName, attributes: attributes)
        if let parent = open.last { parent.children.append(element) } else { root = element }
        open.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for element in open { element.text += string }
    }
}
