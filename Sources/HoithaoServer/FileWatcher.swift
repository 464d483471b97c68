import Foundation
import HoithaoSystem

/// Watches folders (and every folder under them) with the system's folder events, and calls back once a burst
/// of changes has settled, so saving ten files is one rebuild.
final class FileWatcher: @unchecked Sendable {
    private let roots: [String]
    private let quietPeriod: TimeInterval
    private let onChange: @Sendable () -> Void
    private let queue = DispatchQueue(label: "hoithao.watch")
    private var generation = 0
    private var events: FolderEvents?
    /// Each root's inode when last watched: a root deleted and made again (a restore, a checkout) has a new
    /// one, and none of the old watches.
    private var rootInodes: [String: UInt64] = [:]

    init(roots: [String], quietPeriod: TimeInterval = 0.1, onChange: @escaping @Sendable () -> Void) {
        self.roots = roots
        self.quietPeriod = quietPeriod
        self.onChange = onChange
    }

    /// Starts watching on a thread of its own; false when the system offers no folder events.
    func start() -> Bool {
        guard let events = FolderEvents() else { return false }
        self.events = events
        queue.sync {
            for root in roots { rootInodes[root] = Self.inode(of: root) }
            addWatches()
        }
        let thread = Thread { [self] in readEvents(events) }
        thread.name = "hoithao.watch"
        thread.start()
        queue.asyncAfter(deadline: .now() + 1) { [self] in checkRoots() }
        return true
    }

    /// Watches every folder under the roots (new folders appear while serving, and a folder deleted and made
    /// again is a new one); watching a watched folder again changes nothing.
    private func addWatches() {
        for root in roots {
            for folder in [root] + subfolders(of: root) {
                _ = events?.watch(folder)
            }
        }
    }

    /// Every second: a root that was deleted, or deleted and made again, is watched afresh and the site built
    /// again (no event comes from inside a folder that no longer exists).
    private func checkRoots() {
        var changed = false
        for root in roots {
            let inode = Self.inode(of: root)
            guard inode != rootInodes[root] else { continue }
            rootInodes[root] = inode
            changed = true
        }
        if changed {
            addWatches()
            settle()
        }
        queue.asyncAfter(deadline: .now() + 1) { [self] in checkRoots() }
    }

    private static func inode(of path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    private func subfolders(of root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                result.append(full)
            }
        }
        return result
    }

    private func readEvents(_ events: FolderEvents) {
        while events.next() {
            queue.async { [self] in
                addWatches()
                settle()
            }
        }
    }

    /// Calls back after `quietPeriod` without further events.
    private func settle() {
        generation += 1
        let expected = generation
        queue.asyncAfter(deadline: .now() + quietPeriod) { [self] in
            if generation == expected { onChange() }
        }
    }
}
