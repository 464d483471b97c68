import Foundation

/// The process's environment and clock, read in one place so the rest stays testable.
public enum ProcessEnvironment {
    public static var values: [String: String] { ProcessInfo.processInfo.environment }

    /// Seconds since 1970.
    public static func now() -> Double { Date().timeIntervalSince1970 }
}
