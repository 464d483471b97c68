import Foundation
import ZIPFoundation

/// The XML parts of a .docx (a zip of XML), each read with the content's size limit: a part that unpacks to more
/// is refused while it is being unpacked, whatever size the zip claims for it.
struct WordArchive {
    private let archive: Archive

    init(_ data: Data) throws(DocumentRefusal) {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw .notA("Word (.docx)", "it is not a zip file; a .doc from Word 97–2003 must be saved as .docx")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notA("Word (.docx)", "its zip cannot be read")
        }
    }

    /// The XML part at `path` (such as `word/document.xml`), or nil when the document has none.
    func part(_ path: String) throws(DocumentRefusal) -> Data? {
        let limit = DocumentRefusal.textLimit
        guard let data = try file(path, limit: limit, refusal: { .tooLarge(path, $0) }) else { return nil }
        // A DOCTYPE can declare entities that expand without bound; Word never writes one.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil { throw .notA("Word (.docx)", "\(path) declares a DOCTYPE") }
        return data
    }

    /// The file at `path` (a picture in `word/media/`), refused with `refusal(size)` past `limit` bytes.
    func file(_ path: String, limit: Int, refusal: (Int) -> DocumentRefusal) throws(DocumentRefusal) -> Data? {
        guard let entry = archive[path] else { return nil }
        if entry.uncompressedSize > UInt64(limit) { throw refusal(Int(clamping: entry.uncompressedSize)) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > limit { throw refusal(data.count) }
            }
        } catch let refusal as DocumentRefusal {
            throw refusal
        } catch {
            throw .notA("Word (.docx)", "its part \(path) is damaged")
        }
        return data
    }
}
