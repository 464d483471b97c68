import Foundation

/// A damaged word: where it is, how it is written, and what restoration made of it.
public struct WordRestoration: Sendable, Equatable {
    public var line: Int
    /// Its first character's place in the line (1-based, in characters).
    public var column: Int
    /// The word as the document writes it, the spaces that stand for lost letters included ("th o").
    public var written: String
    /// The syllable put in its place; nil when it was left as written.
    public var restored: String?
    /// The completions that fit about equally well, when it was left as written because of them.
    public var candidates: [String]
}

/// Puts back the letters a PDF's font dropped, each leaving a space ("hội th o" → "hội thảo"), when one
/// Vietnamese syllable fits clearly better than any other reading; a word with two plausible completions is left
/// as written and listed. A document that shows no such damage comes back unchanged.
struct LetterRestoration {
    /// The document with its damaged words restored; the same line breaks, so line numbers stay.
    private(set) var text: String
    private(set) var restored: [WordRestoration] = []
    private(set) var unresolved: [WordRestoration] = []

    /// How much likelier (log10) the chosen reading must be than any other reading of the same letters.
    static let margin = 1.5
    /// Clear restorations that must use a letter before it counts as one the document lost.
    static let lettersConfirming = 2
    /// How much likelier (log10) a completion must be than any other reading to count as clear when the damage is
    /// learned; restoring asks for `margin`.
    static let clearLead = 1.0
    /// The share of the damaged words with a completion that must have a clear one.
    static let explainedShare = 0.7
    static let unconfirmedLetterCost = 1.0
    /// How many times the document is read: each reading learns from the clear restorations of the one before.
    static let readings = 3

    init(_ document: String) {
        text = document
        let lines = Self.lines(document)
        let gapped = lines.map { GappedLine($0.text.precomposedStringWithCanonicalMapping) }
        let profile = DamageProfile(lines: gapped)
        guard profile.isDamaged else { return }
        var context = SyllableLattice.Context(profile: profile)
        // A first reading finds the letters the clear restorations use; letters it never needed cost more in the
        // second, so "s n" is not read with a letter the document merely never had a word for (sẵn for sản).
        let first = gapped.map { line in
            let lattice = SyllableLattice(line: line, context: context)
            return lattice.solve()
        }
        // Letters lost everywhere leave words that mostly have one clear completion (nine in ten in real PDFs);
        // when most have several, the letters were lost some other way (here and there, as a bad conversion loses
        // them), and the letters the document never uses say nothing about what they were.
        let clear = first.joined().filter { $0.lead >= Self.clearLead }.count
        let open = first.joined().count - clear
        guard Double(clear) >= Self.explainedShare * Double(clear + open) else { return }
        var uses: [Character: Int] = [:]
        for word in first.joined() {
            let best = word.lead >= Self.clearLead ? word.restored ?? word.candidates.first ?? "" : ""
            for letter in best where profile.droppedLetters.contains(letter) {
                uses[letter, default: 0] += 1
            }
        }
        // Each further reading also counts the words and pairs of the previous one's clear restorations; the third
        // restores what the second's new restorations made clear ("thảo" restored tells "hội th o" elsewhere).
        var previous = first
        for reading in 1...Self.readings - 1 {
            let learned = gapped.indices.map { [context] index in
                GappedLine(SyllableLattice(line: gapped[index], context: context).restoredText(previous[index]))
            }
            context = SyllableLattice.Context(profile: profile.recounted(learned))
            for letter in profile.droppedLetters where uses[letter, default: 0] < Self.lettersConfirming {
                context.letterCosts[letter] = Self.unconfirmedLetterCost
            }
            if reading < Self.readings - 1 {
                previous = gapped.map { [context] line in SyllableLattice(line: line, context: context).solve() }
            }
        }
        var out = ""
        for (index, line) in lines.enumerated() {
            let lattice = SyllableLattice(line: gapped[index], context: context)
            let words = lattice.solve()
            out += words.contains(where: { $0.restored != nil }) ? lattice.restoredText(words) : line.text
            out += line.separator
            for word in words {
                let found = WordRestoration(
                    line: index + 1, column: word.span.lowerBound + 1, written: word.written, restored: word.restored,
                    candidates: word.candidates)
                if word.restored != nil { restored.append(found) } else { unresolved.append(found) }
            }
        }
        text = out
    }

    /// The document's lines with the break after each (LF, CRLF, CR or a form feed, as LineReader counts them).
    static func lines(_ document: String) -> [(text: String, separator: String)] {
        var result: [(String, String)] = []
        var current = ""
        for character in document {
            if character == "\n" || character == "\r\n" || character == "\r" || character == "\u{0C}" {
                result.append((current, String(character)))
                current = ""
            } else {
                current.append(character)
            }
        }
        result.append((current, ""))
        return result
    }
}

extension WordRestoration {
    /// How the report and plan.yaml say it: `line 12: “th o” → “thảo”`, or the completions that were left open.
    public var description: String {
        if let restored { return "line \(line): “\(written)” → “\(restored)”" }
        if candidates.isEmpty { return "line \(line): “\(written)”, no syllable fits" }
        return "line \(line): “\(written)” could be " + candidates.map { "“\($0)”" }.joined(separator: " or ")
    }

    /// The report's sections for restored words and words left as written.
    static func sections(restored: [WordRestoration], unrestored: [WordRestoration]) -> [String] {
        var out: [String] = []
        if !restored.isEmpty {
            out +=
                ["", "Letters restored (\(restored.count) words; check them):"] + restored.map { "  " + $0.description }
        }
        if !unrestored.isEmpty {
            out += ["", "Letters missing, left as written (\(unrestored.count) words; retype them):"]
            out += unrestored.map { "  " + $0.description }
        }
        return out
    }
}
