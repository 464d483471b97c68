import Foundation
import HoithaoModel
import HoithaoOutput
import ZIPFoundation

/// The built site as one zip, for a USB stick or a CD: `index.html` at its root, and a `SHA256SUMS` manifest
/// that `sha256sum -c SHA256SUMS` checks after unpacking.
public enum SitePack {
    /// Zips every file of the built site in `folder` (Hoithao's marker left out) into `zip`, in name order, each
    /// dated `date`, so the same site gives the same bytes. The zip is written beside its place and renamed into
    /// it, so a failure never leaves half a zip. Returns the number of files packed.
    public static func pack(folder: String, into zip: String, date: CalendarDate) throws -> Int {
        let names = try files(in: folder, prefix: "").filter { $0 != OutputFolder.marker }.sorted()
        let partial = zip + ".part"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let archive = try Archive(url: URL(fileURLWithPath: partial), accessMode: .create)
            let modified = Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400)
            var sums = ""
            for name in names {
                let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
                sums += "\(SHA256.hex(data))  \(name)\n"
                try add(name, data, to: archive, modified: modified)
            }
            try add("SHA256SUMS", Data(sums.utf8), to: archive, modified: modified)
            guard rename(partial, zip) == 0 else { throw POSIXError(errno: errno, path: zip) }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        return names.count
    }

    private static func add(_ name: String, _ data: Data, to archive: Archive, modified: Date) throws {
        // Pictures, PDFs, books and zips are compressed already; deflating them again only costs time.
        let stored = ["png", "jpg", "jpeg", "pdf", "epub", "zip", "gz", "woff2"].contains(
            (name as NSString).pathExtension.lowercased())
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
            permissions: 0o644, compressionMethod: stored ? .none : .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Every file under `folder`, as paths relative to it; links are not followed.
    private static func files(in folder: String, prefix: String) throws -> [String] {
        try FastFiles.entries(of: folder).flatMap { entry in
            entry.isFolder
                ? try files(in: folder + "/" + entry.name, prefix: prefix + entry.name + "/")
                : [prefix + entry.name]
        }
    }
}
