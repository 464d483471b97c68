import Foundation

/// The process's environment and clock, read in one place so the rest stays testable.
public enum ProcessEnvironment {
    public static var values: [String: String] { ProcessInfo.processInfo.environment }

    /// Seconds since 1970.
    public static func now() -> Double { Date().timeIntervalSince1970 }

    /// A moment of the build where the fault tests kill it: when `HOITHAO_TEST_PAUSE` names `point` (`written`:
    /// every file is in the staging folder, nothing swept or swapped; `swap`: the new output in place and the old one
    /// not yet set aside, or, where the system cannot exchange two folders, between the two renames), the build says
    /// so on standard error and waits to be killed. Only tests set the variable.
    static func pauseForTests(at point: String) {
        guard let wanted = getenv("HOITHAO_TEST_PAUSE"), String(cString: wanted) == point else { return }
        FileHandle.standardError.write(Data("hoithao: paused at \(point) (HOITHAO_TEST_PAUSE)\n".utf8))
        while true { sleep(60) }
    }
}
