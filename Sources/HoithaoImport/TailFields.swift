import Foundation
import HoithaoModel

/// The end of the plan: recipients (Nơi nhận), electronic copies (Bản điện tử), and the signer.
extension PlanImporter {
    static let recipientsStart = TextPattern("^" + TextPattern.kw("nơi nhận"))
    static let electronicStart = TextPattern("^" + TextPattern.kw("bản điện tử"))
    static let notAName = TextPattern(TextPattern.any(["đã ký", "ký tên", "đóng dấu", "chữ ký"]))

    mutating func readTail(_ lines: [DocumentLine]) {
        // Indexes, not line numbers: a `pdftotext -layout` line holds both "Nơi nhận:" and "GIÁM ĐỐC".
        let signerLines = readSigner(lines)
        var target: WritableKeyPath<PlanDraft, [String]>?
        var field = ""
        for (index, line) in lines.enumerated() where !signerLines.contains(index) {
            if Self.recipientsStart.matches(line.text) {
                (target, field) = (\.recipients, "recipients")
            } else if Self.electronicStart.matches(line.text) {
                (target, field) = (\.electronicRecipients, "electronic_recipients")
            } else if let target {
                draft[keyPath: target].append(line.text)
                found(field, line)
                continue
            } else {
                continue
            }
            place([line])
            if let value = line.valueAfterColon, let target {
                draft[keyPath: target].append(value)
                found(field, line)
            }
        }
    }

    /// Finds the signer's title (one or more uppercase lines) and the name under it; returns their indexes.
    private mutating func readSigner(_ lines: [DocumentLine]) -> Set<Int> {
        // A title too damaged to recognize is still the last uppercase line above a name.
        let fallback = lines.indices.last { index in
            lines[index].marker == .none && lines[index].isUppercase && index + 1 < lines.count
                && Self.looksLikeName(lines[index + 1])
        }
        guard let start = lines.firstIndex(where: DocumentOutline.isSignerTitle) ?? fallback else { return [] }
        var end = start + 1
        while end < lines.count, DocumentOutline.isSignerTitle(lines[end]) {
            end += 1
        }
        let titles = lines[start..<end]
        var used = Set(start..<end)
        var name: DocumentLine?
        for index in lines.indices.dropFirst(end) where lines[index].marker == .none {
            used.insert(index)
            if Self.notAName.matches(lines[index].text) { continue }
            if Self.looksLikeName(lines[index]) { name = lines[index] } else { used.remove(index) }
            break
        }
        place(used.map { lines[$0] })
        let title = titles.map { Self.sentenceCase($0.text) }.joined(separator: ", ")
        if let name {
            draft.signer = Signer(title: title, name: Self.nameCase(name.text))
            let guess = DocumentOutline.isSignerTitle(lines[start]) ? nil : "the last capitalized line above a name"
            found("signer", Array(titles) + [name], guess: guess)
        } else {
            note("the signer's title “\(title)” has no name under it; the signer is left out")
            place(Array(titles))
        }
        return used
    }

    /// Two to six words, most capitalized: a damaged name ("Nguyễn Thanh B nh") is still the name, and is flagged.
    static func looksLikeName(_ line: DocumentLine) -> Bool {
        let words = line.text.split(separator: " ")
        let capitalized = words.filter { $0.first?.isUppercase == true }.count
        return line.marker == .none && (2...6).contains(words.count) && words.first?.first?.isUppercase == true
            && capitalized * 2 > words.count && !line.text.contains(":")
    }

    /// "GIÁM ĐỐC" → "Giám đốc"; abbreviations without vowels (KT., UBND, HĐND) stay as they are.
    static func sentenceCase(_ text: String) -> String {
        guard text.isUppercase else { return text }
        var capitalized = false
        return text.split(separator: " ").map { word -> String in
            let hasVowel = FoldedText.fold(String(word)).contains { DamageCheck.vowels.contains($0) }
            guard hasVowel else { return String(word) }
            defer { capitalized = true }
            return capitalized ? word.lowercased() : word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// "NGUYỄN THANH BÌNH" → "Nguyễn Thanh Bình"; a name already in ordinary case is kept.
    static func nameCase(_ text: String) -> String {
        guard text.isUppercase else { return text }
        return text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}

extension String {
    /// Whether every letter is uppercase (and there are some).
    var isUppercase: Bool {
        let letters = filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy { !$0.isLowercase }
    }
}
