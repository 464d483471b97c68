import Foundation
import HoithaoModel

/// Turns a file's bytes into the text Hoithao works on: UTF-8, no BOM, LF line ends, NFC.
enum SourceText {
    /// The decoded text, or a diagnostic saying where the bytes went wrong.
    static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        // The usual case, valid text, is checked through one pointer; the slow paths only find where it went wrong.
        let valid = data.withUnsafeBytes { raw -> (text: String, hasCR: Bool)? in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
            guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil else {
                return bytes.isEmpty ? ("", false) : nil
            }
            return String(validating: bytes, as: UTF8.self).map { ($0, memchr(base, 13, bytes.count) != nil) }
        }
        if let valid { return .success((valid.hasCR ? normalizeLineEnds(valid.text) : valid.text).nfc) }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            return .failure(
                .error(
                    SourceLocation(path: path, line: line, column: column),
                    "the file contains a NUL byte, so it is not a text file; save it again as plain UTF-8 text"))
        }
        let bad = firstInvalidUTF8(in: bytes) ?? bytes.startIndex
        let (line, column) = position(of: bad, in: bytes)
        return .failure(
            .error(
                SourceLocation(path: path, line: line, column: column),
                "the file is not UTF-8 text (an invalid byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) here); "
                    + "save it again with the encoding UTF-8"))
    }

    /// CRLF and lone CR become LF, so line numbers agree with every editor.
    static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func position(of index: Data.Index, in bytes: Data.SubSequence) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for i in bytes.startIndex..<index where bytes[i] == 10 {
            line += 1
            lineStart = i + 1
        }
        let prefix = bytes[lineStart..<index]
        let column = (String(validating: prefix, as: UTF8.self)?.unicodeScalars.count ?? prefix.count) + 1
        return (line, column)
    }

    private static func firstInvalidUTF8(in bytes: Data.SubSequence) -> Data.Index? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex,
                String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            else { return index }
            index += length
        }
        return nil
    }
}
