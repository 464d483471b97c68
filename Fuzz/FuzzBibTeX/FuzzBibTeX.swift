import HoithaoModel
import HoithaoSchedule

/// libFuzzer entry: the bytes are a paper's title, abstract, keywords and author; its BibTeX must read back, as
/// BibTeX reads braces (by counting, whatever stands before them), as one entry with the title and abstract whole.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let fields = fuzzFields(start, count, minimum: 3)
    let entries = bibTeXEntries(fuzzCitation(fields).bibTeX)
    require(entries.count == 1, "\(entries.count) entries")
    require(entries[0]["title"].map(unescaped) == PlainText.singleLine(fields[2]), "the title is not whole")
    require(entries[0]["abstract"].map(unescaped) == PlainText.singleLine(fields[1]), "the abstract is not whole")
    return 0
}

/// The entries: `@` outside braces starts one; a field's value ends at the brace that balances its first.
private func bibTeXEntries(_ text: String) -> [[String: String]] {
    var entries: [[String: String]] = []
    var depth = 0
    var name = ""
    var value = ""
    for scalar in text.unicodeScalars {
        switch (scalar, depth) {
        case ("@", 0): entries.append([:])
        case ("{", _):
            depth += 1
            if depth > 2 { value.unicodeScalars.append(scalar) }
        case ("}", _):
            depth -= 1
            require(depth >= 0, "a brace closes more than was opened")
            if depth == 1 {
                entries[entries.count - 1][name.trimmingSpaces] = value
                (name, value) = ("", "")
            } else if depth > 1 {
                value.unicodeScalars.append(scalar)
            }
        case (",", 1): name = ""
        case ("=", 1): continue
        case (_, 1): name.unicodeScalars.append(scalar)
        case (_, 2...): value.unicodeScalars.append(scalar)
        default: continue
        }
    }
    require(depth == 0, "braces left open")
    return entries
}

/// A value with Hoithao's escapes read back, scalar by scalar (a brace with a combining mark is still a brace).
private func unescaped(_ value: String) -> String {
    let scalars = Array(value.unicodeScalars)
    let commands: [(String, String)] = [
        ("\\textbraceleft{}", "{"), ("\\textbraceright{}", "}"), ("\\textbackslash{}", "\\"),
        ("\\textasciitilde{}", "~"), ("\\textasciicircum{}", "^"),
    ]
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
        let rest = scalars[index...]
        if let (command, text) = commands.first(where: { rest.starts(with: $0.0.unicodeScalars) }) {
            result.append(contentsOf: text.unicodeScalars)
            index += command.unicodeScalars.count
        } else if scalars[index] == "\\", index + 1 < scalars.count, "%&#$_".unicodeScalars.contains(scalars[index + 1])
        {
            result.append(scalars[index + 1])
            index += 2
        } else {
            result.append(scalars[index])
            index += 1
        }
    }
    return String(result)
}

extension String {
    fileprivate var trimmingSpaces: String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\n" }
        let kept = unicodeScalars.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        return String(String.UnicodeScalarView(kept))
    }
}
