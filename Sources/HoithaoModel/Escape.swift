/// Escaping for text that Swift code (not a template) puts into HTML, XHTML or XML, content or attribute.
public enum Escape {
    /// `&`, `<`, `>`, `"` and `'` as entities; line breaks as LF; control characters (which XML forbids and the
    /// HTML checker refuses) and U+FFFE/U+FFFF (which XML 1.0 cannot hold) dropped.
    public static func html(_ text: String) -> String {
        escaped(text, breaksAsReferences: false)
    }

    /// `html`, with tab and line break as character references: an XML reader turns a raw one in an attribute
    /// value into a space, so only a reference gives it back as written.
    public static func attribute(_ text: String) -> String {
        escaped(text, breaksAsReferences: true)
    }

    private static func escaped(_ text: String, breaksAsReferences: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in PlainText.normalized(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t" where breaksAsReferences: result += "&#9;"
            case "\n" where breaksAsReferences: result += "&#10;"
            case "\u{FFFE}", "\u{FFFF}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
