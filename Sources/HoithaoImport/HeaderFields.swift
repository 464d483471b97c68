import Foundation
import HoithaoModel

/// The header (agency, number, place and date), the title, the preamble and the closing.
extension PlanImporter {
    static let numberLine = TextPattern("^" + TextPattern.kw("số") + #"\s*:\s*(.*)$"#)
    static let placeDateLine = TextPattern(
        #"^(.*?)[,\s]*"# + TextPattern.kw("ngày") + #"\s*(\d{0,2})[\s.…_]*"# + TextPattern.kw("tháng")
            + #"\s*(\d{0,2})[\s.…_]*"# + TextPattern.kw("năm") + #"\s*(\d{4})"#)
    static let mottoLine = TextPattern(
        TextPattern.any(["cộng hòa", "cộng hoà", "độc lập", "hạnh phúc"]) + "|^" + TextPattern.kw("việt nam") + "$")

    mutating func readHeader(_ outline: DocumentOutline) {
        let header = outline.title.isEmpty ? Array(outline.preamble.prefix(8)) : outline.header
        var agencies: [DocumentLine] = []
        for line in header.flatMap(Self.splitAtMotto).flatMap(Self.splitAtPlace) {
            let folded = line.folded
            if draft.document.number == nil, let match = Self.numberLine.firstMatch(in: folded),
                let number = match.group(1), !number.isEmpty
            {
                draft.document.number = number
                found("document.number", line)
            } else if draft.document.date == nil, let match = Self.placeDateLine.firstMatch(in: folded),
                let year = match.group(4).flatMap({ Int($0) })
            {
                let place = match.group(1)?.trimmingCharacters(in: CharacterSet(charactersIn: ", "))
                if let place, !place.isEmpty {
                    draft.document.place = place
                    found("document.place", line)
                }
                let date = PartialDate(
                    year: year, month: match.group(3).flatMap { Int($0) }, day: match.group(2).flatMap { Int($0) })
                // "ngày 40 tháng 7" (or year 0202) is damage, not a date: it is left for the organizer to write.
                if date.impossibility == nil, year >= 1000 {
                    draft.document.date = date
                    found("document.date", line)
                }
            } else if Self.mottoLine.matches(line.text) {
                place([line])
            } else if line.isUppercase {
                agencies.append(line)
            }
        }
        readIssuer(agencies, outline)
        readTitle(outline.title)
    }

    static let mottoStart = TextPattern(TextPattern.any(["cộng hòa xã hội", "cộng hoà xã hội", "độc lập - tự do"]))

    /// A line where extraction put the agency and the quốc hiệu side by side ("SỞ … CỘNG HÒA XÃ HỘI …"), as two.
    static func splitAtMotto(_ line: DocumentLine) -> [DocumentLine] {
        guard let match = mottoStart.firstMatch(in: line.folded), match.range.lowerBound > 0 else { return [line] }
        let characters = Array(line.text)
        let before = String(characters[..<match.range.lowerBound]).trimmingCharacters(in: .whitespaces)
        let after = String(characters[match.range.lowerBound...])
        return before.isEmpty ? [line] : [line.with(text: before), line.with(text: after)]
    }

    /// A line where extraction put the number beside the place and date ("Số: 32/KH-LHH Bắc Giang, ngày 12 tháng
    /// 3 năm 2024"), as two: the number runs to the first word that holds a letter and no "/" or digit.
    static func splitAtPlace(_ line: DocumentLine) -> [DocumentLine] {
        guard numberLine.firstMatch(in: line.folded) != nil, placeDateLine.firstMatch(in: line.folded) != nil,
            let colon = line.text.firstIndex(of: ":")
        else { return [line] }
        var numbered = false
        var cut: String.Index?
        var index = line.text.index(after: colon)
        while index < line.text.endIndex {
            guard !line.text[index].isWhitespace else {
                index = line.text.index(after: index)
                continue
            }
            let end = line.text[index...].firstIndex(where: \.isWhitespace) ?? line.text.endIndex
            let word = line.text[index..<end]
            if numbered, word.first?.isLetter == true, !word.contains("/"), !word.contains(where: \.isNumber) {
                cut = index
                break
            }
            numbered = true
            index = end
        }
        guard let cut else { return [line] }
        let rest = line.with(text: String(line.text[cut...]))
        guard placeDateLine.firstMatch(in: rest.folded) != nil else { return [line] }
        let number = String(line.text[..<cut]).trimmingCharacters(in: .whitespaces)
        return [line.with(text: number), rest]
    }

    /// Words that begin the name of an agency; an uppercase header line that begins otherwise goes on with the
    /// name above it ("LIÊN HIỆP CÁC HỘI KHOA HỌC" / "VÀ KỸ THUẬT"), whatever lines of the quốc hiệu lie between.
    static let agencyStart = TextPattern(
        "^"
            + TextPattern.any([
                "ubnd", "ủy ban", "uỷ ban", "bộ", "sở", "liên hiệp", "trường", "viện", "trung tâm", "hội", "ban", "cục",
                "tổng cục", "đại học", "học viện", "tỉnh ủy", "tỉnh uỷ", "đảng ủy", "đảng uỷ", "công ty", "phòng",
                "huyện", "hđnd", "văn phòng", "chi cục",
            ]) + #"(?![a-z])"#)

    /// The agency names of the header, a name broken over lines joined again.
    static func agencyNames(_ lines: [DocumentLine]) -> [DocumentLine] {
        var names: [DocumentLine] = []
        for line in lines {
            if let last = names.last, !agencyStart.matches(line.text) {
                var joined = last
                joined.text = last.text + " " + line.text
                joined.lineNumbers = last.lineNumbers + line.lineNumbers
                names[names.count - 1] = joined
            } else {
                names.append(line)
            }
        }
        return names
    }

    /// The issuing agency: the last agency named in the header (the parent body, such as UBND TỈNH, comes first).
    private mutating func readIssuer(_ agencies: [DocumentLine], _ outline: DocumentOutline) {
        guard let agency = Self.agencyNames(agencies).last else { return }
        place(agencies)
        // The preamble usually names the agency in ordinary case, which reads better than capitals.
        let prose = (outline.preamble + outline.closing).map(\.text)
        let ordinary = prose.lazy.compactMap { text in
            text.range(of: agency.text, options: [.caseInsensitive]).map { String(text[$0]) }
        }.first
        draft.document.issuer = ordinary ?? agency.text
        found("document.issuer", agency)
    }

    private mutating func readTitle(_ lines: [DocumentLine]) {
        guard !lines.isEmpty else { return }
        var text = lines.map(\.text).joined(separator: " ")
        if let match = DocumentOutline.titleWord.firstMatch(in: FoldedText(text)) { text = match.rest }
        var title: String?
        if let open = text.firstIndex(where: { $0 == "“" || $0 == "\"" }) {
            let inside = text[text.index(after: open)...]
            let close = inside.firstIndex { $0 == "”" || $0 == "\"" } ?? inside.endIndex
            title = String(inside[..<close])
        } else if let match = DocumentOutline.workshopWords.firstMatch(in: FoldedText(text)) {
            title = match.rest
        } else {
            title = text
        }
        let cleaned = title.map(Self.trimmed) ?? ""
        guard !cleaned.isEmpty else { return }
        draft.title = cleaned
        found("title", lines)
    }

    static let project = TextPattern(
        TextPattern.kw("thực hiện") + #"\s+((?:"# + TextPattern.any(["nhiệm vụ", "đề tài", "dự án", "chương trình"])
            + #")[^“"”]{0,80}?)\s*[“"]([^”"]+)[”"]"#)
    static let partners = TextPattern(
        #"(?:^|[”",.]\s*)([^“”",.]+?)\s+"# + TextPattern.kw("phối hợp với") + #"\s+([^“”",.]+?)\s+"#
            + TextPattern.kw("tổ chức"))
    static let planAuthor = TextPattern(
        #"(?:^|[”",.]\s*)([^“”",.]+?)\s+"# + TextPattern.any(["xây dựng", "ban hành"]) + #"\s+"#
            + TextPattern.kw("kế hoạch"))
    static let soleOrganizer = TextPattern(
        #"(?:^|[”",.]\s*)([^“”",.]+?)\s+"# + TextPattern.kw("tổ chức") + #"\s+(?:"#
            + TextPattern.any(["hội thảo", "hội nghị"]) + ")")

    mutating func readPreamble(_ lines: [DocumentLine]) {
        guard !lines.isEmpty else { return }
        // Without a title there is no telling prose from the rest, so nothing counts as placed.
        if draft.title != nil {
            draft.preamble = lines.map(\.text)
            place(lines)
        }
        for line in lines {
            let folded = line.folded
            if draft.project == nil, let match = Self.project.firstMatch(in: folded), let kind = match.group(1),
                let title = match.group(2)
            {
                draft.project = ResearchProject(title: Self.trimmed(title), kind: Self.capitalizedFirst(kind))
                found("project", line)
            }
            guard draft.organizers.isEmpty else { continue }
            if let match = Self.partners.firstMatch(in: folded), let first = match.group(1), let second = match.group(2)
            {
                draft.organizers = [first, second]
            } else if let match = Self.planAuthor.firstMatch(in: folded) ?? Self.soleOrganizer.firstMatch(in: folded),
                let first = match.group(1)
            {
                draft.organizers = [first]
            }
            if !draft.organizers.isEmpty {
                found("organizers", line, guess: "read from the preamble sentence that says who organizes the workshop")
            }
        }
        if draft.document.issuer == nil, let first = draft.organizers.first,
            let line = lines.first(where: { $0.text.contains(first) })
        {
            draft.document.issuer = first
            found("document.issuer", line, guess: "the document has no agency header; the first organizer is taken")
        }
    }

    mutating func readClosing(_ lines: [DocumentLine]) {
        draft.closing = lines.map(\.text)
        place(lines)
    }

    /// Drops quotes, a final full stop and spaces around a value.
    static func trimmed(_ text: String) -> String {
        var value = text.trimmingCharacters(in: .whitespaces)
        while let first = value.first, "“\"".contains(first) { value.removeFirst() }
        while let last = value.last, "”\".:; ".contains(last) { value.removeLast() }
        return value.trimmingCharacters(in: .whitespaces)
    }

    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
