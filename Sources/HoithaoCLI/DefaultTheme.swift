import Foundation

/// Where the default theme is: `HOITHAO_THEMES/default` when that is set, else installed beside the binary
/// (`PREFIX/bin/hoithao` with `PREFIX/share/hoithao/Themes/default`, as `Scripts/install` and the release lay
/// it out), else the source tree the binary was built in (`.build/debug/hoithao` in a checkout).
enum DefaultTheme {
    static func locate() -> String? {
        candidates.first { FileManager.default.fileExists(atPath: $0 + "/templates/base.mustache") }
    }

    /// `Themes/default` when the site has its own copy, the installed theme otherwise.
    static func resolved() -> String {
        if FileManager.default.fileExists(atPath: "Themes/default") { return "Themes/default" }
        return locate() ?? "Themes/default"
    }

    /// What to say when no candidate holds a theme.
    static var notFound: String {
        "cannot find the default theme (looked in \(candidates.joined(separator: ", "))); "
            + "install Hoithao with `bash Scripts/install` or the release's `install.sh`, which put the theme in "
            + "PREFIX/share/hoithao/Themes/default beside PREFIX/bin/hoithao, or set HOITHAO_THEMES to a folder "
            + "that holds default/"
    }

    private static var candidates: [String] {
        if let themes = ProcessInfo.processInfo.environment["HOITHAO_THEMES"], !themes.isEmpty {
            return [themes + "/default"]
        }
        // The running binary itself (/proc/self/exe), not argv[0], which is a bare name when found on PATH.
        let binary = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = binary.resolvingSymlinksInPath().deletingLastPathComponent()
        var found = [folder.deletingLastPathComponent().appendingPathComponent("share/hoithao/Themes/default").path]
        for _ in 0..<5 {
            found.append(folder.appendingPathComponent("Themes/default").path)
            folder.deleteLastPathComponent()
        }
        return found
    }
}
