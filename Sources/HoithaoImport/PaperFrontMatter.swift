import Foundation

/// What the first paragraphs of a Word paper give its front matter: the title (Word's Title style, or the first
/// paragraph), the authors with the affiliations their superscript markers point to and their emails, the abstract
/// ("Tóm tắt:", "Abstract") and keywords ("Từ khóa:", "Keywords") in the paper's language.
struct PaperFrontMatter {
    /// An author as the paper's front matter lists one.
    struct Author: Equatable {
        var name: String
        var affiliation: String?
        var email: String?
    }

    var title = ""
    var authors: [Author] = []
    var abstract: String?
    var keywords: [String] = []
    /// `en` for a paper written in English (a title without Vietnamese letters); nil for Vietnamese.
    var language: String?
    /// The paragraphs it took, by their place in the list read; the rest are the body.
    private(set) var taken: Set<Int> = []
    /// Paragraphs that lay among the authors but were neither a name, an affiliation nor an email.
    private(set) var unplaced: [Int] = []

    private static let abstractLabels = ["tóm tắt": "vi", "abstract": "en", "summary": "en"]
    private static let keywordLabels = ["từ khóa": "vi", "từ khoá": "vi", "keywords": "en", "key words": "en"]

    init(_ paragraphs: [WordParagraph], styles: WordStyles) {
        let texts = paragraphs.map { PaperBody.plain($0.inlines) }
        let filled = Array(texts.indices.filter { !texts[$0].isEmpty && paragraphs[$0].cell == nil }.prefix(40))
        guard let first = filled.first else { return }
        var titled = filled.prefix(3).filter { styles.isStyle(paragraphs[$0].style, "title") }
        if titled.isEmpty { titled = [first] }
        title = titled.map { texts[$0] }.joined(separator: " ")
        taken.formUnion(titled)
        language = title.contains(where: Self.isVietnamese) ? nil : "en"
        var people: [Int] = []
        var abstracts: [String: (text: String, at: [Int])] = [:]
        var keywordLists: [String: (words: [String], at: [Int])] = [:]
        var cursor = (filled.lastIndex { titled.contains($0) } ?? 0) + 1
        while cursor < filled.count {
            let at = filled[cursor]
            cursor += 1
            let text = texts[at]
            if let (language, rest) = Self.label(text, Self.abstractLabels) {
                var places = [at]
                var abstract = rest
                if rest.isEmpty, cursor < filled.count {
                    abstract = texts[filled[cursor]]
                    places.append(filled[cursor])
                    cursor += 1
                }
                if abstracts[language] == nil { abstracts[language] = (abstract, places) }
            } else if let (language, rest) = Self.label(text, Self.keywordLabels) {
                let separator: Character = rest.contains(";") ? ";" : ","
                let words = rest.split(separator: separator).map {
                    $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
                }.filter { !$0.isEmpty }
                if keywordLists[language] == nil { keywordLists[language] = (words, [at]) }
            } else if abstracts.isEmpty, keywordLists.isEmpty,
                PaperHeadings.level(paragraphs[at], text: text, styles: styles) == nil
            {
                people.append(at)
            } else {
                break
            }
        }
        let language = language ?? "vi"
        if let found = abstracts[language] ?? abstracts.values.first {
            abstract = found.text
            taken.formUnion(found.at)
        }
        if let found = keywordLists[language] ?? keywordLists.values.first {
            keywords = found.words
            taken.formUnion(found.at)
        }
        readAuthors(people.map { ($0, paragraphs[$0]) })
    }

    /// The authors, affiliations and emails from the lines between the title and the abstract.
    private mutating func readAuthors(_ paragraphs: [(Int, WordParagraph)]) {
        var affiliations: [String: String] = [:]
        var group: [Int] = []
        var emails: [(marker: String?, address: String, line: String)] = []
        var markers: [[String]] = []
        for (at, paragraph) in paragraphs {
            var placed = true
            for line in Self.lines(paragraph.inlines) {
                let text = line.map(\.text).joined().trimmingCharacters(in: .whitespaces)
                let (marker, rest) = Self.leadingMarker(line)
                if let address = Self.email(in: text) {
                    emails.append((marker, address, text))
                } else if marker == nil, let names = Self.names(line) {
                    group = Array(authors.count..<(authors.count + names.count))
                    authors += names.map { Author(name: $0.name) }
                    markers += names.map(\.markers)
                } else if let marker, !rest.isEmpty {
                    affiliations[marker] = rest
                } else if !authors.isEmpty, Self.isOrganization(text) {
                    for author in group {
                        let joined = authors[author].affiliation.map { $0 + "; " + text } ?? text
                        authors[author].affiliation = joined
                    }
                } else {
                    placed = false
                }
            }
            if placed { taken.insert(at) } else { unplaced.append(at) }
        }
        for (index, list) in markers.enumerated() where authors[index].affiliation == nil {
            let found = list.compactMap { affiliations[$0] }
            if !found.isEmpty { authors[index].affiliation = found.joined(separator: "; ") }
        }
        if affiliations.count == 1, let only = affiliations.values.first {
            for index in authors.indices where authors[index].affiliation == nil { authors[index].affiliation = only }
        }
        for (marker, address, line) in emails {
            let owner =
                authors.indices.first { markers[$0].contains(marker ?? "*") }
                ?? authors.indices.first { line.contains(authors[$0].name) } ?? authors.indices.first
            if let owner, authors[owner].email == nil { authors[owner].email = address }
        }
    }

