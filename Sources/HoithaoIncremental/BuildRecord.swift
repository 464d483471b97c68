import Foundation
import HoithaoModel
import HoithaoOutput

/// What the last successful build into an output folder read and wrote, kept in `.hoithao-cache/<Output>.record`:
/// the stamps of its inputs, each workshop's digest, and which files differ between the output and the spare
/// (the build before last). With it, the next build tells from file stamps alone which workshops changed, and
/// brings the spare up to date by copying only the files the last build changed.
///
/// Removed before a build touches the spare, and written again once the output is swapped in: a build that
/// fails or is killed leaves no record, and the build after it reads everything.
public struct BuildRecord: Equatable, Sendable {
    /// The build's options and Hoithao's version, as a digest: a build with others reads everything.
    public var settings: String
    public var stamps: InputStamps
    /// `PageDigests.workshopDigest` of each workshop the site has, by folder name.
    public var workshopDigests: [String: String]
    /// The files that differ between the output and the spare; nil when that is not known (after a clean build).
    public var changed: [String]?
    public var pageCount: Int
    public var copyCount: Int
    /// The output's files and the spare's, each as `DiskSink.sweep` digests them; nil when not known.
    public var outputFiles: String?
    public var spareFiles: String?

    static func load(from path: String, version: String) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "hoithao-record \(version)"[...] else { return nil }
        var record = BuildRecord(
            settings: "", stamps: InputStamps(site: nil, workshops: [:]), workshopDigests: [:], changed: [],
            pageCount: 0, copyCount: 0)
        for line in lines.dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields[0], fields.count) {
            case ("settings", 2): record.settings = fields[1]
            case ("site", 2): record.stamps.site = stamp(fields[1])
            case ("counts", 3):
                guard let pages = Int(fields[1]), let copies = Int(fields[2]) else { return nil }
                record.pageCount = pages
                record.copyCount = copies
            case ("workshop", 4):
                record.stamps.workshops[fields[1]] = .some(stamp(fields[2]))
                if fields[3] != "-" { record.workshopDigests[fields[1]] = fields[3] }
            case ("files", 3):
                record.outputFiles = fields[1] == "-" ? nil : fields[1]
                record.spareFiles = fields[2] == "-" ? nil : fields[2]
            case ("changed", 2): record.changed?.append(fields[1])
            case ("changes-unknown", 1): record.changed = nil
            default: return nil
            }
        }
        return record
    }

    private static func stamp(_ text: String) -> Digest? {
        UInt64(text, radix: 16).map { Digest(value: $0) }
    }

    /// Writes the record; failing to only costs the next build time.
    func save(to path: String, version: String) {
        var text = "hoithao-record \(version)\nsettings\t\(settings)\n"
        text += "site\t\(Self.text(stamps.site))\ncounts\t\(pageCount)\t\(copyCount)\n"
        text += "files\t\(outputFiles ?? "-")\t\(spareFiles ?? "-")\n"
        for (name, stamp) in stamps.workshops.sorted(by: { $0.key < $1.key }) {
            text += "workshop\t\(name)\t\(Self.text(stamp))\t\(workshopDigests[name] ?? "-")\n"
        }
        // A path the format cannot hold leaves the changes unknown rather than lose one.
        if let changed, !changed.contains(where: { $0.contains("\n") || $0.contains("\t") }) {
            for path in changed.sorted() { text += "changed\t\(path)\n" }
        } else {
            text += "changes-unknown\n"
        }
        let temporary = path + ".tmp"
        guard (try? FastFiles.write(Data(text.utf8), to: temporary)) != nil else { return }
        _ = rename(temporary, path)
    }

    private static func text(_ stamp: Digest?) -> String {
        stamp.map { String($0.value, radix: 16) } ?? "-"
    }

    /// The workshops whose files may have changed since this record, when only workshops' files may have: the
    /// same settings and site files, the same workshop folders. Nil when anything else changed.
    func changedWorkshops(now stamps: InputStamps, settings: String) -> Set<String>? {
        guard settings == self.settings, let site = stamps.site, site == self.stamps.site,
            Set(stamps.workshops.keys) == Set(self.stamps.workshops.keys)
        else { return nil }
        return Set(
            stamps.workshops.compactMap { name, stamp in
                stamp == nil || stamp != self.stamps.workshops[name] ?? nil ? name : nil
            })
    }
}
