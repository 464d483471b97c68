/// Escaping for text that code (not a template's author) puts into another language: HTML, XHTML or XML here,
/// Markdown and YAML in their files. Each language has this one escaper, which the templates use too.
public enum Escape {
    /// `&`, `<`, `>`, `"` and `'` as entities; line breaks as LF; control characters (which XML forbids and the
    /// HTML checker refuses) and U+FFFE/U+FFFF (which XML 1.0 cannot hold) dropped.
    public static func html(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendHTML(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `html`, with tab and line break as character references: an XML reader turns a raw one in an attribute
    /// value into a space, so only a reference gives it back as written.
    public static func attribute(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendHTML(text, to: &bytes, breaksAsReferences: true)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `html`'s bytes appended to `output`, copying runs of bytes that need nothing whole (a page's template values
    /// go through here).
    public static func appendHTML(_ text: String, to output: inout [UInt8], breaksAsReferences: Bool = false) {
        var text = PlainText.normalized(text)
        text.withUTF8 { bytes in
            output.reserveCapacity(output.count + bytes.count)
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let replacement: StaticString
                var width = 1
                switch bytes[index] {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case UInt8(ascii: "\t") where breaksAsReferences: replacement = "&#9;"
                case UInt8(ascii: "\n") where breaksAsReferences: replacement = "&#10;"
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    replacement = ""
                    width = 3
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                index += width
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }
}
