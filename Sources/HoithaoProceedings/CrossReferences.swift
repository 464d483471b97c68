import Foundation

/// Repairs the cross-reference table of a PDF that Cairo 1.16 wrote. Cairo numbers a structure
/// element for every link but, with no structure tree to write, never writes those objects, and
/// lists them at the offset of some other object: PDF checkers (qpdf, preflight tools) then call
/// the file damaged. Each such entry becomes a free object, which a reference reads as null.
enum CrossReferences {
    /// One entry of the table: ten digits of offset, five of generation, its kind, and two bytes of end.
    private static let entryLength = 20

    static func freeingUnwrittenObjects(in pdf: Data) throws -> Data {
        var bytes = [UInt8](pdf)
        let table = try tableStart(bytes)
        guard let count = table.count else { throw damaged("its cross-reference table has no object count") }
        var unwritten: [Int] = []
        for object in 1..<max(count, 1) {
            let entry = table.entries + object * entryLength
            guard entry + entryLength <= bytes.count else { throw damaged("its cross-reference table is cut short") }
            let kind = bytes[entry + 17]
            guard kind == UInt8(ascii: "n") || kind == UInt8(ascii: "f") else { throw damaged("an entry has no kind") }
            guard kind == UInt8(ascii: "n") else { continue }
            guard let offset = number(bytes[entry..<entry + 10]) else { throw damaged("an entry has no offset") }
            let header = Array("\(object) 0 obj".utf8)
            if offset + header.count > bytes.count || !bytes[offset..<offset + header.count].elementsEqual(header) {
                unwritten.append(object)
            }
        }
        // Free entries form a list: entry 0 names the first free object, each names the next, the last 0.
        let free = [0] + unwritten
        for (index, object) in free.enumerated() {
            let next = index + 1 < free.count ? free[index + 1] : 0
            let line = String(format: "%010d %05d f \n", next, object == 0 ? 65535 : 1)
            let entry = table.entries + object * entryLength
            bytes.replaceSubrange(entry..<entry + entryLength, with: Array(line.utf8))
        }
        return Data(bytes)
    }

    /// Where the entries of the table that `startxref` points to begin, and how many there are.
    private static func tableStart(_ bytes: [UInt8]) throws -> (entries: Int, count: Int?) {
        let keyword = Array("startxref\n".utf8)
        guard let found = lastOccurrence(of: keyword, in: bytes),
            let start = number(bytes[(found + keyword.count)...].prefix { $0 != UInt8(ascii: "\n") }),
            start + 5 < bytes.count, bytes[start..<start + 5].elementsEqual(Array("xref\n".utf8)),
            let lineEnd = bytes[(start + 5)...].firstIndex(of: UInt8(ascii: "\n"))
        else { throw damaged("it has no cross-reference table where `startxref` says") }
        let header = bytes[(start + 5)..<lineEnd].split(separator: UInt8(ascii: " "))
        guard header.count == 2, number(header[0]) == 0 else { throw damaged("its cross-reference table has sections") }
        return (lineEnd + 1, number(header[1]))
    }

    private static func lastOccurrence(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return stride(from: bytes.count - needle.count, through: 0, by: -1).first {
            bytes[$0..<$0 + needle.count].elementsEqual(needle)
        }
    }

    private static func number(_ digits: some Collection<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private static func damaged(_ reason: String) -> ProceedingsError {
        .cairo("the PDF Cairo wrote cannot be repaired: \(reason)")
    }
}
