import Foundation

/// The readings of one line as syllables: each run of letters alone, or joined with its neighbours and the spaces
/// next to it, each space then a dropped letter. The best reading is found by dynamic programming over the runs, and
/// each restored word is checked against every other reading of its letters (max-marginals), so a close second
/// leaves it as written. Each run has a bounded number of readings, so a line takes time linear in its length.
struct SyllableLattice {
    /// What every line of a document shares: the odds and the damaged spellings of every syllable.
    struct Context {
        let odds: SyllableOdds
        let damagedSpellings: DamagedSpellings

        /// What each dropped letter costs (log10): nothing once the document's clear restorations show it is lost,
        /// more while it may simply be a letter the document never needed.
        var letterCosts: [Character: Double] = [:]

        init(profile: DamageProfile) {
            odds = SyllableOdds(profile: profile)
            damagedSpellings = profile.spellings
        }
    }

    /// One reading of runs `first...last`, with `lead` and `trail` spaces before and after taken as dropped letters.
    struct Node {
        var first: Int
        var last: Int
        var lead: Int
        var trail: Int
        var word: String
        /// The lowercase syllable, nil for a run that is none (an abbreviation, a name, a fragment).
        var syllable: String?
        var score: Double
        /// The characters of the line it replaces.
        var span: Range<Int>
        var isRestored: Bool { lead + trail > 0 || first != last }
    }

    /// A word of the best reading to report: restored, or left as written with its candidates.
    struct Outcome {
        var span: Range<Int>
        var written: String
        var restored: String?
        var candidates: [String]
        /// How much likelier (log10) the best completion is than any other reading; 0 when it is none.
        var lead = 0.0
    }

    /// Costs (log10) of the ways a reading can explain the spaces.
    static let extraSpaceCost = 2.0
    static let droppedLetterCost = 0.5
    static let unseenLetterCost = 1.0
    static let fragmentOdds = -12.0
    static let abbreviationOdds = -6.0
    /// An abbreviation administrative documents write (UBND, KH&CN): as likely as a fairly common syllable.
    static let knownAbbreviationOdds = -5.0
    static let otherWordOdds = -7.0
    /// A syllable has at most 7 letters (nghiêng), so it spans few runs and few spaces.
    static let maxLetters = 7
    static let maxRunsJoined = 3
    static let maxSpacesTaken = 2
    /// The most readings one run can start: as written, and the kept completions of each way to join it.
    static let readingsPerRun =
        1 + maxRunsJoined * (maxSpacesTaken + 1) * (maxSpacesTaken + 1) * DamagedSpellings.completionsKept

    let line: GappedLine
    let context: Context

    func solve() -> [Outcome] {
        // Two whole syllables may both flag the reading that joins them: it is one word.
        var seen: Set<Range<Int>> = []
        return line.stretches.flatMap { solve($0) }.filter { seen.insert($0.span).inserted }
    }

    /// The line with each restored word in place of its letters and spaces.
    func restoredText(_ outcomes: [Outcome]) -> String {
        var characters = line.characters
        for outcome in outcomes.reversed() {
            guard let word = outcome.restored else { continue }
            characters.replaceSubrange(outcome.span, with: Array(word))
        }
        return String(characters)
    }

    private func solve(_ stretch: GappedLine.Stretch) -> [Outcome] {
        let nodes = readings(stretch)
        let count = stretch.runs.count
        let starting = Dictionary(grouping: nodes.indices, by: { nodes[$0].first })
        let ending = Dictionary(grouping: nodes.indices, by: { nodes[$0].last })
        var forward = [Double](repeating: -.infinity, count: nodes.count)
        var previous = [Int?](repeating: nil, count: nodes.count)
        var backward = [Double](repeating: -.infinity, count: nodes.count)
        for run in 0..<count {
            for index in starting[run] ?? [] {
                if run == 0 {
                    forward[index] = nodes[index].score + edgeCost(stretch, node: nodes[index], atStart: true)
                    continue
                }
                for before in ending[run - 1] ?? [] {
                    guard let step = step(stretch, from: nodes[before], to: nodes[index]) else { continue }
                    let total = forward[before] + step + nodes[index].score
                    if total > forward[index] {
                        forward[index] = total
                        previous[index] = before
                    }
                }
            }
        }
        for run in stride(from: count - 1, through: 0, by: -1) {
            for index in ending[run] ?? [] {
                if run == count - 1 {
                    backward[index] = edgeCost(stretch, node: nodes[index], atStart: false)
                    continue
                }
                for after in starting[run + 1] ?? [] {
                    guard let step = step(stretch, from: nodes[index], to: nodes[after]) else { continue }
                    backward[index] = max(backward[index], step + nodes[after].score + backward[after])
                }
            }
        }
        let through = nodes.indices.map { forward[$0] + backward[$0] }
        guard var current = (ending[count - 1] ?? []).max(by: { through[$0] < through[$1] }),
            through[current] > -.infinity
        else { return [] }
        var path = [current]
        while let before = previous[current] {
            path.append(before)
            current = before
        }
        return path.reversed().compactMap { outcome(nodes, through, $0) }
    }

