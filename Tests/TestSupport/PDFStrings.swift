import Foundation

/// The strings of an uncompressed PDF (`qpdf --qdf`), decoded as a reader decodes them: literal `(…)` strings
/// with their escapes and `<…>` hex strings, UTF-16 when they start with its byte order mark (as Cairo writes
/// non-ASCII metadata), UTF-8 or Latin-1 otherwise. Searching these finds a value however the PDF spelled it.
enum PDFStrings {
    static func decoded(_ pdf: Data) -> String {
        let bytes = [UInt8](pdf)
        var strings: [String] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "("):
                let (string, end) = literal(bytes, from: index + 1)
                strings.append(text(string))
                index = end
            case UInt8(ascii: "<") where index + 1 < bytes.count && bytes[index + 1] != UInt8(ascii: "<"):
                let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
                strings.append(text(hex(bytes[(index + 1)..<end])))
                index = end + 1
            case UInt8(ascii: "<"):
                index += 2
            default:
                index += 1
            }
        }
        return strings.joined(separator: "\n")
    }

    /// The bytes of a literal string that starts at `start` (after its `(`), and where reading goes on.
    private static func literal(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
        var result: [UInt8] = []
        var depth = 1
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\\") where index < bytes.count:
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(10)
                case UInt8(ascii: "r"): result.append(13)
                case UInt8(ascii: "t"): result.append(9)
                case UInt8(ascii: "b"): result.append(8)
                case UInt8(ascii: "f"): result.append(12)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 where index < bytes.count && (48...55).contains(bytes[index]) {
                        value = value * 8 + Int(bytes[index] - 48)
                        index += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: value))
                case 10, 13: break
                default: result.append(escaped)
                }
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return (result, index) }
                result.append(byte)
            default:
                result.append(byte)
            }
        }
        return (result, index)
    }

    private static func hex(_ digits: ArraySlice<UInt8>) -> [UInt8] {
        let values = digits.compactMap { UInt8(String(UnicodeScalar($0)), radix: 16) }
        return stride(from: 0, to: values.count, by: 2).map {
            values[$0] << 4 | ($0 + 1 < values.count ? values[$0 + 1] : 0)
        }
    }

    private static func text(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian) ?? ""
        }
        return String(validating: bytes, as: UTF8.self) ?? String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
    }
}
