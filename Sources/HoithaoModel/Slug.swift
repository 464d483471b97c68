import Foundation

/// URL slugs and text normalization by the Vietnamese rules.
public enum Slug {
    /// "Hội thảo Đắk Lắk" → "hoi-thao-dak-lak": strip diacritics, map đ to d, lowercase, dashes.
    public static func make(from text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingDash = false
        // Written byte by byte: this runs for every heading of every paper.
        func add(_ scalar: Unicode.Scalar) {
            let byte: UInt8
            switch scalar.value {
            case 0x300...0x36F: return
            case 0x30...0x39, 0x61...0x7A: byte = UInt8(scalar.value)
            case 0x41...0x5A: byte = UInt8(scalar.value) + 0x20
            case 0x110, 0x111: byte = UInt8(ascii: "d")
            default:
                pendingDash = !slug.isEmpty
                return
            }
            if pendingDash { slug.append(UInt8(ascii: "-")) }
            pendingDash = false
            slug.append(byte)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                add(scalar)
            } else {
                for part in decomposed(scalar) { add(part) }
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// A scalar's canonical decomposition. Only Latin letters and a few letterlike symbols (the Kelvin and
    /// Ångström signs) decompose to an ASCII letter; they are decomposed once, through Foundation, and every
    /// other scalar is left as it is: it is not ASCII before or after, so it separates words either way.
    private static func decomposed(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        scalar.isASCII ? [scalar] : latinDecompositions[scalar.value] ?? [scalar]
    }

    private static let latinDecompositions: [UInt32: [Unicode.Scalar]] = {
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF, 0x2100...0x214F]
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            table[value] = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        }
        return table
    }()

    /// Whether a folder or file name can be used as it is in a URL.
    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && make(from: name) == name
    }

    /// The longest slug: with `-tep-tac-gia.zip` or `.pdf` after it, every file named from it stays well
    /// within the 255 bytes a file system allows a name.
    public static let maximumLength = 100

    /// `slug` cut to `maximumLength` at a dash, so that no word is cut in two where it can be helped.
    public static func shortened(_ slug: String) -> String {
        guard slug.utf8.count > maximumLength else { return slug }
        let head = String(slug.prefix(maximumLength))
        guard let dash = head.lastIndex(of: "-"), dash > head.startIndex else { return head }
        return String(head[..<dash])
    }
}

extension String {
    /// The same text in Unicode Normalization Form C, the form every string read is kept in.
    public var nfc: String {
        // Most text is NFC already; normalizing through Foundation is slow, so only text that has a combining
        // mark (NFD) or a character NFC replaces goes through it. A first pass over the bytes clears the
        // characters Vietnamese text is made of (below U+0300, Vietnamese letters, general punctuation).
        var copy = self
        let plain = copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0xCC {
                    index += 1
                } else if index + 2 < bytes.count,
                    (byte == 0xE1 && (0xB8...0xBB).contains(bytes[index + 1]))
                        || (byte == 0xE2 && bytes[index + 1] == 0x80)
                {
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
        if plain { return self }
        let needsWork = unicodeScalars.contains { scalar in
            scalar.value >= 0x300
                && (scalar.properties.canonicalCombiningClass != .notReordered
                    || (0xF900...0xFAFF).contains(scalar.value) || (0x2126...0x212B).contains(scalar.value)
                    || (0x1100...0x11FF).contains(scalar.value))
        }
        return needsWork ? precomposedStringWithCanonicalMapping : self
    }
}

extension String {
    /// Without white space (and line ends) at either end; Foundation's trimming was a hot spot when loading.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return first == startIndex && last == index(before: endIndex) ? self : String(self[first...last])
    }
}