    /// What to report for a node of the best reading: nil for a whole word read as it is.
    private func outcome(_ nodes: [Node], _ through: [Double], _ index: Int) -> Outcome? {
        let node = nodes[index]
        let written = String(line.characters[node.span])
        let rivals = nodes.indices.filter { other in
            other != index && nodes[other].span.overlaps(node.span)
                && !(nodes[other].span == node.span && nodes[other].word == node.word)
        }
        let rivalBest = rivals.map { through[$0] }.max() ?? -.infinity
        let close = rivals.filter { through[$0] > through[index] - LetterRestoration.margin && nodes[$0].isRestored }
            .sorted { through[$0] > through[$1] }.map { nodes[$0].word }
        if node.isRestored {
            if through[index] - rivalBest >= LetterRestoration.margin {
                return Outcome(
                    span: node.span, written: written, restored: node.word, candidates: [],
                    lead: through[index] - rivalBest)
            }
            return Outcome(
                span: node.span, written: written, restored: nil, candidates: unique([node.word] + close),
                lead: through[index] - rivalBest)
        }
        // A whole syllable that a restored reading nearly beats ("thi u", thiều or "thi" and "u") is flagged too.
        if node.syllable != nil,
            let rival = rivals.filter({ nodes[$0].isRestored }).max(by: { through[$0] < through[$1] }),
            through[rival] > through[index] - LetterRestoration.margin
        {
            let span = nodes[rival].span
            let fitting = rivals.filter {
                nodes[$0].span == span && nodes[$0].isRestored
                    && through[$0] > through[index] - LetterRestoration.margin
            }
            let words = fitting.sorted { through[$0] > through[$1] }.map { nodes[$0].word }
            return Outcome(
                span: span, written: String(line.characters[span]), restored: nil, candidates: unique(words))
        }
        guard node.syllable == nil, DamageProfile.isFragment(node.word), node.word.contains(where: \.isLowercase) else {
            return nil
        }
        let offered = rivals.filter { nodes[$0].isRestored }.sorted { through[$0] > through[$1] }.map { nodes[$0].word }
        // A short name or foreign word ("Path") that no reading could complete is no damaged word.
        guard !offered.isEmpty else { return nil }
        return Outcome(span: node.span, written: written, restored: nil, candidates: Array(unique(offered).prefix(3)))
    }

    private func unique(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }

    /// The cost of going from `before` to `after` over the gap between them; nil when they claim too many spaces.
    private func step(_ stretch: GappedLine.Stretch, from before: Node, to after: Node) -> Double? {
        let separators = stretch.gaps[after.first] - before.trail - after.lead
        guard separators >= 1 else { return nil }
        var cost = -Double(separators - 1) * Self.extraSpaceCost
        if let first = before.syllable, let second = after.syllable {
            cost += context.odds.pairBonus(first, second)
        }
        return cost + context.odds.caseOdds(before.word, after.word)
    }

    /// The cost of the spaces left between a node and the stretch's edge: free at the line's ends, one free after
    /// or before punctuation.
    private func edgeCost(_ stretch: GappedLine.Stretch, node: Node, atStart: Bool) -> Double {
        let gap = atStart ? stretch.gaps[0] : stretch.trailingGap
        let taken = atStart ? node.lead : node.trail
        let wordCase = atStart ? context.odds.caseOdds(nil, node.word) : 0
        if atStart ? stretch.startsLine : stretch.endsLine { return wordCase }
        return wordCase - Double(max(0, gap - taken - 1)) * Self.extraSpaceCost
    }

