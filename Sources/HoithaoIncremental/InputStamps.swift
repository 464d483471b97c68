import Foundation
import HoithaoModel
import HoithaoSystem

/// What the content's and the theme's files looked like when a build began: each file's name, inode, size and
/// times, in one digest per part of the site. Two builds whose stamps for a part are equal read the same bytes
/// there, so the second can keep what the first made from them, without reading a file.
///
/// The parts are each workshop's folder, and the rest (`site.yaml`, pages, static files, templates, the theme).
/// A part with a file changed in the last `settling` seconds gets no stamp: a file written twice within one tick
/// of the file system's clock keeps its times, so only an older file's times can be trusted (git's "racy" rule).
public struct InputStamps: Sendable, Equatable {
    /// Everything outside `workshops/`, with the theme; nil when a file there changed too recently to trust.
    public var site: Digest?
    /// Each folder of `workshops/` by name; a nil stamp when a file there changed too recently to trust.
    public var workshops: [String: Digest?]

    public init(site: Digest?, workshops: [String: Digest?]) {
        self.site = site
        self.workshops = workshops
    }

    /// The stamps of the content folder and theme folder as they are now.
    public static func take(content: String, theme: String, settling: Double) -> InputStamps {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let settled = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9 - settling
        let workshopsFolder = content + "/workshops"
        let names = (folderEntries(workshopsFolder) ?? []).map(\.name).filter { name in
            var info = stat()
            return lstat(workshopsFolder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        }
        // Each workshop folder on its own core; the rest of the site last.
        let stamps = Parallel.map(names.count + 1) { index -> Digest? in
            var walk = StampWalk(settled: settled)
            if index < names.count {
                walk.add(folder: workshopsFolder + "/" + names[index], skipping: nil)
            } else {
                walk.add(folder: content, skipping: workshopsFolder)
                walk.digest.add("\u{0}theme\u{0}")
                walk.add(folder: theme, skipping: nil)
                // Files right inside `workshops/` are not any workshop's; they only give warnings.
                walk.add(folder: workshopsFolder, skipping: nil, filesOnly: true)
            }
            return walk.trusted ? walk.digest : nil
        }
        var workshops: [String: Digest?] = [:]
        for (name, stamp) in zip(names, stamps) { workshops[name] = stamp }
        return InputStamps(site: stamps[names.count], workshops: workshops)
    }
}

/// One part's files, walked in name order into a digest.
private struct StampWalk {
    let settled: Double
    var digest = Digest()
    var trusted = true

    init(settled: Double) {
        self.settled = settled
    }

    mutating func add(folder: String, skipping skipped: String?, filesOnly: Bool = false) {
        guard let entries = folderEntries(folder) else {
            trusted = false
            return
        }
        for name in entries.map(\.name).sorted() {
            let path = folder + "/" + name
            if path == skipped { continue }
            var info = stat()
            guard lstat(path, &info) == 0 else {
                trusted = false
                continue
            }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                if !filesOnly {
                    digest.add("\u{0}folder\u{0}" + path)
                    add(folder: path, skipping: skipped)
                }
                continue
            }
            add(path, info)
            // A link counts with what it leads to, which is what the build reads; a theme may link a folder
            // (the content loader refuses that), whose files count then, each folder once so a loop ends.
            var target = stat()
            guard kind == S_IFLNK, stat(path, &target) == 0 else { continue }
            add(path, target)
            if (target.st_mode & S_IFMT) == S_IFDIR, !filesOnly,
                linkedFolders.insert([UInt64(target.st_dev), UInt64(target.st_ino)]).inserted
            {
                add(folder: path, skipping: skipped)
            }
        }
    }

    /// The folders entered through a link, by device and inode.
    private var linkedFolders: Set<[UInt64]> = []

    private mutating func add(_ path: String, _ info: stat) {
        digest.add("\u{0}" + path)
        for number in [
            Int64(info.st_ino), Int64(info.st_size), Int64(info.st_mode), Int64(Platform.modified(info).tv_sec),
            Int64(Platform.modified(info).tv_nsec), Int64(Platform.changed(info).tv_sec),
            Int64(Platform.changed(info).tv_nsec),
        ] {
            withUnsafeBytes(of: number.littleEndian) { digest.add($0) }
        }
        let changed = max(
            Double(Platform.modified(info).tv_sec) + Double(Platform.modified(info).tv_nsec) / 1e9,
            Double(Platform.changed(info).tv_sec) + Double(Platform.changed(info).tv_nsec) / 1e9)
        if changed >= settled { trusted = false }
    }
}
