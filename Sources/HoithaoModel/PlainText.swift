/// Content text made safe for formats and terminals that give control characters a meaning: every kind of
/// line break made one, other control characters dropped.
public enum PlainText {
    /// `text` with CRLF, CR, LF, NEL, U+2028 and U+2029 each replaced by `lineBreak` and tab by `tab`; other
    /// control characters (C0, DEL, C1) are dropped.
    public static func normalized(_ text: String, lineBreak: String = "\n", tab: String = "\t") -> String {
        guard needsWork(text, keepsLF: lineBreak == "\n", keepsTab: tab == "\t") else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: result.append(contentsOf: lineBreak.unicodeScalars)
            case 0x09: result.append(contentsOf: tab.unicodeScalars)
            case 0x00..<0x20, 0x7F...0x9F: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` on one line: line breaks and tabs as spaces, other control characters dropped.
    public static func singleLine(_ text: String) -> String {
        normalized(text, lineBreak: " ", tab: " ")
    }

    /// `text` for a terminal: escape sequences (CSI, OSC and the other ESC forms) and control characters removed,
    /// line breaks as LF, so content quoted in a message cannot move the cursor, recolour or retitle the terminal.
    public static func forTerminal(_ text: String) -> String {
        guard needsWork(text, keepsLF: true, keepsTab: true) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                skipString(&scalars)
            default:
                result.append(scalar)
            }
        }
        return normalized(String(result))
    }

    /// After ESC: `[` starts a control sequence, `]`, `P`, `X`, `^` and `_` a string ended by BEL or ST; any
    /// other printable character ends it.
    private static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.first, (0x20...0x7E).contains(next.value) else { return }
        scalars.removeFirst()
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        default: return
        }
    }

    /// Parameter and intermediate bytes up to and with the final byte (0x40–0x7E) of a control sequence; a
    /// character that cannot be part of one ends it and stays.
    private static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let next = scalars.first, (0x20...0x7E).contains(next.value) {
            scalars.removeFirst()
            if next.value >= 0x40 { return }
        }
    }

    /// An operating-system command or device string, up to BEL or ST (ESC \ or U+009C); a line break ends it
    /// and stays.
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let next = scalars.first, next != "\n" {
            scalars.removeFirst()
            switch next.value {
            case 0x07, 0x9C: return
            case 0x1B:
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            default: continue
            }
        }
    }

    /// Whether `text` holds anything `normalized` would change; a scan of its bytes, as most text holds nothing.
    private static func needsWork(_ text: String, keepsLF: Bool, keepsTab: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x0A where keepsLF, 0x09 where keepsTab: continue
                case 0x00..<0x20, 0x7F: return true
                // C1 controls and NEL are C2 80–C2 9F; U+2028 and U+2029 are E2 80 A8–A9.
                case 0xC2 where index < bytes.count && bytes[index] < 0xA0: return true
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] & 0xFE) == 0xA8:
                    return true
                default: continue
                }
            }
            return false
        }
    }
}
