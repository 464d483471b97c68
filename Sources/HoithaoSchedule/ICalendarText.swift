/// The text rules of iCalendar (RFC 5545): escaped TEXT values, lines folded at 75 octets, CRLF.
struct ICalendarText {
    private(set) var lines: [String] = []

    /// Adds `NAME:value` with the value escaped as TEXT.
    mutating func text(_ name: String, _ value: String) {
        raw(name, escape(value))
    }

    /// Adds a line whose value is already in its final form (dates, URIs, numbers).
    mutating func raw(_ name: String, _ value: String) {
        lines.append(name + ":" + value)
    }

    /// The whole object: every line folded, each ended by CRLF.
    var serialized: String {
        lines.map(fold).joined()
    }

    func escape(_ value: String) -> String {
        let special = value.utf8.contains { byte in
            byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == 10
                || byte == 13
        }
        guard special else { return value }
        var result = ""
        for character in value {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// Splits a line into chunks of at most 75 octets, never inside a UTF-8 character; continuation lines
    /// start with one space, which counts toward their 75.
    func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line + "\r\n" }
        var result = ""
        var current = ""
        var octets = 0
        var limit = 75
        for character in line {
            let size = character.utf8.count
            if octets + size > limit {
                result += current + "\r\n "
                current = ""
                octets = 0
                limit = 74
            }
            current.append(character)
            octets += size
        }
        return result + current + "\r\n"
    }
}
