import HoithaoModel
import Yams

/// Reads one YAML text into nodes and reports every problem at its line and column in the file.
final class YAMLReader {
    let path: String
    /// Lines before the YAML in its file (the `---` of a front matter block).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int = 0) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// The root node, or nil after reporting a syntax error.
    func parse(_ text: String) -> YAMLNode? {
        let aliases = AliasGuard.count(in: text)
        guard aliases <= AliasGuard.limit else {
            diagnostics.append(
                .error(
                    SourceLocation(path: path, line: lineOffset + 1, column: 1),
                    "the YAML uses \(aliases) aliases (`*name`); at most \(AliasGuard.limit) are read, because a few "
                        + "dozen can stand for billions of values. Write the values out, or quote text that starts with `*`"
                ))
            return nil
        }
        // Most files are in the plain form `SimpleYAML` reads several times faster; Yams reads the rest.
        if let node = SimpleYAML.parse(text) { return node }
        do {
            // Hoithao reads every scalar as text and interprets it itself, so Yams need not guess tags with its
            // regular expressions (the default resolver cost a tenth of a 10,000-page build).
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else { return nil }
            if aliases > 0, AliasGuard.expandsTooFar(node) {
                diagnostics.append(
                    .error(
                        SourceLocation(path: path, line: lineOffset + 1, column: 1),
                        "the YAML's aliases (`*name`) expand to more than \(AliasGuard.expandedLimit) values; "
                            + "write the values out instead of repeating them through aliases"))
                return nil
            }
            return YAMLNode(node)
        } catch let error as YamlError {
            report(error, in: text)
        } catch {
            diagnostics.append(.error(SourceLocation(path: path), "cannot read the YAML: \(error)"))
        }
        return nil
    }

    func location(of node: YAMLNode?) -> SourceLocation {
        guard let node, node.line > 0 else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(path: path, line: node.line + lineOffset, column: node.column)
    }

    func error(at node: YAMLNode?, _ message: String) {
        diagnostics.append(.error(location(of: node), message))
    }

    func warning(at node: YAMLNode?, _ message: String) {
        diagnostics.append(.warning(location(of: node), message))
    }

    /// Replaces the warnings at `node` by one error, when a later finding shows the warning was the real mistake.
    func replaceWarnings(at node: YAMLNode, with message: String) {
        let location = location(of: node)
        diagnostics.removeAll { $0.severity == .warning && $0.location == location }
        diagnostics.append(.error(location, message))
    }

    /// A problem found elsewhere in the file (its Markdown body), already located.
    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// A warning about the file at a place no node marks, such as a line of a Markdown body.
    func warning(at location: SourceLocation, _ message: String) {
        diagnostics.append(.warning(location, message))
    }

    /// The root as a mapping with the given keys, or nil after reporting what it is instead.
    func root(_ node: YAMLNode?, keys: [String], example: String) -> YAMLMapping? {
        guard let node else {
            // A syntax error has already been said; an empty file has not.
            guard !diagnostics.hasErrors else { return nil }
            diagnostics.append(
                .error(
                    SourceLocation(path: path, line: lineOffset + 1, column: 1),
                    "the file is empty; it needs at least a line such as `\(example)`"))
            return nil
        }
        return YAMLMapping(node, keyPath: "", keys: keys, reader: self)
    }

    private func report(_ error: YamlError, in text: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if let curly = CurlyQuotes.opening(in: text, near: mark.line) {
                diagnostics.append(
                    .error(
                        SourceLocation(path: path, line: curly.line + lineOffset, column: curly.column), curly.message))
                return
            }
            var message = "YAML syntax error: \(problem)"
            if let context {
                let line = Self.withinText(line: context.mark.line, column: context.mark.column, text).line
                message += " (\(context.text) at line \(line + lineOffset))"
            }
            message += Self.hint(
                for: problem,
                line: text.split(separator: "\n", omittingEmptySubsequences: false)
                    .dropFirst(max(0, mark.line - 1)).first)
            let (line, column) = Self.withinText(line: mark.line, column: mark.column, text)
            diagnostics.append(.error(SourceLocation(path: path, line: line + lineOffset, column: column), message))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    SourceLocation(path: path, line: context.mark.line + lineOffset, column: context.mark.column),
                    "the key \(names) appears twice in this mapping; keep one of them"))
        case .reader(let problem, _, _, _):
            diagnostics.append(.error(SourceLocation(path: path), "YAML cannot be read: \(problem)"))
        default:
            diagnostics.append(.error(SourceLocation(path: path), "YAML cannot be read: \(error)"))
        }
    }

    /// libyaml places an error at the end of the input on the line after the last one, even when the file does not
    /// end with a line break and that line does not exist; such an error is placed after the last character.
    static func withinText(line: Int, column: Int, _ text: String) -> (line: Int, column: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line > lines.count else { return (line, column) }
        return (lines.count, lines[lines.count - 1].count + 1)
    }

    private static func hint(for problem: String, line: Substring?) -> String {
        // Editors that indent with a tab make Yams say only that a character cannot start a token.
        if let line, line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
            return "; the line is indented with a tab: indent with spaces"
        }
        if problem.contains("mapping values are not allowed") {
            return "; a value that contains `: ` must be put in quotes, e.g. title: \"Chủ đề: …\""
        }
        if problem.contains("tab") {
            return "; indent with spaces, not tabs"
        }
        return ""
    }
}

/// Words close to a mistyped key, for "did you mean" hints.
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        if word.count >= 3, let extended = candidates.first(where: { $0.hasPrefix(word) || word.hasPrefix($0) }) {
            return extended
        }
        let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, word.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
