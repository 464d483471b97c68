import Foundation

/// URL slugs and text normalization by the Vietnamese rules.
public enum Slug {
    /// "Hội thảo Đắk Lắk" → "hoi-thao-dak-lak": strip diacritics, map đ to d, lowercase, dashes.
    public static func make(from text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            let mapped: Character
            switch scalar {
            case "đ", "Đ": mapped = "d"
            default:
                guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
                    pendingDash = !result.isEmpty
                    continue
                }
                mapped = Character(String(scalar).lowercased())
            }
            if pendingDash { result.append("-") }
            pendingDash = false
            result.append(mapped)
        }
        return result
    }

    /// Whether a folder or file name can be used as it is in a URL.
    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && make(from: name) == name
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
