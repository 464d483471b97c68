import Foundation
import HoithaoModel
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The attribute `value` of the document's root, as an XML reader gives it back.
private func readAttribute(_ document: String) -> String? {
    final class Reader: NSObject, XMLParserDelegate {
        var value: String?
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) { value = value ?? attributes["value"] }
    }
    let parser = XMLParser(data: Data(document.utf8))
    let reader = Reader()
    parser.delegate = reader
    return parser.parse() ? reader.value : nil
}

@Suite("Escaping for XML and HTML")
struct EscapeTests {
    @Test("an attribute value reads back whole, its tabs and line breaks included (found by fuzz-xml)")
    func attributeReadsBack() {
        let text = "a\tb\nc\r\nd\u{2028}e <&\"'> f"
        #expect(readAttribute("<x value=\"\(Escape.attribute(text))\"/>") == "a\tb\nc\nd\ne <&\"'> f")
    }

    @Test("characters XML 1.0 cannot hold are left out, so the document still parses")
    func notXMLCharacters() {
        let text = "a\u{0}\u{1}\u{B}\u{FFFE}\u{FFFF}b\u{1FFFE}"
        #expect(Escape.html(text) == "ab\u{1FFFE}")
        #expect(readAttribute("<x value=\"\(Escape.attribute(text))\"/>") == "ab\u{1FFFE}")
    }
}
