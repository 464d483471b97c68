import Foundation

/// Deterministic variants of the seed: the ways a Kế hoạch reaches an organizer other than as Markdown.
enum DocumentVariants {
    /// As pasted from Word: no Markdown markup, one line for each paragraph, no blank lines.
    static func plainText(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: true).map { line -> String in
            var text = String(line).replacingOccurrences(of: "*", with: "")
            while text.hasPrefix("#") { text.removeFirst() }
            return text.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    static func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    static func nfd(_ text: String) -> String {
        text.decomposedStringWithCanonicalMapping
    }

    /// Every line broken at `width` columns, as a fixed-width export or `pdftotext` does. A dash
    /// between spaces stays with the word before it, as word processors keep it.
    static func wrapped(_ text: String, width: Int = 70) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in line.split(separator: " ") {
                let joinsPrevious = word == "-" || word == "–"
                if !current.isEmpty, current.count + 1 + word.count > width, !joinsPrevious {
                    out.append(current)
                    current = String(word)
                } else {
                    current += (current.isEmpty ? "" : " ") + word
                }
            }
            out.append(current)
        }
        return out.joined(separator: "\n")
    }

    /// Letters with diacritics (and đ) replaced by a space, each with probability `rate`, from a seeded generator.
    static func droppedDiacritics(_ text: String, rate: Double, seed: UInt64) -> String {
        var generator = SplitMix64(seed: seed)
        return String(
            text.map { character -> Character in
                let decomposed = String(character).decomposedStringWithCanonicalMapping
                let marked = decomposed.unicodeScalars.count > 1 || character == "đ" || character == "Đ"
                guard marked, character.isLetter else { return character }
                return generator.nextUnit() < rate ? " " : character
            })
    }

    /// Page numbers and a repeated page header put in every `every` lines, with a form feed, as `pdftotext` leaves them.
    static func paged(_ text: String, every: Int = 25) -> String {
        var out: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0, index % every == 0 { out += ["", "\(index / every + 1)", "\u{0C}"] }
            out.append(String(line))
        }
        return out.joined(separator: "\n")
    }

    /// Stray double spaces after every `every`th space.
    static func straySpaces(_ text: String, every: Int = 7) -> String {
        var count = 0
        return String(
            text.flatMap { character -> [Character] in
                guard character == " " else { return [character] }
                count += 1
                return count % every == 0 ? [" ", " "] : [" "]
            })
    }

    /// The Markdown seed cut into its Roman-numbered parts: the text before part I, and each part.
    static func parts(_ markdown: String) -> (head: [String], parts: [[String]], tail: [String]) {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let starts = lines.indices.filter { index in
            let plain = lines[index].replacingOccurrences(of: "*", with: "").drop { $0 == "#" || $0 == " " }
            return ["I.", "II.", "III.", "IV.", "V.", "VI."].contains { plain.hasPrefix($0 + " ") }
        }
        let closing = lines.firstIndex { $0.hasPrefix("Trên đây") } ?? lines.count
        guard let first = starts.first else { return (lines, [], []) }
        let bounds = zip(starts, starts.dropFirst() + [closing])
        return (Array(lines[..<first]), bounds.map { Array(lines[$0..<$1]) }, Array(lines[closing...]))
    }

    /// The seed with its parts in the order `order` (0-based indexes into I…VI); parts not listed are left out.
    static func reordered(_ markdown: String, order: [Int]) -> String {
        let (head, parts, tail) = parts(markdown)
        return (head + order.flatMap { parts.indices.contains($0) ? parts[$0] : [] } + tail).joined(separator: "\n")
    }
}

/// A small seeded generator (SplitMix64), so damaged variants are the same on every run.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<1.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}

/// The damage real PDF extraction does to a plan's structure (issue 19), each made from a clean text in code.
enum ExtractionDamage {
    /// A blank line after every line, as some extractions space a PDF's lines.
    static func doubleSpaced(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\n")
    }

    /// Every `every` lines a page ends: its footer with the page's number, a form feed, and the running header.
    static func runningFooters(_ text: String, every: Int = 20) -> String {
        var out: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0, index % every == 0 {
                let page = index / every
                out += [
                    "", "Kế hoạch tổ chức hội thảo - Trang \(page)", "\u{0C}Sở Khoa học và Công nghệ Bắc Giang", "",
                ]
            }
            out.append(String(line))
        }
        return out.joined(separator: "\n")
    }

    /// The header's two columns read across, line by line, the agency's name broken over two lines.
    static func splitHeader(_ plain: String, agency: (String, String)) -> String {
        var lines = plain.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let number = lines.firstIndex { $0.hasPrefix("Số:") } ?? 0
        let header = [
            "UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", agency.0, "VIỆT NAM", agency.1,
            "Độc lập - Tự do - Hạnh phúc",
        ]
        lines.insert(contentsOf: header, at: number)
        return lines.joined(separator: "\n")
    }

    /// Every "- " item marked with `bullet` instead.
    static func bullets(_ text: String, _ bullet: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasPrefix("- ") ? bullet + " " + $0.dropFirst(2) : String($0)
        }.joined(separator: "\n")
    }
}
