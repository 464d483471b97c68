import HoithaoModel

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

    /// TEXT escaped: every kind of line break as `\n` (a raw one would start a property or an event of the
    /// content's making), other control characters dropped, `\\`, `;` and `,` escaped.
    func escape(_ value: String) -> String {
        let plain = PlainText.normalized(value)
        var copy = plain
        // Byte by byte: every agenda item's every field goes through here.
        return copy.withUTF8 { bytes in
            let special = bytes.contains { byte in
                byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == 10
            }
            guard special else { return plain }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): result += [UInt8(ascii: "\\"), byte]
                case 10: result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Splits a line into chunks of at most 75 octets, never inside a UTF-8 character; continuation lines
    /// start with one space, which counts toward their 75.
    func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line + "\r\n" }
        var copy = line
        return copy.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 24 + 2)
            var octets = 0
            var limit = 75
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let size = min(lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1, bytes.count - index)
                if octets + size > limit {
                    result += [13, 10, 32]
                    octets = 0
                    limit = 74
                }
                result += bytes[index..<index + size]
                octets += size
                index += size
            }
            result += [13, 10]
            return String(decoding: result, as: UTF8.self)
        }
    }
}
