import Foundation

/// A comma-separated table as Excel and LibreOffice save it (RFC 4180): fields in quotes may hold the separator,
/// doubled quotes and line breaks; lines end in CRLF, LF or CR; a UTF-8 byte order mark is dropped. Every field
/// keeps the line and column it starts at, for diagnostics.
public struct CSVTable: Sendable {
    /// One field, its text in NFC without surrounding spaces.
    public struct Field: Sendable, Hashable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// A parsed row and the line it starts on.
    public struct Row: Sendable {
        public var fields: [Field]
        public var line: Int
        /// A row of nothing but empty fields: a spreadsheet's blank line.
        public var isEmpty: Bool { fields.allSatisfy(\.text.isEmpty) }
    }

    public var rows: [Row] = []
    /// The separator found in the first line: `,`, or `;` as a spreadsheet set to a comma decimal saves it.
    public var separator: Character = ","

    /// A problem that stops the reading, where it is.
    public struct Failure: Error, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Parses `data`; throws where the text is not UTF-8 or a quoted field never ends.
    public init(_ data: Data) throws {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw Failure(
                line: Self.firstInvalidLine(bytes), column: 1,
                message: "the file is not UTF-8 text; in Excel save it as \"CSV UTF-8 (Comma delimited)\", "
                    + "in LibreOffice choose the character set \"Unicode (UTF-8)\"")
        }
        separator = Self.separator(of: text)
        try parse(text)
    }

    private mutating func parse(_ text: String) throws {
        var fields: [Field] = []
        var field = ""
        var fieldStart = (line: 1, column: 1)
        var rowLine = 1
        var line = 1
        var column = 1
        var quoted = false
        var closedQuote = false
        var atFieldStart = true
        var iterator = Array(text).makeIterator()
        var pending: Character?
        func endField() {
            fields.append(
                Field(
                    text: field.trimmingCharacters(in: .whitespaces).nfc, line: fieldStart.line,
                    column: fieldStart.column))
            field = ""
            atFieldStart = true
            closedQuote = false
        }
        while let character = pending ?? iterator.next() {
            pending = nil
            if atFieldStart {
                fieldStart = (line, column)
                atFieldStart = false
                if character == "\"" {
                    quoted = true
                    column += 1
                    continue
                }
            }
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                        column += 2
                        continue
                    }
                    quoted = false
                    closedQuote = true
                    column += 1
                    pending = next
                    continue
                }
                field.append(character)
                if character.isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            if character == separator {
                endField()
                column += 1
            } else if character.isNewline {
                endField()
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                line += 1
                column = 1
                rowLine = line
            } else if closedQuote, !character.isWhitespace {
                throw Failure(
                    line: line, column: column,
                    message: "text after a closing quote; put the whole value in quotes and double each quote "
                        + "inside it (\"\"\"Sao Mai\"\" Co.\")")
            } else {
                field.append(character)
                column += 1
            }
        }
        if quoted {
            throw Failure(
                line: fieldStart.line, column: fieldStart.column,
                message: "this quoted value never ends; close it with `\"`, and double each quote inside it (`\"\"`)")
        }
        if !atFieldStart || !fields.isEmpty {
            endField()
            rows.append(Row(fields: fields, line: rowLine))
        }
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    private static func separator(of text: String) -> Character {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character.isNewline { break }
            if character == "," { commas += 1 }
            if character == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// The 1-based line holding the first byte that is not UTF-8.
    private static func firstInvalidLine(_ bytes: Data) -> Int {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        return 1 + (lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil } ?? 0)
    }
}
