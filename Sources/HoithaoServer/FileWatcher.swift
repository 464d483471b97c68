import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders (and every folder under them) with inotify, and calls back once a burst of changes
/// has settled, so saving ten files is one rebuild.
final class FileWatcher: @unchecked Sendable {
    private let roots: [String]
    private let quietPeriod: TimeInterval
    private let onChange: @Sendable () -> Void
    private let queue = DispatchQueue(label: "hoithao.watch")
    private var generation = 0
    private var descriptor: Int32 = -1
    private var watched: Set<String> = []

    init(roots: [String], quietPeriod: TimeInterval = 0.1, onChange: @escaping @Sendable () -> Void) {
        self.roots = roots
        self.quietPeriod = quietPeriod
        self.onChange = onChange
    }

    /// Starts watching on a thread of its own; false when the system offers no inotify.
    func start() -> Bool {
        #if canImport(Glibc)
            descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return false }
            addWatches()
            let thread = Thread { [self] in readEvents() }
            thread.name = "hoithao.inotify"
            thread.start()
            return true
        #else
            return false
        #endif
    }

    #if canImport(Glibc)
        private static let mask = UInt32(
            IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
                | IN_ATTRIB)

        /// Watches every folder under the roots that is not watched yet (new folders appear while serving).
        private func addWatches() {
            for root in roots {
                for folder in [root] + subfolders(of: root) where !watched.contains(folder) {
                    if inotify_add_watch(descriptor, folder, Self.mask) >= 0 { watched.insert(folder) }
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

        private func readEvents() {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else {
                    if count < 0, errno == EINTR { continue }
                    return
                }
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
    #endif
}
