/// Finds bare `http://`, `https://`, `www.` and e-mail addresses in text, by the GFM spec's
/// extended autolink rules, and DOIs (`10.1000/xyz`) in a reference list. (Authors' own addresses are front
/// matter, never Markdown, so stay private.)
enum BareLinks {
    static func split(_ text: String, dois: Bool = false) -> [InlinePiece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [InlinePiece] = []
        var plainStart = 0
        var position = 0
        while position < scalars.count {
            if let found = link(in: scalars, at: position) ?? (dois ? doi(in: scalars, at: position) : nil),
                found.start >= plainStart
            {
                let start = found.start
                if plainStart < start { pieces.append(.text(String(scalars: scalars[plainStart..<start]))) }
                pieces.append(.link(url: found.url, text: String(scalars: scalars[start..<found.end])))
                plainStart = found.end
                position = found.end
            } else {
                position += 1
            }
        }
        guard !pieces.isEmpty else { return [.text(text)] }
        if plainStart < scalars.count { pieces.append(.text(String(scalars: scalars[plainStart...]))) }
        return pieces
    }

    private static func link(in scalars: [Unicode.Scalar], at position: Int) -> (start: Int, end: Int, url: String)? {
        let scalar = scalars[position]
        if scalar == "@" { return email(in: scalars, at: position) }
        guard scalar == "h" || scalar == "w", Self.mayStartLink(scalars, at: position) else { return nil }
        for (prefix, scheme) in [("https://", ""), ("http://", ""), ("www.", "http://")]
        where Self.hasPrefix(scalars, prefix, at: position) {
            // A `www.` domain counts from its `www`; after a scheme, a short name such as `localhost` is fine.
            let domainStart = scheme.isEmpty ? position + prefix.unicodeScalars.count : position
            let domainEnd = Self.domainEnd(scalars, from: position + prefix.unicodeScalars.count)
            guard domainEnd > position + prefix.unicodeScalars.count,
                Self.isValidDomain(scalars[domainStart..<domainEnd])
            else { return nil }
            var end = domainEnd
            while end < scalars.count, !scalars[end].properties.isWhitespace, scalars[end] != "<" { end += 1 }
            end = Self.trimmedPathEnd(scalars, start: position + prefix.unicodeScalars.count, end: end)
            guard end > position + prefix.unicodeScalars.count else { return nil }
            let text = String(scalars: (scalars[position..<end]))
            return (position, end, scheme + text)
        }
        return nil
    }

    /// GFM: an autolink begins a line, follows whitespace, or follows `*`, `_`, `~` or `(`.
    private static func mayStartLink(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        guard position > 0 else { return true }
        let previous = scalars[position - 1]
        return previous.properties.isWhitespace || "*_~(".unicodeScalars.contains(previous)
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], _ prefix: String, at position: Int) -> Bool {
        let wanted = Array(prefix.unicodeScalars)
        guard position + wanted.count <= scalars.count else { return false }
        return zip(scalars[position...], wanted).allSatisfy { $0.properties.lowercaseMapping == String($1) }
    }

    private static func isDomainScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "_-.".unicodeScalars.contains(scalar)
    }

    private static func domainEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, isDomainScalar(scalars[end]) { end += 1 }
        return end
    }

    /// A domain has no `_` in its last two labels.
    private static func isValidDomain(_ domain: ArraySlice<Unicode.Scalar>) -> Bool {
        let labels = String(scalars: (domain)).split(separator: ".", omittingEmptySubsequences: false)
        return labels.first?.isEmpty == false && !labels.suffix(2).contains { $0.contains("_") }
    }

    /// Drops trailing punctuation, an unbalanced `)` and an entity-like `&name;` from the end of a link.
    private static func trimmedPathEnd(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = scalars[end - 1]
            if "?!.,:*_~'\"".unicodeScalars.contains(last) {
                end -= 1
            } else if last == ")" {
                let link = scalars[start..<end]
                let opening = link.filter { $0 == "(" }.count
                let closing = link.filter { $0 == ")" }.count
                guard closing > opening else { break }
                end -= 1
            } else if last == ";" {
                var entityStart = end - 1
                while entityStart > start,
                    scalars[entityStart - 1].properties.isAlphabetic
                        || scalars[entityStart - 1].properties.numericType != nil
                {
                    entityStart -= 1
                }
                guard entityStart > start, entityStart < end - 1, scalars[entityStart - 1] == "&" else { break }
                end = entityStart - 1
            } else {
                break
            }
        }
        return end
    }

    /// An address around the `@` at `at`: `[A-Za-z0-9.+_-]+@[A-Za-z0-9._-]+` with a period after the `@`,
    /// not ending in `-` or `_`, a final period left out.
    private static func email(in scalars: [Unicode.Scalar], at: Int) -> (start: Int, end: Int, url: String)? {
        func isLocal(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || ".+-_".unicodeScalars.contains(scalar))
        }
        func isDomain(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || ".-_".unicodeScalars.contains(scalar))
        }
        var start = at
        while start > 0, isLocal(scalars[start - 1]) { start -= 1 }
        var end = at + 1
        while end < scalars.count, isDomain(scalars[end]) { end += 1 }
        if end > at + 1, scalars[end - 1] == "." { end -= 1 }
        let domain = scalars[(at + 1)..<end]
        guard start < at, !domain.isEmpty, domain.contains("."), let last = domain.last, last != "-", last != "_"
        else { return nil }
        return (start, end, "mailto:" + String(scalars: (scalars[start..<end])))
    }

    /// A DOI starting at `at`: `10.`, four to nine digits, `/`, then anything but spaces, linked to doi.org.
    private static func doi(in scalars: [Unicode.Scalar], at: Int) -> (start: Int, end: Int, url: String)? {
        guard scalars[at] == "1", hasPrefix(scalars, "10.", at: at),
            at == 0
                || !(scalars[at - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[at - 1])
                    || scalars[at - 1] == "/" || scalars[at - 1] == ".")
        else { return nil }
        var index = at + 3
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard (4...9).contains(index - at - 3), index + 1 < scalars.count, scalars[index] == "/" else { return nil }
        var end = index + 1
        while end < scalars.count, !scalars[end].properties.isWhitespace, scalars[end] != "<" { end += 1 }
        end = trimmedPathEnd(scalars, start: index + 1, end: end)
        guard end > index + 1 else { return nil }
        return (at, end, "https://doi.org/" + String(scalars: scalars[at..<end]))
    }
}
