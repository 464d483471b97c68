import Foundation

/// What the importer found, where, what it guessed, and what it could not read.
public struct ImportReport: Sendable, Equatable {
    /// A field found in the document: its name in plan.yaml, the lines it came from, and a note when it was guessed.
    public struct Finding: Sendable, Equatable {
        public var field: String
        public var lines: [Int]
        public var source: String
        public var guess: String?
    }

    /// A line of the document with something to say about it.
    public struct LineNote: Sendable, Equatable {
        public var line: Int
        public var text: String
        public var reason: String
    }

    public var found: [Finding] = []
    public var missing: [String] = []
    public var unplaced: [LineNote] = []
    public var damaged: [LineNote] = []
    public var skipped: [LineNote] = []
    public var notes: [String] = []
    /// Words whose dropped letters were put back, each with its line.
    public var restored: [WordRestoration] = []
    /// Damaged words left as written: two completions fit about as well, or none does.
    public var unrestored: [WordRestoration] = []

    /// The finding for `field` (such as `venue.name`), if it was found.
    public func finding(_ field: String) -> Finding? {
        found.first { $0.field == field }
    }

    public var guessed: [Finding] { found.filter { $0.guess != nil } }

    /// The report as printed by `hoithao import`.
    public func text(source: String) -> String {
        var out = ["Import of \(source)", "", "Found \(found.count) fields:"]
        let width = min(28, found.map(\.field.count).max() ?? 0)
        for finding in found {
            let name = finding.field.padding(toLength: max(width, finding.field.count), withPad: " ", startingAt: 0)
            out.append("  \(name)  line \(lineList(finding.lines)): \(excerpt(finding.source))")
        }
        if !guessed.isEmpty {
            out += ["", "Guessed (check these; plan.yaml says why in a comment):"]
            out += guessed.map { "  \($0.field): \($0.guess ?? "")" }
        }
        out += [
            "",
            missing.isEmpty
                ? "Not found: nothing." : "Not found (\(missing.count)): " + missing.joined(separator: ", "),
        ]
        section(&out, "Could not place", unplaced)
        section(&out, "Possibly damaged; retype these lines", damaged)
        section(&out, "Skipped", skipped)
        out += WordRestoration.sections(restored: restored, unrestored: unrestored)
        if !notes.isEmpty {
            out += ["", "Notes:"] + notes.map { "  - " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func section(_ out: inout [String], _ title: String, _ notes: [LineNote]) {
        guard !notes.isEmpty else { return }
        out += ["", "\(title) (\(notes.count) line\(notes.count == 1 ? "" : "s")):"]
        out += notes.map { "  line \($0.line): \(excerpt($0.text))" + ($0.reason.isEmpty ? "" : " — \($0.reason)") }
    }

    private func lineList(_ lines: [Int]) -> String {
        guard let first = lines.first, let last = lines.last else { return "?" }
        return first == last ? "\(first)" : "\(first)-\(last)"
    }

    private func excerpt(_ text: String) -> String {
        text.count <= 70 ? text : String(text.prefix(69)) + "…"
    }
}
