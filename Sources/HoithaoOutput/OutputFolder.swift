import Foundation
import HoithaoModel
import HoithaoSystem

/// The output folder, replaced whole only once a build has fully succeeded.
///
/// Pages are written into a staging folder beside it (`.Output.building`); the swap renames the
/// old folder aside, the new one in, and keeps the old as the spare the next build writes over.
/// Any step interrupted is repaired by the next run, so a failed build never leaves `Output/`
/// half written or gone.
public struct OutputFolder {
    /// A file in every folder Hoithao made, so it never replaces a folder it did not make.
    public static let marker = ".hoithao-output"

    /// The output folder's path, without a trailing `/`.
    public let path: String
    private let manager = FileManager.default
    /// Swaps two paths in one step: 0, or -1 with `errno` set. Tests set one that the file system refuses.
    var exchange: (String, String) -> Int32 = { Platform.exchange($0, $1) }

    /// The folder the new site is written into before the swap.
    public var staging: String { sibling("building") }
    private var previous: String { sibling("previous") }

    public init(path: String) {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.path = trimmed
    }

    /// Why this folder must not be the output (nil when it may): it would swallow content or more.
    public func refusal(contentPath: String, themePath: String, currentDirectory: String, home: String?) -> String? {
        let output = Self.resolved(path)
        var protected = [
            (Self.resolved(contentPath), "the content folder"), (Self.resolved(themePath), "the theme folder"),
            (Self.resolved(currentDirectory), "the current folder"), ("/", "the root folder"),
        ]
        if let home { protected.append((Self.resolved(home), "your home folder")) }
        for (folder, name) in protected where Self.isInside(folder, output) {
            return "the output folder \(path) is or contains \(name); choose a folder of its own, such as Output"
        }
        if Self.isInside(output, Self.resolved(contentPath)) || Self.isInside(output, Self.resolved(themePath)) {
            return "the output folder \(path) is inside the content or theme folder; choose a folder outside them"
        }
        if isMountPoint {
            return "the output folder \(path) is a mount point (a file system of its own), and the new site, built "
                + "beside it, cannot be moved onto another file system; choose a folder inside it, such as \(path)/site"
        }
        if let entries = try? manager.contentsOfDirectory(atPath: path), !entries.isEmpty,
            !entries.contains(Self.marker)
        {
            return "the folder \(path) exists and was not made by Hoithao, so it will not be replaced; "
                + "empty it or choose another output folder"
        }
        if manager.fileExists(atPath: path), (try? manager.contentsOfDirectory(atPath: path)) == nil {
            return "\(path) is a file, not a folder; choose another output folder"
        }
        return nil
    }

    /// Whether the folder is on another file system than the folder that holds it.
    private var isMountPoint: Bool {
        var folder = stat()
        var parent = stat()
        let above = (Self.resolved(path) as NSString).deletingLastPathComponent
        return lstat(path, &folder) == 0 && (folder.st_mode & S_IFMT) == S_IFDIR && stat(above, &parent) == 0
            && folder.st_dev != parent.st_dev
    }

    /// Puts back an output folder that an interrupted swap had moved aside.
    public func repair() throws {
        if !manager.fileExists(atPath: path), manager.fileExists(atPath: previous) {
            try manager.moveItem(atPath: previous, toPath: path)
        }
    }

    /// What the marker file says.
    public static let markerText = Data("Made by hoithao build; this folder is replaced by each build.\n".utf8)

    /// The build before last, kept beside the cache to be written over by the next build: overwriting a file
    /// costs far less than deleting it and creating another, most of all on a file system without a journal.
    public var spare: String { kept("spare") }

    /// `.hoithao-cache/<output name>.<kind>` next to the output folder: where a build keeps what it knows
    /// about this output (`pages`, `papers`, `record`, `spare`, `lock`).
    public func kept(_ kind: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".hoithao-cache")
            .appendingPathComponent(url.lastPathComponent + "." + kind).path
    }

    /// Makes the staging folder: the spare build when there is one (its files are then written over, kept or
    /// swept), an empty folder otherwise. Returns whether the staging folder holds an older build.
    public func prepareStaging() throws -> Bool {
        // A staging or old folder an interrupted run left is a spare like any other.
        for leftover in [staging, previous] where manager.fileExists(atPath: leftover) {
            retire(leftover)
        }
        if manager.fileExists(atPath: spare), rename(spare, staging) == 0 { return true }
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        return false
    }

    /// Puts the staging folder in place of the output folder; the old output becomes the spare.
    public func commit() throws {
        guard manager.fileExists(atPath: path) else {
            try move(staging, to: path)
            return
        }
        // One step where the system has it, so that no moment is without a complete output folder.
        if exchange(staging, path) == 0 {
            // The staging folder's name now holds the old output.
            Self.pauseForTests(at: "swap")
            retire(staging)
            return
        }
        // A file system that cannot exchange (EINVAL), or a kernel without the call (ENOSYS): two renames,
        // which the next run repairs should it be stopped between them.
        guard errno == EINVAL || errno == ENOSYS else { throw SwapError(path: path, code: errno) }
        try move(path, to: previous)
        Self.pauseForTests(at: "swap")
        try move(staging, to: path)
        retire(previous)
    }

    private func move(_ source: String, to target: String) throws {
        guard rename(source, target) == 0 else { throw SwapError(path: path, code: errno) }
    }

    /// The swap refused by the system, said in its words.
    public struct SwapError: Error, CustomStringConvertible, LocalizedError {
        let path: String
        let code: Int32

        public var description: String {
            "cannot put the new site in place of \(path): \(String(cString: strerror(code)))"
        }

        public var errorDescription: String? { description }
    }

    /// A moment of the build where the fault tests kill it: when `HOITHAO_TEST_PAUSE` names `point` (`written`:
    /// every file is in the staging folder, nothing swept or swapped; `swap`: the new output in place and the old one
    /// not yet set aside, or, where the system cannot exchange two folders, between the two renames), the build says
    /// so on standard error and waits to be killed. Only tests set the variable.
    public static func pauseForTests(at point: String) {
        guard let wanted = getenv("HOITHAO_TEST_PAUSE"), String(cString: wanted) == point else { return }
        FileHandle.standardError.write(Data("hoithao: paused at \(point) (HOITHAO_TEST_PAUSE)\n".utf8))
        while true { sleep(60) }
    }

    /// Sets the staging folder aside after a failed build.
    public func discard() {
        retire(staging)
    }

    /// Keeps `folder` as the spare, or removes it when there already is one or it cannot be moved.
    private func retire(_ folder: String) {
        if !manager.fileExists(atPath: spare) {
            try? manager.createDirectory(
                atPath: (spare as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if rename(folder, spare) == 0 { return }
        }
        try? FastFiles.removeTree(folder)
    }

    private func sibling(_ suffix: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(suffix)").path
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `inner` is `outer` or inside it.
    private static func isInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }
}
