/// Roman numerals for the parts of an official document (I to XII): a plan read or written, a report.
public enum Roman {
    public static let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    public static func numeral(_ value: Int) -> String {
        (1...numerals.count).contains(value) ? numerals[value - 1] : String(value)
    }

    public static func value(_ numeral: String) -> Int? {
        numerals.firstIndex(of: numeral.uppercased()).map { $0 + 1 }
    }
}
