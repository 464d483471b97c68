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
    private var watched: Set<String> = []

    init(roots: [String], quietPeriod: TimeInterval = 0.1, onChange: @escaping @Sendable () -> Void) {
        self.roots = roots
        self.quietPeriod = quietPeriod
        self.onChange = onChange
    }

    /// Starts watching on a thread of its own; false when the system offers no folder events.
    func start() -> Bool {
        guard let events = FolderEvents() else { return false }
        self.events = events
        addWatches()
        let thread = Thread { [self] in readEvents(events) }
        thread.name = "hoithao.watch"
        thread.start()
        return true
    }

    /// Watches every folder under the roots that is not watched yet (new folders appear while serving).
    private func addWatches() {
        for root in roots {
            for folder in [root] + subfolders(of: root) where !watched.contains(folder) {
                if events?.watch(folder) == true { watched.insert(folder) }
            }
        }
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
