import Foundation

/// What a document's text extraction lost, learned from the document itself: the letters that never occur in it
/// (a PDF whose font has no text for a glyph drops it everywhere, leaving a space), whether its words show the
/// damage, and the words and word pairs it holds whole, which tell a damaged word's likely completion.
struct DamageProfile {
    /// Letters (case matters: a heading may keep "Ả" while the body lost "ả") the document never uses.
    let droppedLetters: Set<Character>
    /// Whether fragments no Vietnamese word has sit between spaces often enough to call the document damaged.
    let isDamaged: Bool
    /// Lowercase syllables seen whole, and pairs of them ("hội thảo", from a heading "HỘI THẢO").
    /// The damaged spellings of the syllables that hold a dropped letter (none when the document is not damaged).
    let spellings: DamagedSpellings
    private(set) var wordCounts: [String: Int] = [:]
    private(set) var pairCounts: [String: Int] = [:]
    private(set) var leftCounts: [String: Int] = [:]
    private(set) var total = 0
    /// How often a word of each case follows one of each case (or starts a stretch), by `WordCase`.
    private(set) var caseCounts = [[Int]](repeating: [0, 0, 0], count: 4)

    /// Every letter a Vietnamese syllable can hold, in both cases.
    static let alphabet: Set<Character> = {
        let lower = Set(SyllableInventory.syllables.flatMap { Array($0) })
        return lower.union(lower.compactMap { String($0).uppercased().first })
    }()

    /// The fewest fragments (or double gaps between letters) that make a document damaged; a clean document may
    /// hold a stray one (an English word, a typing slip).
    static let evidenceNeeded = 3
    /// The share of words that must be Vietnamese syllables for the text to be Vietnamese.
    static let vietnameseShare = 0.6

    init(lines: [GappedLine]) {
        var present: Set<Character> = []
        var evidence = 0
        var words = 0
        var syllables = 0
        for line in lines {
            present.formUnion(line.characters)
            for word in line.words {
                words += 1
                if SyllableInventory.contains(word.text) { syllables += 1 }
                if Self.isFragment(word.text) && word.text.contains(where: \.isLowercase) { evidence += 1 }
            }
            evidence += line.stretches.reduce(0) { $0 + $1.gaps.dropFirst().filter { $0 >= 2 }.count }
        }
        droppedLetters = Self.alphabet.subtracting(present)
        // Text in another language (an English plan, a README) has fragments of its own and is no Vietnamese text
        // to restore.
        isDamaged =
            !droppedLetters.isEmpty && evidence >= Self.evidenceNeeded
            && Double(syllables) >= Self.vietnameseShare * Double(words)
        spellings = DamagedSpellings.forLetters(isDamaged ? droppedLetters : [])
        for line in lines { count(line) }
    }

    /// A run of letters that is no syllable, no known abbreviation, and short enough to be a piece of a word.
    static func isFragment(_ text: String) -> Bool {
        text.count <= 4 && !SyllableInventory.contains(text)
            && !DamageCheck.knownFragments.contains(FoldedText.fold(text))
    }

    /// The profile with its words counted again in `lines`: the document once its clear restorations are in,
    /// so that "phối hợp" restored on one line tells "h p" on another.
    func recounted(_ lines: [GappedLine]) -> DamageProfile {
        var profile = self
        profile.wordCounts = [:]
        profile.pairCounts = [:]
        profile.leftCounts = [:]
        profile.total = 0
        profile.caseCounts = [[Int]](repeating: [0, 0, 0], count: 4)
        for line in lines { profile.count(line) }
        return profile
    }

    /// Whether the run and a neighbour one space away could be one damaged syllable ("thi u" of "thiều"): then
    /// neither is a whole word the document holds.
    private func joinsDamaged(_ stretch: GappedLine.Stretch, _ index: Int) -> Bool {
        let runs = stretch.runs
        let before =
            index > 0 && stretch.gaps[index] == 1 && !spellings[runs[index - 1].text + " " + runs[index].text].isEmpty
        let after =
            index + 1 < runs.count && stretch.gaps[index + 1] == 1
            && !spellings[runs[index].text + " " + runs[index + 1].text].isEmpty
        return before || after
    }

    /// Counts the syllables that stand whole: single spaces on both sides and no fragment beside them.
    private mutating func count(_ line: GappedLine) {
        for stretch in line.stretches {
            var previous: String?
            var previousCase = WordCase.start
            for (index, run) in stretch.runs.enumerated() {
                let after = index + 1 < stretch.runs.count ? stretch.gaps[index + 1] : 0
                let neighbours = [index - 1, index + 1].filter { stretch.runs.indices.contains($0) }
                // A word after a double space, or after a space at the line's start, may be what is left of one
                // that lost its first letter ("  ế" of "Kế"): only words with no such space count.
                let before = stretch.gaps[index]
                let whole =
                    SyllableInventory.contains(run.text)
                    && (index == 0 ? before <= (stretch.startsLine ? 0 : 1) : before == 1)
                    && after <= 1 && !neighbours.contains { Self.isFragment(stretch.runs[$0].text) }
                    && !joinsDamaged(stretch, index)
                let wordCase = WordCase.of(run.text)
                caseCounts[previousCase.rawValue][wordCase.rawValue] += 1
                previousCase = wordCase
                guard whole else {
                    previous = nil
                    continue
                }
                let word = run.text.lowercased()
                wordCounts[word, default: 0] += 1
                total += 1
                if let previous {
                    pairCounts[previous + " " + word, default: 0] += 1
                    leftCounts[previous, default: 0] += 1
                }
                previous = word
            }
        }
    }
}