    /// Every reading of every run: as it is, and each syllable that fits it joined with its neighbours and spaces.
    func readings(_ stretch: GappedLine.Stretch) -> [Node] {
        var nodes: [Node] = []
        let runs = stretch.runs
        for first in runs.indices {
            nodes.append(asWritten(runs[first], at: first))
            for last in first..<min(runs.count, first + Self.maxRunsJoined) {
                let inner = (first + 1..<last + 1).map { stretch.gaps[$0] }
                guard inner.allSatisfy({ $0 <= Self.maxSpacesTaken }) else { break }
                var skeleton = runs[first].text
                for (offset, run) in runs[(first + 1)..<(last + 1)].enumerated() {
                    skeleton += String(repeating: " ", count: inner[offset]) + run.text
                }
                guard skeleton.count <= Self.maxLetters else { break }
                for lead in 0...maxTaken(stretch, run: first, atStart: true) {
                    for trail in 0...maxTaken(stretch, run: last, atStart: false) where lead + trail + last - first > 0
                    {
                        let spaced =
                            String(repeating: " ", count: lead) + skeleton + String(repeating: " ", count: trail)
                        guard spaced.count <= Self.maxLetters else { continue }
                        for word in context.damagedSpellings[spaced] {
                            nodes.append(restoredNode(stretch, first, last, lead, trail, word))
                        }
                    }
                }
            }
        }
        return nodes
    }

    private func asWritten(_ run: GappedLine.Run, at index: Int) -> Node {
        let syllable = SyllableInventory.contains(run.text) ? run.text.lowercased() : nil
        let score: Double
        if let syllable {
            score = context.odds.odds(syllable)
        } else if Abbreviations.runs.contains(run.text) {
            score = Self.knownAbbreviationOdds
        } else if DamageProfile.isFragment(run.text) && run.text.contains(where: \.isLowercase) {
            score = Self.fragmentOdds
        } else if run.text.count >= 2 && run.text.allSatisfy(\.isUppercase) {
            score = Self.abbreviationOdds
        } else {
            score = Self.otherWordOdds
        }
        return Node(
            first: index, last: index, lead: 0, trail: 0, word: run.text, syllable: syllable, score: score,
            span: run.range)
    }

    private func restoredNode(
        _ stretch: GappedLine.Stretch, _ first: Int, _ last: Int, _ lead: Int, _ trail: Int, _ word: String
    ) -> Node {
        let before = first == 0 ? stretch.gaps[0] : stretch.gaps[first] - 1
        let after = last == stretch.runs.count - 1 ? stretch.trailingGap : stretch.gaps[last + 1] - 1
        // A letter lost at the line's very end or start may have taken its space with it when lines were trimmed.
        let unseen = max(0, lead - before) + max(0, trail - after)
        let start = stretch.runs[first].range.lowerBound - min(lead, max(0, before))
        let end = stretch.runs[last].range.upperBound + min(trail, max(0, after))
        let dropped = word.count - stretch.runs[first...last].reduce(0) { $0 + $1.text.count }
        let letters = word.reduce(0) { $0 + (context.letterCosts[$1] ?? 0) }
        let isAbbreviation = Abbreviations.runs.contains(word)
        let odds = isAbbreviation ? Self.knownAbbreviationOdds : context.odds.odds(word.lowercased())
        let score =
            odds - Double(dropped) * Self.droppedLetterCost - Double(unseen) * Self.unseenLetterCost - letters
        return Node(
            first: first, last: last, lead: lead, trail: trail, word: word,
            syllable: isAbbreviation ? nil : word.lowercased(), score: score, span: start..<end)
    }

    /// How many spaces next to a run may be dropped letters: up to two, leaving one to part it from its neighbour;
    /// at the line's ends one more than the spaces there, for a letter lost with its trimmed space.
    private func maxTaken(_ stretch: GappedLine.Stretch, run: Int, atStart: Bool) -> Int {
        let isEdge = atStart ? run == 0 : run == stretch.runs.count - 1
        let gap = atStart ? stretch.gaps[run] : (isEdge ? stretch.trailingGap : stretch.gaps[run + 1])
        let atLineEnd = isEdge && (atStart ? stretch.startsLine : stretch.endsLine)
        let available = isEdge ? gap + (atLineEnd && gap == 0 ? 1 : 0) : gap - 1
        return max(0, min(available, Self.maxSpacesTaken))
    }
}
