import Foundation

/// How a Word paper marks its headings and captions: by Word's styles, or as typed ("2.1. Vật liệu" in bold,
/// "TÀI LIỆU THAM KHẢO" in bold capitals, "Hình 1. …" under a picture).
enum PaperHeadings {
    /// The Markdown level (2–6) of a heading paragraph, nil for any other. A heading style's level is one deeper
    /// (the paper's title is the page's only level 1); a whole-bold line is a heading when it is numbered as one
    /// ("1.", "2.1.", "II.") or written in capitals, one level deeper per number.
    static func level(_ paragraph: WordParagraph, text: String, styles: WordStyles) -> Int? {
        guard paragraph.cell == nil, paragraph.note == nil, text.contains(where: \.isLetter) else { return nil }
        if let level = paragraph.headingLevel, (1...9).contains(level) { return min(level + 1, 6) }
        if styles.isStyle(paragraph.style, "title") || styles.isStyle(paragraph.style, "subtitle") { return 2 }
        guard paragraph.bold, text.count <= 150, !text.hasSuffix(":") else { return nil }
        if let depth = numberDepth(text) { return min(depth + 1, 6) }
        let letters = text.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase) ? 2 : nil
    }

    /// How many numbers a heading's number has ("2." one, "2.1" two, "IV." one), nil when it starts with none.
    static func numberDepth(_ text: String) -> Int? {
        let head = text.prefix { !$0.isWhitespace }
        guard head.count < text.count else { return nil }
        if head.count >= 2, head.hasSuffix("."), head.dropLast().allSatisfy({ "IVXLC".contains($0) }) { return 1 }
        let numbers = head.split(separator: ".", omittingEmptySubsequences: false)
        let trimmed = numbers.last == "" ? numbers.dropLast() : numbers[...]
        guard !trimmed.isEmpty,
            trimmed.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            )
        else { return nil }
        // "1 " alone is a list's number or a count; a heading's single number ends in a dot.
        return trimmed.count == 1 && numbers.count == 1 ? nil : trimmed.count
    }

    /// Whether `text` is a figure's caption ("Hình 1. …", "Figure 2: …") or a table's ("Bảng 1. …").
    static func caption(_ text: String) -> CaptionKind? {
        for (words, kind) in [
            (["Hình ảnh", "Hình", "Figure", "Fig."], CaptionKind.figure), (["Bảng", "Table"], .table),
        ] {
            for word in words where text.hasPrefix(word + " ") {
                let rest = text.dropFirst(word.count + 1)
                if rest.first?.isNumber == true { return kind }
            }
        }
        return nil
    }

    enum CaptionKind { case figure, table }
}
