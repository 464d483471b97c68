import Foundation

/// How likely a syllable is in a document (log10 of its share of words): how often Vietnamese writes it, raised
/// when the document itself holds it whole, and for a pair, when the document holds the pair.
struct SyllableOdds {
    let profile: DamageProfile

    /// Zipf frequencies by lowercase syllable, the syllables of the inventory only.
    static let zipf: [String: Double] = {
        var result: [String: Double] = [:]
        for line in SyllableFrequencies.table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let first = fields.first, let tenths = Double(first) else { continue }
            for word in fields.dropFirst() where SyllableInventory.syllables.contains(String(word)) {
                result[String(word)] = tenths / 10
            }
        }
        return result
    }()

    /// The Zipf frequency of a syllable no list holds: it is spelled right but hardly ever written.
    static let unlistedZipf = 0.5
    /// How much the document's own words weigh against the language's.
    static let documentWeight = 0.3
    /// How much a pair the document holds, and a pair inside a word of the dictionary, weigh.
    static let pairWeight = 0.4
    static let dictionaryWeight = 0.3

    /// For each syllable, the syllables that follow it inside some word of the dictionary.
    static let followers: [String: Set<String>] = {
        var result: [String: Set<String>] = [:]
        for line in SyllablePairs.table.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard let first = fields.first else { continue }
            result[first, default: []].formUnion(fields.dropFirst())
        }
        return result
    }()

    /// Log10 of the chance of the lowercase syllable `word`.
    func odds(_ word: String) -> Double {
        let language = pow(10, (Self.zipf[word] ?? Self.unlistedZipf) - 9)
        let seen = profile.total > 0 ? Double(profile.wordCounts[word] ?? 0) / Double(profile.total) : 0
        return log10(language + Self.documentWeight * seen)
    }

    /// What `second` gains from following `first`: the document's pair, shared among what follows `first` in the
    /// document, and the dictionary's word, shared among what follows `first` there and weighed against the
    /// language's odds of `second` (a word the document uses often still needs its pair: "vải thiều").
    func pairBonus(_ first: String, _ second: String) -> Double {
        var gain = 0.0
        if let pair = profile.pairCounts[first + " " + second], let left = profile.leftCounts[first] {
            gain += log10(1 + Self.pairWeight * Double(pair) / Double(left) / pow(10, odds(second)))
        }
        if let next = Self.followers[first], next.contains(second) {
            let language = pow(10, (Self.zipf[second] ?? Self.unlistedZipf) - 9)
            gain += log10(1 + Self.dictionaryWeight / Double(next.count) / language)
        }
        return gain
    }

    /// Log10 of the chance that a word written in `next` case follows one in `previous` case (nil: a stretch's
    /// first word), from the document's whole words: names run in capitals, sentences in lowercase.
    func caseOdds(_ previous: String?, _ next: String) -> Double {
        let counts = profile.caseCounts[WordCase.of(previous).rawValue]
        let total = counts.reduce(0, +)
        return log10(Double(counts[WordCase.of(next).rawValue] + 1) / Double(total + 3))
    }
}

/// How a word is written: lowercase, with a capital, or all in capitals (`start` before a stretch's first word).
enum WordCase: Int {
    case lower = 0
    case title, upper, start

    static func of(_ word: String?) -> WordCase {
        guard let word, let first = word.first else { return .start }
        if word.count >= 2, word.allSatisfy({ !$0.isLowercase }) { return .upper }
        return first.isUppercase ? .title : .lower
    }
}
