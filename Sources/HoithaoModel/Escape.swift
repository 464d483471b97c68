/// Escaping for text that Swift code (not a template) puts into HTML, XHTML or XML, content or attribute.
public enum Escape {
    /// `&`, `<`, `>`, `"` and `'` as entities; line breaks as LF; control characters (which XML forbids and the
    /// HTML checker refuses) dropped.
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in PlainText.normalized(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if scalar.value != 0xFFFE, scalar.value != 0xFFFF { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
