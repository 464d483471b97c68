extension Escape {
    /// A JSON string literal appended to `output`: `<`, `>` and `&` as escapes so `</script>` or `<!--` in a value
    /// cannot end an HTML `<script>` block; line breaks as `\n` (U+2028 and U+2029 too, which old JavaScript read
    /// as line ends), other control characters dropped.
    public static func appendJSON(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        // Most text has nothing to escape: it is copied whole. 0xE2 starts U+2028 and U+2029, 0xC2 the C1 controls.
        let plain = text.withUTF8 { bytes in
            !bytes.contains { byte in
                byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26
                    || byte == 0xE2 || byte == 0xC2 || byte == 0x7F
            }
        }
        if plain {
            text.withUTF8 { output.append(contentsOf: $0) }
            output.append(UInt8(ascii: "\""))
            return
        }
        text = PlainText.normalized(text)
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): output += "\\\"".utf8
                case UInt8(ascii: "\\"): output += "\\\\".utf8
                case UInt8(ascii: "\n"): output += "\\n".utf8
                case UInt8(ascii: "\t"): output += "\\t".utf8
                case UInt8(ascii: "<"): output += "\\u003c".utf8
                case UInt8(ascii: ">"): output += "\\u003e".utf8
                case UInt8(ascii: "&"): output += "\\u0026".utf8
                default: output.append(byte)
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
