import Foundation

/// Running page headers and footers: a line next to a page break (a form feed) that comes back at other page
/// breaks, or that is the document's first line, with its numbers allowed to differ ("Trang 2", "Trang 3").
enum PageFurniture {
    /// The line numbers (counted as `LineReader.physicalLines` counts them) of running headers and footers.
    static func lines(_ text: String) -> Set<Int> {
        var lines: [String] = []
        var breaks: [Int] = []
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            for (index, piece) in line.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { breaks.append(lines.count) }
                lines.append(shape(String(piece)))
            }
        }
        guard !breaks.isEmpty else { return [] }
        var candidates: [Int] = []
        for start in breaks {
            candidates += lines.indices[start...].lazy.filter { !lines[$0].isEmpty }.prefix(1)
            candidates += lines.indices[..<start].reversed().lazy.filter { !lines[$0].isEmpty }.prefix(1)
        }
        var counts: [String: Int] = [:]
        for index in candidates { counts[lines[index], default: 0] += 1 }
        if let first = lines.first(where: { !$0.isEmpty }) { counts[first, default: 0] += 1 }
        return Set(candidates.filter { counts[lines[$0], default: 0] >= 2 }.map { $0 + 1 })
    }

    /// The line as compared: cleaned and single-spaced, every digit the same; empty for a blank line or a page
    /// number alone, which are no header.
    private static func shape(_ line: String) -> String {
        let cleaned = LineReader.clean(line.precomposedStringWithCanonicalMapping)
        guard !LineReader.isPageNumber(cleaned) else { return "" }
        return String(cleaned.map { $0.isNumber ? "#" : $0 })
    }
}
