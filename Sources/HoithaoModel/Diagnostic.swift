/// A place in a source file: the path as the user wrote it, and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, or as much of it as is known.
    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0) < (rhs.path, rhs.line ?? 0, rhs.column ?? 0)
    }
}

/// One problem found in the user's content or theme, with where it is and what to do.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How bad a problem is: errors stop the build, warnings do not.
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    /// The editor-clickable form: `path:line:column: error: message`.
    public var description: String {
        "\(location.description): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these diagnostics stops the build.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line and column, so output is stable whatever order loading took.
    public var sortedByLocation: [Diagnostic] {
        sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}
