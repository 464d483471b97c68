import Foundation
import HoithaoModel

/// Turns the document's text into logical lines: markup stripped, page numbers dropped,
/// lines broken mid-sentence (by a PDF or a 70-column wrap) joined again.
struct LineReader {
    /// A physical line that was dropped, and why (a page number, a repeated page header).
    struct Skipped: Equatable {
        var number: Int
        var text: String
        var reason: String
    }

    private(set) var lines: [DocumentLine] = []
    private(set) var skipped: [Skipped] = []

    init(_ text: String) {
        let physical = Self.physicalLines(text)
        let width = Self.wrapWidth(physical.map(\.1))
        let furniture = PageFurniture.lines(text)
        // In a double-spaced extraction one blank line is only spacing; a paragraph ends at two.
        let paragraphBreak = Self.isDoubleSpaced(physical.map(\.1)) ? 2 : 1
        var previousLength = 0
        var blanks = paragraphBreak
        // Blank lines around a page break do not end a paragraph: the sentence goes on over the page.
        var pageBreak = false
        // A marker alone on its line ("•" where a PDF puts the bullet apart from its text) starts the next line.
        var loneMarker: String?
        for (number, raw) in physical {
            var cleaned = Self.clean(raw)
            if cleaned.isEmpty {
                blanks += 1
                continue
            }
            if Self.isPageNumber(cleaned) || furniture.contains(number) {
                let reason = furniture.contains(number) ? "a running page header or footer" : "a page number"
                skipped.append(Skipped(number: number, text: cleaned, reason: reason))
                pageBreak = true
                continue
            }
            if Self.loneMarker.matches(cleaned) {
                loneMarker = cleaned
                continue
            }
            if let marker = loneMarker {
                cleaned = marker + " " + cleaned
                (loneMarker, blanks) = (nil, paragraphBreak)
            }
            let (marker, body) = Self.marker(cleaned)
            var line = DocumentLine(lineNumbers: [number], text: body, marker: marker)
            let mayJoin = blanks < paragraphBreak || pageBreak
            pageBreak = false
            let firstWord = body.prefix { $0 != " " }.count
            let wrapped = width.map { previousLength + 1 + firstWord > $0 - 8 } ?? false
            previousLength = raw.trimmingCharacters(in: .whitespaces).count
            if mayJoin, marker == .none, let last = lines.last,
                Self.continues(last, with: line) || (wrapped && !BlockStart.isBlockStart(body))
            {
                line.lineNumbers = last.lineNumbers + [number]
                line.text = Self.join(last.text, body)
                line.marker = last.marker
                lines[lines.count - 1] = line
            } else {
                lines.append(line)
            }
            blanks = 0
        }
        for index in lines.indices {
            lines[index].damage = DamageCheck.reason(lines[index].text)
        }
    }

    /// The lines of a document whose paragraphs are known (a Word file): one line for each paragraph, NFC and
    /// single-spaced, with its marker; nothing is joined, since nothing was broken.
    init(paragraphs: [(Int, String)]) {
        for (number, text) in paragraphs {
            let spaced = PlanImporter.printable(text).precomposedStringWithCanonicalMapping
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let (marker, body) = Self.marker(spaced)
            lines.append(DocumentLine(lineNumbers: [number], text: body, marker: marker))
        }
        for index in lines.indices {
            lines[index].damage = DamageCheck.reason(lines[index].text)
        }
    }

