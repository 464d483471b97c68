import Foundation

/// Reorders the pages of a PDF that Cairo wrote. Cairo keeps pages in the order they were drawn, and
/// the contents, which come first, can only be drawn once every paper has its page number.
enum PageOrder {
    /// Moves the last `count` of the `pageCount` pages to the front by permuting the references in
    /// the page tree's `/Kids` array. The array keeps its length in bytes, so every offset in the cross-reference
    /// table stays right; anything not in the expected shape is an error, never a damaged file.
    static func movingToFront(last count: Int, of pdf: Data, pageCount: Int) throws -> Data {
        let bytes = [UInt8](pdf)
        let marker = Array("/Type /Pages\n   /Kids [".utf8)
        let starts = occurrences(of: marker, in: bytes)
        guard starts.count == 1, let start = starts.first.map({ $0 + marker.count }),
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "]"))
        else { throw ProceedingsError.cairo("the PDF's page tree is not in the form Cairo writes") }
        let words = bytes[start..<end].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        let references = stride(from: 0, to: words.count - 2, by: 3).map { words[$0..<$0 + 3].joined(separator: " ") }
        guard words.count % 3 == 0, references.allSatisfy({ $0.hasSuffix(" 0 R") }), references.count == pageCount,
            count <= pageCount
        else {
            throw ProceedingsError.cairo("the PDF's page tree does not list its pages as expected")
        }
        let reordered = references.suffix(count) + references.dropLast(count)
        let array = Array((" " + reordered.joined(separator: " ") + " ").utf8)
        guard array.count == end - start else {
            throw ProceedingsError.cairo("the PDF's page tree could not be reordered in place")
        }
        var result = bytes
        result.replaceSubrange(start..<end, with: array)
        return Data(result)
    }

    private static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard let first = needle.first, bytes.count >= needle.count else { return [] }
        var found: [Int] = []
        for index in 0...(bytes.count - needle.count)
        where bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) {
            found.append(index)
        }
        return found
    }
}
