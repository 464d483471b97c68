import Foundation

/// A word of a PDF page where poppler's `pdftotext -bbox` finds it, in points from the page's top-left corner.
public struct PDFWord: Sendable, CustomStringConvertible {
    public var text: String
    public var xMin: Double
    public var yMin: Double
    public var xMax: Double
    public var yMax: Double

    public var height: Double { yMax - yMin }
    public var description: String { "\(text)@(\(Int(xMin)),\(Int(yMin)))" }
}

/// The words of every page of a PDF, as `pdftotext -bbox` reads them.
public enum PDFWords {
    public static func pages(_ pdf: String) throws -> [[PDFWord]] {
        let xml = String(decoding: try ExternalTool.run(["pdftotext", "-bbox", pdf, "-"]), as: UTF8.self)
        return xml.components(separatedBy: "<page ").dropFirst().map { page in
            page.components(separatedBy: "<word ").dropFirst().compactMap(word)
        }
    }

    private static func word(_ element: String) -> PDFWord? {
        func number(_ name: String) -> Double? {
            element.components(separatedBy: name + "=\"").dropFirst().first.flatMap { Double($0.prefix { $0 != "\"" }) }
        }
        guard let xMin = number("xMin"), let yMin = number("yMin"), let xMax = number("xMax"),
            let yMax = number("yMax"), let open = element.firstIndex(of: ">"),
            let close = element.range(of: "</word>")
        else { return nil }
        let text = element[element.index(after: open)..<close.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return PDFWord(text: text, xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax)
    }
}

extension [PDFWord] {
    /// The first run of consecutive words that spell `phrase` (split at spaces), or nil.
    public func phrase(_ phrase: String) -> [PDFWord]? {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, count >= parts.count else { return nil }
        for start in 0...(count - parts.count)
        where (0..<parts.count).allSatisfy({ self[start + $0].text == parts[$0] }) {
            return Array(self[start..<start + parts.count])
        }
        return nil
    }
}
