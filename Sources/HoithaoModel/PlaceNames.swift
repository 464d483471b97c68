/// Names of places compared as people read them: case aside, by whole words.
public enum PlaceNames {
    /// Whether `whole` says `part`: its words, consecutive; a single word only as a whole comma-separated piece
    /// of `whole`, so room "101" is not taken for the address "101 Lý Tự Trọng".
    public static func mentions(_ whole: String, _ part: String) -> Bool {
        let pieces = self.pieces(whole)
        let wholeWords = Array(pieces.joined())
        let partWords = Array(self.pieces(part).joined())
        guard !partWords.isEmpty, partWords.count <= wholeWords.count else { return false }
        if partWords.count == 1 { return pieces.contains(partWords) }
        return (0...(wholeWords.count - partWords.count)).contains {
            Array(wholeWords[$0..<($0 + partWords.count)]) == partWords
        }
    }

    /// Whether two names have the same words.
    public static func same(_ first: String, _ second: String) -> Bool {
        Array(pieces(first).joined()) == Array(pieces(second).joined())
    }

    /// The words of each comma-separated piece of `name`, lowercased.
    private static func pieces(_ name: String) -> [[Substring]] {
        name.localizedLowercase.split(separator: ",").map { $0.split(whereSeparator: \.isWhitespace) }
    }
}
