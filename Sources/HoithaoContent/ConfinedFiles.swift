import Foundation
import HoithaoModel

/// Why a symbolic link is not followed: the one wording for every place that meets one.
public enum LinkRefusal: Sendable, Hashable {
    /// Its target is missing, or it loops.
    case broken
    /// It leads to a folder.
    case folder
    /// It leads outside the folder (the content, the theme) the reader is confined to.
    case outside(folder: String, target: String)

    /// Why a link at `path` is refused, or nil when it leads to a file inside `root` (a resolved path).
    static func of(_ path: String, root: String?) -> LinkRefusal? {
        guard let target = realPath(path) else { return .broken }
        var info = stat()
        if stat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return .folder }
        if let root, !target.hasPrefix(root + "/") { return .outside(folder: root, target: target) }
        return nil
    }

    public var message: String {
        switch self {
        case .broken: "the link cannot be followed (its target is missing, or it loops); remove it"
        case .folder: "links to folders are not followed; copy the folder here instead"
        case .outside(let folder, let target):
            "the link leads outside its folder \(folder) (to \(target)); only files inside it are read, "
                + "so copy the file here instead"
        }
    }

    /// The error at the link's path.
    public func diagnostic(at path: String) -> Diagnostic {
        .error(SourceLocation(path: path), message)
    }
}

/// A file a confined reader would not open, with the diagnostic that says why.
public struct RefusedFile: Error, Sendable {
    public let diagnostic: Diagnostic
}

/// Every refusal a confined reader made, each once, so that none is lost to a caller that takes a refused
/// file for a missing one.
public final class RefusalLog: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<Diagnostic> = []
    private var pending: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) {
        lock.withLock {
            if seen.insert(diagnostic).inserted { pending.append(diagnostic) }
        }
    }

    /// The refusals made since the last call.
    public func take() -> [Diagnostic] {
        lock.withLock {
            defer { pending = [] }
            return pending
        }
    }
}

/// The folders a reader may open files in, and the links below them it refuses.
final class Confinement: @unchecked Sendable {
    /// One folder: as the caller names it, as an absolute path, and with its links resolved.
    private struct Root {
        let given: String
        let absolute: String
        let real: String
    }

    private let roots: [Root]
    private let currentDirectory: String
    let log = RefusalLog()
    private let lock = NSLock()
    /// Folders already found free of links, so a folder of 10,000 papers is checked once.
    private var checkedFolders: Set<String> = []

    init(folders: [String]) {
        currentDirectory = FileManager.default.currentDirectoryPath
        var roots: [Root] = []
        for folder in folders {
            let absolute = Self.absolute(folder, in: currentDirectory)
            roots.append(Root(given: folder, absolute: absolute, real: realPath(absolute) ?? absolute))
        }
        // The innermost folder decides, should one hold another.
        self.roots = roots.sorted { $0.absolute.count > $1.absolute.count }
    }

    /// The path to open for reading the file at `path`: the link's target when it is a link to a file
    /// inside its folder.
    func file(_ path: String) throws -> (path: String, followsLink: Bool) {
        let (absolute, root) = try place(path)
        try checkFolder((absolute as NSString).deletingLastPathComponent, root: root)
        var info = stat()
        guard lstat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return (absolute, false) }
        if let refusal = LinkRefusal.of(absolute, root: root.real) { throw refuse(refusal, at: absolute, root: root) }
        return (realPath(absolute) ?? absolute, true)
    }

    /// The path to list for the folder at `path`, which must not be, or be inside, a link.
    func folder(_ path: String) throws -> String {
        let (absolute, root) = try place(path)
        try checkFolder(absolute, root: root)
        return absolute
    }

    /// The path as an absolute one without `.` and `..`, and the folder it is in; a path in none is refused.
    private func place(_ path: String) throws -> (String, Root) {
        let absolute = Self.absolute(path, in: currentDirectory)
        guard let root = roots.first(where: { absolute == $0.absolute || absolute.hasPrefix($0.absolute + "/") })
        else {
            let diagnostic = Diagnostic.error(
                SourceLocation(path: path),
                "the path leads outside the content and theme folders; name a file inside them")
            log.add(diagnostic)
            throw RefusedFile(diagnostic: diagnostic)
        }
        return (absolute, root)
    }

    /// Refuses `folder` when it or a folder above it, below the root, is a link.
    private func checkFolder(_ folder: String, root: Root) throws {
        guard folder != root.absolute, !lock.withLock({ checkedFolders.contains(folder) }) else { return }
        // Without links, the resolved path is the root's resolved path and the same names after it.
        if realPath(folder) != root.real + folder.dropFirst(root.absolute.count) {
            var current = root.absolute
            for name in folder.dropFirst(root.absolute.count).split(separator: "/") {
                current += "/" + name
                var info = stat()
                // A missing folder is no refusal: reading in it finds nothing, and says so.
                guard lstat(current, &info) == 0 else { return }
                guard (info.st_mode & S_IFMT) == S_IFLNK else { continue }
                throw refuse(LinkRefusal.of(current, root: root.real) ?? .folder, at: current, root: root)
            }
        }
        lock.withLock { _ = checkedFolders.insert(folder) }
    }

    private func refuse(_ refusal: LinkRefusal, at absolute: String, root: Root) -> RefusedFile {
        let diagnostic = refusal.diagnostic(at: root.given + absolute.dropFirst(root.absolute.count))
        log.add(diagnostic)
        return RefusedFile(diagnostic: diagnostic)
    }

    /// `path` from `/`, its `.` and `..` taken away by name: a link is never followed on the way, so `..` after
    /// a link cannot leave the folder.
    static func absolute(_ path: String, in currentDirectory: String) -> String {
        var names: [Substring] = []
        let full = path.hasPrefix("/") ? path : currentDirectory + "/" + path
        for name in full.split(separator: "/") where name != "." {
            if name == ".." {
                _ = names.popLast()
            } else {
                names.append(name)
            }
        }
        return "/" + names.joined(separator: "/")
    }
}

extension FileAccess {
    /// This access, opening files only inside `folders` (the content, the theme): a symbolic link below them
    /// that leaves its folder, leads to a folder or loops is refused, and said in `refusals`. In memory, where
    /// there are no links, it reads as before.
    public func confined(to folders: [String]) -> FileAccess {
        guard isDisk else {
            var access = self
            access.refusals = RefusalLog()
            return access
        }
        let confinement = Confinement(folders: folders)
        let list = list
        var access = FileAccess(
            read: { path in
                let (file, followsLink) = try confinement.file(path)
                return try readFile(file, followingLink: followsLink)
            },
            list: { path in try list(confinement.folder(path)) })
        access.isDisk = true
        access.refusals = confinement.log
        return access
    }
}