    /// A paragraph's runs split at its line breaks, each line as (text, superscript).
    private static func lines(_ inlines: [WordInline]) -> [[(text: String, raised: Bool)]] {
        var lines: [[(text: String, raised: Bool)]] = [[]]
        for inline in inlines {
            switch inline {
            case .text(let text, let format): lines[lines.count - 1].append((text, format.contains(.raised)))
            case .lineBreak: lines.append([])
            default: break
            }
        }
        return lines.filter { !$0.map(\.text).joined().allSatisfy(\.isWhitespace) }
    }

    /// The marker an affiliation or email line starts with (superscript, or typed: "1", "2.", "*"), and the rest.
    private static func leadingMarker(_ line: [(text: String, raised: Bool)]) -> (String?, String) {
        let text = line.map(\.text).joined().trimmingCharacters(in: .whitespaces)
        if let first = line.first(where: { !$0.text.allSatisfy(\.isWhitespace) }), first.raised {
            let marker = first.text.trimmingCharacters(in: .whitespaces)
            return (marker, String(text.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces))
        }
        let marker = text.prefix { $0.isNumber || "*†".contains($0) }
        guard !marker.isEmpty, marker.count <= 2 else { return (nil, text) }
        let rest = text.dropFirst(marker.count).drop { ".) ".contains($0) }
        guard rest.first?.isLetter == true else { return (nil, text) }
        return (String(marker), String(rest))
    }

    /// The names of an authors' line and each one's markers ("Nguyễn Văn An¹,*" is "Nguyễn Văn An" with 1 and *);
    /// nil when a piece of the line is not a name (words that each start with a capital).
    private static func names(_ line: [(text: String, raised: Bool)]) -> [(name: String, markers: [String])]? {
        var found: [(name: String, markers: [String])] = [("", [])]
        for (text, raised) in line {
            if raised {
                found[found.count - 1].markers += text.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            var rest = text
            for separator in [" và ", " and ", " & ", ";"] {
                rest = rest.replacingOccurrences(of: separator, with: ",")
            }
            let pieces = rest.split(separator: ",", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { found.append(("", [])) }
                found[found.count - 1].name += piece
            }
        }
        var names: [(name: String, markers: [String])] = []
        for (raw, markers) in found {
            var name = raw.trimmingCharacters(in: .whitespaces)
            var typed: [String] = []
            // Markers typed after the name: "Nguyễn Văn An1*".
            while let last = name.last, last.isNumber || "*†".contains(last) {
                typed.insert(String(last), at: 0)
                name.removeLast()
            }
            name = name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { continue }
            let words = name.split(separator: " ")
            let isName =
                (2...7).contains(words.count)
                && words.allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }
            guard isName else { return nil }
            names.append((name, markers + typed))
        }
        return names.isEmpty ? nil : names
    }

    private static func email(in text: String) -> String? {
        let pattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/
        return text.firstMatch(of: pattern).map { String($0.output.0) }
    }

    private static let organizationWords = [
        "viện", "trường", "đại học", "học viện", "sở", "bộ", "trung tâm", "khoa", "công ty", "hội", "ủy ban", "ubnd",
        "phòng", "cục", "ban", "university", "institute", "department", "faculty", "center", "centre", "college",
        "academy", "ministry", "company", "school",
    ]

    private static func isOrganization(_ text: String) -> Bool {
        let lower = text.lowercased()
        return organizationWords.contains { lower.hasPrefix($0 + " ") || lower.contains(" " + $0 + " ") }
    }

    /// The language and the rest of a line that starts with one of `labels` ("Tóm tắt: …", "TỪ KHÓA", …).
    private static func label(_ text: String, _ labels: [String: String]) -> (String, String)? {
        let lower = text.lowercased()
        for (label, language) in labels where lower.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            guard rest.isEmpty || rest.first.map({ ":.-–— ".contains($0) }) == true else { continue }
            let value = rest.drop { ":.-–— ".contains($0) }
            return (language, String(value))
        }
        return nil
    }

    /// A letter only Vietnamese writes (đ, ư, ơ, ă, â, ê, ô, and the tone marks).
    private static func isVietnamese(_ character: Character) -> Bool {
        guard let base = character.lowercased().unicodeScalars.first, character.isLetter else { return false }
        if "đươăâêô".unicodeScalars.contains(base) { return true }
        let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        return decomposed.contains { (0x0300...0x0323).contains($0.value) }
    }
}
