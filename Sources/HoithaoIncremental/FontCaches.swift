import Foundation
import HoithaoSystem

/// When fonts were last installed, removed or upgraded: fontconfig's cache folders change then
/// (font packages run `fc-cache`), so a build that finds nothing else changed still makes the
/// books again in the new fonts. Reading two folders' times keeps the no-change build fast.
public enum FontCaches {
    public static var folders: [String] {
        let environment = ProcessInfo.processInfo.environment
        let user = environment["XDG_CACHE_HOME"] ?? ((environment["HOME"] ?? "~") + "/.cache")
        return ["/var/cache/fontconfig", user + "/fontconfig"]
    }

    /// Each folder's modification time, or `-` when it does not exist.
    public static func stamp(_ folders: [String] = folders) -> String {
        folders.map { folder in
            var status = stat()
            guard lstat(folder, &status) == 0 else { return "-" }
            let modified = Platform.modified(status)
            return "\(modified.tv_sec).\(modified.tv_nsec)"
        }.joined(separator: " ")
    }
}
