import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a paragraph style gives its paragraphs: a heading level, numbering, bold, and the style it is based on.
struct WordStyle {
    /// Its name, lowercased: "title", "caption", "heading 1" (built-in names are English in every language of Word).
    var name: String?
    var basedOn: String?
    var headingLevel: Int?
    var numbering: WordNumberingReference?
    var bold: Bool?
}

/// A paragraph's link to a numbering definition: `w:numId` and level `w:ilvl`.
struct WordNumberingReference: Equatable {
    var id: String
    var level: Int?
}

/// The paragraph styles of `word/styles.xml`, by style id.
struct WordStyles {
    private var styles: [String: WordStyle] = [:]

    init(_ data: Data?) {
        guard let data else { return }
        let reader = WordXML.read(data, with: StylesReader())
        styles = reader.styles
    }

    /// A property of `id`, or of the style it is based on (at most ten deep: a loop of styles ends there).
    func resolved<T>(_ id: String?, _ property: (WordStyle) -> T?) -> T? {
        var current = id
        for _ in 0..<10 {
            guard let name = current, let style = styles[name] else { return nil }
            if let value = property(style) { return value }
            current = style.basedOn
        }
        return nil
    }

    func headingLevel(_ id: String?) -> Int? { resolved(id) { $0.headingLevel } }
    func numbering(_ id: String?) -> WordNumberingReference? { resolved(id) { $0.numbering } }
    func bold(_ id: String?) -> Bool { resolved(id) { $0.bold } ?? false }
    /// Whether `id` is the built-in style `name` ("title", "caption") or a style based on it.
    func isStyle(_ id: String?, _ name: String) -> Bool { resolved(id) { $0.name == name ? true : nil } ?? false }
}

private final class StylesReader: NSObject, XMLParserDelegate {
    var styles: [String: WordStyle] = [:]
    private var id: String?
    private var style = WordStyle()
    private var inRunProperties = false

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let value = attributes["w:val"]
        switch element {
        case "w:style":
            id = attributes["w:type"] == "paragraph" ? attributes["w:styleId"] : nil
            style = WordStyle()
        case "w:name":
            // Built-in names are stored in English whatever the language of Word: "heading 2".
            style.name = value?.lowercased()
            if let name = value?.lowercased(), name.hasPrefix("heading "), let level = Int(name.dropFirst(8)) {
                style.headingLevel = level
            }
        case "w:basedOn": style.basedOn = value
        case "w:outlineLvl":
            if style.headingLevel == nil, let level = value.flatMap(Int.init), level < 9 {
                style.headingLevel = level + 1
            }
        case "w:numId": style.numbering = WordNumberingReference(id: value ?? "0", level: style.numbering?.level)
        case "w:ilvl":
            style.numbering = WordNumberingReference(id: style.numbering?.id ?? "0", level: value.flatMap(Int.init))
        case "w:rPr": inRunProperties = true
        case "w:b" where inRunProperties: style.bold = WordXML.isOn(value)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "w:rPr": inRunProperties = false
        case "w:style":
            if let id { styles[id] = style }
            id = nil
        default: break
        }
    }
}

/// Small readings of WordprocessingML values.
enum WordXML {
    /// A toggle property (`<w:b/>`, `<w:b w:val="false"/>`): on unless its value says off.
    static func isOn(_ value: String?) -> Bool {
        !["0", "false", "off"].contains(value ?? "true")
    }

    /// `reader` after it has read `data` (as far as the XML is well-formed).
    static func read<Reader: XMLParserDelegate>(_ data: Data, with reader: Reader) -> Reader {
        let parser = XMLParser(data: data)
        parser.delegate = reader
        _ = parser.parse()
        return reader
    }
}
