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

@Suite("One HTML escaper, for code and templates alike")
struct HTMLEscapeTests {
    @Test("the five markup characters become entities; the bytes between them, Vietnamese included, are kept")
    func markup() {
        #expect(Escape.html("Hội thảo <b>“A & B”</b> 'x'") == "Hội thảo &lt;b&gt;“A &amp; B”&lt;/b&gt; &#39;x&#39;")
    }

    @Test("the bytes a template gets are the string code gets, appended after what is there")
    func bytesAreTheString() {
        let text = "ạ<\u{FFFF}ế\u{FFFE}\u{EFBF}>\"\r\nz"
        var bytes = Array("đầu ".utf8)
        Escape.appendHTML(text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "đầu " + Escape.html(text))
        #expect(Escape.html(text) == "ạ&lt;ế\u{EFBF}&gt;&quot;\nz")
    }
}
