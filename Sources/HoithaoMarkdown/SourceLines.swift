/// The Markdown's lines as UTF-8, addressed as libcmark's source positions address them.
struct SourceLines {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    /// Bytes taken off the start of a line before libcmark read it (see `FootnoteSource`).
    private let shifts: [Int: Int]

    init(_ source: String, shifts: [Int: Int] = [:]) {
        bytes = Array(source.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                index += 1
            }
            if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") { starts.append(index + 1) }
            index += 1
        }
        lineStarts = starts
        self.shifts = shifts
    }

    /// The text of `line` (from 1) between two columns (from 1, both included), or "" outside the source.
    func text(line: Int, from start: Int, to end: Int) -> String {
        guard lineStarts.indices.contains(line - 1), start >= 1, end >= start else { return "" }
        let lower = lineStarts[line - 1] + start - 1
        let upper = min(lineStarts[line - 1] + end, bytes.count)
        guard lower < upper else { return "" }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The bytes of `line` (from 1) without its line end; empty outside the source.
    func line(_ line: Int) -> ArraySlice<UInt8> {
        guard lineStarts.indices.contains(line - 1) else { return [] }
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > lineStarts[line - 1], bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return bytes[lineStarts[line - 1]..<end]
    }

    /// The column in characters (Unicode scalars, from 1) of libcmark's byte column, in the file as written.
    func scalarColumn(line: Int, _ byteColumn: Int) -> Int {
        let text = self.line(line)
        let before = String(decoding: text.prefix(max(0, byteColumn - 1)), as: UTF8.self)
        return before.unicodeScalars.count + 1 + (shifts[line] ?? 0)
    }
}
