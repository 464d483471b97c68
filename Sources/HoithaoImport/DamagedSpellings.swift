import Foundation

/// Each syllable that holds a dropped letter (in lower, title or upper case), by how it is written once its dropped
/// letters are spaces: "th o" → ["thảo"], " iên" → ["Liên"]. The likeliest few in the language only.
struct DamagedSpellings {
    private(set) var completions: [String: [String]] = [:]

    /// At most this many completions are kept for one damaged spelling.
    static let completionsKept = 6

    /// The spellings for `dropped`, made once per set of letters: documents from one PDF font share the set.
    static func forLetters(_ dropped: Set<Character>) -> DamagedSpellings {
        SpellingsCache.shared.spellings(for: dropped)
    }

    init(dropped: Set<Character>) {
        guard !dropped.isEmpty else { return }
        var spellings: [String: [String]] = [:]
        for syllable in SyllableInventory.syllables {
            let title = syllable.prefix(1).uppercased() + syllable.dropFirst()
            for form in Set([syllable, title, syllable.uppercased()]) where form.contains(where: dropped.contains) {
                spellings[String(form.map { dropped.contains($0) ? " " : $0 }), default: []].append(form)
            }
        }
        func zipf(_ form: String) -> Double { SyllableOdds.zipf[form.lowercased()] ?? SyllableOdds.unlistedZipf }
        completions = spellings.mapValues { forms in
            Array(forms.sorted { zipf($0) > zipf($1) || zipf($0) == zipf($1) && $0 < $1 }.prefix(Self.completionsKept))
        }
        for abbreviation in Abbreviations.runs.sorted() where abbreviation.contains(where: dropped.contains) {
            completions[String(abbreviation.map { dropped.contains($0) ? " " : $0 }), default: []].append(abbreviation)
        }
    }

    subscript(written: String) -> [String] { completions[written] ?? [] }
}

/// The spellings made for the last few sets of dropped letters (making them takes a scan of every syllable).
private final class SpellingsCache: @unchecked Sendable {
    static let shared = SpellingsCache()
    static let capacity = 8

    private var recent: [(Set<Character>, DamagedSpellings)] = []
    private let lock = NSLock()

    func spellings(for dropped: Set<Character>) -> DamagedSpellings {
        if let known = lock.withLock({ recent.first { $0.0 == dropped }?.1 }) { return known }
        let made = DamagedSpellings(dropped: dropped)
        lock.withLock {
            recent.insert((dropped, made), at: 0)
            if recent.count > Self.capacity { recent.removeLast() }
        }
        return made
    }
}
