/// Footnote definitions (`[^id]: text`), found in the source before libcmark reads it.
///
/// libcmark would take a one-word definition (`[^2]: https://gso.gov.vn`) for a link reference definition and drop
/// it, so the `:` is swapped for `;` (same length, so every position stays). A definition's continuation
/// paragraphs, indented by four spaces as pandoc writes them, lose that indent (else they would be code); the
/// columns those lines lose are kept to report positions in the file.
struct FootnoteSource {
    /// The source as libcmark reads it.
    private(set) var text: String
    /// The label of each definition by the line (from 1) it starts on.
    private(set) var starts: [Int: String] = [:]
    /// For each line of a definition (its first line included), the line the definition starts on.
    private(set) var owners: [Int: Int] = [:]
    /// Bytes removed from the start of a line.
    private(set) var shifts: [Int: Int] = [:]

    init(_ source: String) {
        text = source
        guard source.utf8.count > 3, source.contains("[^") else { return }
        var lines = Self.lines(of: Array(source.utf8))
        var fence: (byte: UInt8, length: Int)?
        var current: (start: Int, blankBefore: Bool)?
        for index in lines.indices {
            let number = index + 1
            let line = lines[index]
            if let open = fence {
                if let close = Self.fence(line), close.byte == open.byte, close.length >= open.length { fence = nil }
                continue
            }
            if let found = Self.fence(line) {
                fence = found
                current = nil
                continue
            }
            if let (label, colon) = Self.definition(line) {
                lines[index][colon] = UInt8(ascii: ";")
                starts[number] = label
                owners[number] = number
                current = (number, false)
                continue
            }
            guard let open = current else { continue }
            let blank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            if blank {
                current = (open.start, true)
            } else if let indent = Self.indent(line) {
                lines[index].removeFirst(indent)
                shifts[number] = indent
                owners[number] = open.start
                current = (open.start, false)
            } else if !open.blankBefore {
                owners[number] = open.start
            } else {
                current = nil
            }
        }
        text = String(decoding: Array(lines.joined(separator: [UInt8(ascii: "\n")])), as: UTF8.self)
    }

    /// The lines without their line ends; a CRLF or CR ends a line as LF does, as libcmark counts lines.
    private static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(Array(bytes[start..<index]))
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                start = index + 1
            }
            index += 1
        }
        lines.append(Array(bytes[start...]))
        return lines
    }

    /// A definition's label and the index of its colon, when `line` opens one: up to three spaces, block quote
    /// marks, then `[^label]:`.
    private static func definition(_ line: [UInt8]) -> (label: String, colon: Int)? {
        var index = 0
        func skipSpaces() {
            var spaces = 0
            while index < line.count, line[index] == UInt8(ascii: " "), spaces < 3 {
                index += 1
                spaces += 1
            }
        }
        skipSpaces()
        while index < line.count, line[index] == UInt8(ascii: ">") {
            index += 1
            skipSpaces()
        }
        guard index + 1 < line.count, line[index] == UInt8(ascii: "["), line[index + 1] == UInt8(ascii: "^")
        else { return nil }
        let labelStart = index + 2
        var end = labelStart
        while end < line.count, end - labelStart <= FootnoteLabel.maximumLength {
            let byte = line[end]
            if byte == UInt8(ascii: "]") { break }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { return nil }
            end += 1
        }
        guard end > labelStart, end + 1 < line.count, line[end] == UInt8(ascii: "]"),
            line[end + 1] == UInt8(ascii: ":")
        else { return nil }
        return (String(decoding: line[labelStart..<end], as: UTF8.self), end + 1)
    }

    /// The bytes of a continuation line's indent: four spaces or a tab (after fewer than four spaces).
    private static func indent(_ line: [UInt8]) -> Int? {
        var index = 0
        while index < 4, index < line.count {
            if line[index] == UInt8(ascii: "\t") { return index + 1 }
            guard line[index] == UInt8(ascii: " ") else { return nil }
            index += 1
        }
        return index == 4 ? 4 : nil
    }

    /// The fence a line opens or closes (three or more backticks or tildes after up to three spaces).
    private static func fence(_ line: [UInt8]) -> (byte: UInt8, length: Int)? {
        var index = 0
        while index < line.count, index < 3, line[index] == UInt8(ascii: " ") { index += 1 }
        guard index < line.count, line[index] == UInt8(ascii: "`") || line[index] == UInt8(ascii: "~") else {
            return nil
        }
        let byte = line[index]
        var length = 0
        while index + length < line.count, line[index + length] == byte { length += 1 }
        return length >= 3 ? (byte, length) : nil
    }
}

/// Limits of a footnote's label.
enum FootnoteLabel {
    /// Longer labels are not footnotes (as in pandoc, a label is a short name).
    static let maximumLength = 100

    /// Whether `scalar` may be part of a label written in the text (`[^label]`).
    static func allows(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && scalar != "[" && scalar != "]"
    }
}
