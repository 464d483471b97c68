import Foundation

/// Sorting by the Vietnamese alphabet (a < ă < â < b … d < đ …), tones after letters, done here rather
/// than by the platform's locale so every machine sorts the same way.
public enum VietnameseCollation {
    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô", "ơ",
        "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })
    /// Tones in dictionary order: level, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng).
    private static let toneRank: [UInt32: Int] = [0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5]
    private static let letterMarks: Set<UInt32> = [0x306, 0x302, 0x31B]

    /// Whether `a` comes before `b`: letters first, then tones, then the text itself as a tie-break.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let (keyA, keyB) = (key(a), key(b))
        if keyA.letters != keyB.letters { return keyA.letters.lexicographicallyPrecedes(keyB.letters) }
        if keyA.tones != keyB.tones { return keyA.tones.lexicographicallyPrecedes(keyB.tones) }
        return a < b
    }

    /// `names` sorted by given name, which Vietnamese writes last ("Nguyễn Văn An" sorts under An), then in full;
    /// each name's keys are computed once rather than in every comparison.
    public static func sortedByGivenName(_ names: [String]) -> [String] {
        let keyed = names.map { name -> (name: String, given: Key, full: Key) in
            (name, key(name.split(separator: " ").last.map(String.init) ?? name), key(name))
        }
        return keyed.sorted { a, b in
            if a.given != b.given { return order(a.given, b.given) }
            if a.full != b.full { return order(a.full, b.full) }
            return a.name < b.name
        }.map(\.name)
    }

    private static func order(_ a: Key, _ b: Key) -> Bool {
        a.letters != b.letters
            ? a.letters.lexicographicallyPrecedes(b.letters) : a.tones.lexicographicallyPrecedes(b.tones)
    }

    private struct Key: Equatable {
        var letters: [Int] = []
        var tones: [Int] = []
    }

    private static func key(_ text: String) -> Key {
        var key = Key()
        for character in text.lowercased() {
            guard let place = commonKeys[character] ?? characterKey(character) else { continue }
            key.letters.append(place.letter)
            key.tones.append(place.tone)
        }
        return key
    }

    /// The keys of ASCII and of the Latin letters Vietnamese is written with, worked out once: decomposing each
    /// character through Foundation for every name was most of the time sorting took.
    private static let commonKeys: [Character: (letter: Int, tone: Int)?] = {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xC0...0x24F, 0x1E00...0x1EFF]
        var keys: [Character: (letter: Int, tone: Int)?] = [:]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            keys[character] = characterKey(character)
        }
        return keys
    }()

    /// One lower-case character's place: its letter's rank and its tone; nil for spaces and punctuation.
    private static func characterKey(_ character: Character) -> (letter: Int, tone: Int)? {
        let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = scalars.first else { return nil }
        var letter = base == "đ" ? "đ" : String(base)
        var tone = 0
        for mark in scalars.dropFirst() {
            if letterMarks.contains(mark.value) {
                letter = String(String(base) + String(mark)).precomposedStringWithCanonicalMapping
            } else if let rank = toneRank[mark.value] {
                tone = rank
            }
        }
        if let rank = letterRank[letter] { return (100 + rank, tone) }
        if base.properties.isAlphabetic || base.properties.numericType != nil {
            return (Int(base.value) < 100 ? Int(base.value) : 200 + Int(base.value), tone)
        }
        return nil  // spaces and punctuation do not order names
    }
}