    static let loneMarker = TextPattern(#"^(?:[-+•–·]|\d{1,2}\s*[.)]|[a-zđ]\)|[ivx]{1,4}\.)$"#)

    /// Whether nearly every line is followed by one blank line, as some PDF extractions space them.
    static func isDoubleSpaced(_ lines: [String]) -> Bool {
        let blank = lines.map { $0.allSatisfy(\.isWhitespace) }
        let filled = blank.filter { !$0 }.count
        let spaced = blank.indices.dropLast(2).filter { !blank[$0] && blank[$0 + 1] && !blank[$0 + 2] }.count
        return filled >= 10 && spaced * 10 >= filled * 8
    }

    /// The width a document was wrapped at (by a fixed-width export or `pdftotext`), or nil when
    /// its lines are whole paragraphs: wrapped text has a short longest line that many lines nearly reach.
    static func wrapWidth(_ lines: [String]) -> Int? {
        let lengths = lines.map { $0.trimmingCharacters(in: .whitespaces).count }.filter { $0 > 0 }
        guard let width = lengths.max(), width <= 100, lengths.count >= 10 else { return nil }
        let nearlyFull = lengths.filter { $0 >= width - 20 }.count
        return nearlyFull * 4 >= lengths.count ? width : nil
    }

    /// Splits on every line ending (LF, CRLF, CR, form feed), NFC; a wide gap, as `pdftotext -layout`
    /// leaves between the two columns of a header, or a drawn column rule splits a line in two with the same number.
    static func physicalLines(_ text: String) -> [(Int, String)] {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n").replacingOccurrences(of: "\u{0C}", with: "\n")
        var result: [(Int, String)] = []
        for (index, line) in unified.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // A table rule drawn as a character ("│") stands between two columns, like a wide gap.
            let text = String(line).precomposedStringWithCanonicalMapping
                .replacingOccurrences(of: "│", with: String(repeating: " ", count: 6))
                .replacingOccurrences(of: "\t", with: "        ").replacingOccurrences(of: "\u{A0}", with: " ")
                .replacingOccurrences(of: "\u{FEFF}", with: "")
            let columns = text.components(separatedBy: String(repeating: " ", count: 6))
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if columns.count > 1 {
                result += columns.map { (index + 1, $0) }
            } else {
                result.append((index + 1, text))
            }
        }
        return result
    }

    /// Drops Markdown markup (headings, emphasis, quotes, escapes) and extra spaces.
    static func clean(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: .whitespaces)
        while text.hasPrefix(">") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
        if text.hasPrefix("#") {
            text = String(text.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        }
        // A leading "* " is a bullet; every other asterisk is emphasis.
        let bullet = text.hasPrefix("* ")
        text =
            (bullet ? "- " : "") + (bullet ? String(text.dropFirst(2)) : text).replacingOccurrences(of: "*", with: "")
        text = text.replacingOccurrences(of: "__", with: "")
        var unescaped = ""
        var previousWasBackslash = false
        for character in text {
            if character == "\\", !previousWasBackslash {
                previousWasBackslash = true
                continue
            }
            if previousWasBackslash, !character.isPunctuation, !character.isSymbol { unescaped.append("\\") }
            previousWasBackslash = false
            unescaped.append(character)
        }
        return unescaped.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func isPageNumber(_ text: String) -> Bool {
        TextPattern(#"^(?:[-–—]\s*)?(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?$"#).matches(text)
    }

    /// The list marker at the start of a line and the text after it.
    static func marker(_ text: String) -> (DocumentLine.Marker, String) {
        let folded = FoldedText(text)
        if let match = TextPattern(#"^\s*([ivx]{1,4})\s*[.)/]\s*"#).firstMatch(in: folded),
            let numeral = match.group(1), numeral == numeral.uppercased(), let value = Roman.value(numeral)
        {
            return (.roman(value), match.rest)
        }
        if let match = TextPattern(#"^\s*(\d{1,2})(?:\.\d{1,2})*\s*[.)]\s+"#).firstMatch(in: folded),
            let number = match.group(1).flatMap({ Int($0) })
        {
            return (.number(number), match.rest)
        }
        if let match = TextPattern(#"^\s*(?:[-+•–·]|[a-zđ]\))\s*"#).firstMatch(in: folded), !match.rest.isEmpty,
            match.range.count > 0
        {
            return (.bullet, match.rest)
        }
        return (.none, text)
    }

    /// Whether `next` (no marker, no blank line before it) is the rest of `previous`, broken mid-sentence.
    static func continues(_ previous: DocumentLine, with next: DocumentLine) -> Bool {
        guard let last = previous.text.last, let first = next.text.first else { return false }
        if ".;:!?”\"".contains(last) { return false }
        if BlockStart.isBlockStart(next.text) { return false }
        if previous.isUppercase, !next.isUppercase, previous.text.count < 50 { return false }
        return first.isLowercase || first.isNumber || "(,;–-".contains(first) || previous.text.count >= 50
    }

    /// Joins two pieces of a broken line; a word broken with a hyphen at the end is joined without a space.
    static func join(_ first: String, _ second: String) -> String {
        first + " " + second
    }
}

/// Lines that always begin something new, even without a list marker.
enum BlockStart {
    static let keywords = ["kế hoạch", "số:", "nơi nhận", "bản điện tử", "trên đây", "thực hiện", "căn cứ"]

    /// Only when capitalized: "thực hiện" in lowercase is the middle of a sentence broken across lines.
    static func isBlockStart(_ text: String) -> Bool {
        guard text.first?.isLowercase != true else { return false }
        return TextPattern("^" + TextPattern.any(keywords)).matches(text)
    }
}
