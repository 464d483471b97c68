/// The numbers authors write before their headings ("1. Đặt vấn đề", "3.1. Phương pháp", "II. NỘI DUNG"), so a
/// table of contents shows them as written instead of numbering the headings again.
public enum AuthorNumbering {
    /// The number `heading` starts with ("3.1."), or nil.
    public static func number(of heading: String) -> String? {
        let scalars = Array(heading.unicodeScalars)
        var index = 0
        if let first = scalars.first, ("0"..."9").contains(first) {
            var groups = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
                groups += 1
                guard index < scalars.count, scalars[index] == "." else { break }
                index += 1
            }
            let endsWithMark =
                index > 0 && (scalars[index - 1] == "." || (index < scalars.count && scalars[index] == ")"))
            if index < scalars.count, scalars[index] == ")" { index += 1 }
            guard endsWithMark || groups >= 2 else { return nil }
        } else {
            while index < scalars.count, "IVXLC".unicodeScalars.contains(scalars[index]) { index += 1 }
            guard index > 0, index < scalars.count, scalars[index] == "." else { return nil }
            index += 1
        }
        guard index < scalars.count, scalars[index].properties.isWhitespace else { return nil }
        return String(String.UnicodeScalarView(scalars[..<index]))
    }

    /// `heading` without the number it starts with.
    public static func strip(_ heading: String) -> String {
        guard let number = number(of: heading) else { return heading }
        return String(heading.dropFirst(number.count).drop(while: \.isWhitespace))
    }
}
