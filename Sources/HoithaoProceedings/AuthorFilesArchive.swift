import Foundation
import HoithaoModel
import ZIPFoundation

/// One zip of every file the authors supplied, dated from the content so it is the same in every build.
public enum AuthorFilesArchive {
    /// `files` are (name in the zip, bytes).
    public static func zip(_ files: [(name: String, data: Data)], date: CalendarDate) throws -> Data {
        let archive: Archive
        do { archive = try Archive(accessMode: .create) } catch { throw ProceedingsError.zip("\(error)") }
        let modified = Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400)
        for (name, data) in files {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ProceedingsError.zip("the archive could not be finished") }
        return data
    }
}
