import Foundation
import HoithaoModel

/// Writes the paper cache: integers as 8 little-endian bytes, texts as their length and UTF-8 bytes.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func integer(_ value: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(value)).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        integer(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// A flag byte, then the text when there is one.
    mutating func optional(_ value: String?) {
        bytes.append(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        integer(values.count)
        for value in values { string(value) }
    }

    mutating func entry(_ entry: WorkshopPapers.Entry) {
        for digest in [entry.file, entry.text, entry.front, entry.body] {
            integer(Int(Int64(bitPattern: digest.value)))
        }
        let paper = entry.paper
        strings([paper.slug, paper.title, paper.source])
        integer(paper.authors.count)
        for author in paper.authors {
            string(author.name)
            for field in [author.affiliation, author.orcid, author.email, author.phone] { optional(field) }
            integer((author.emailIsPublic ? 1 : 0) + (author.phoneIsPublic ? 2 : 0))
        }
        optional(paper.abstract)
        strings(paper.keywords)
        optional(paper.language?.rawValue)
        optional(paper.section)
        optional(paper.order.map(String.init))
        strings([paper.body.html, paper.body.markdown])
        integer(paper.body.headings.count)
        for heading in paper.body.headings {
            integer(heading.level)
            strings([heading.text, heading.id])
        }
    }
}

/// Reads what `CacheWriter` wrote; every read is nil past the end or on bytes that do not make sense.
struct CacheReader {
    private let data: [UInt8]
    private var offset = 0

    init(_ data: Data) {
        self.data = [UInt8](data)
    }

    mutating func integer() -> Int? {
        guard offset + 8 <= data.count else { return nil }
        var value: UInt64 = 0
        for index in (0..<8).reversed() { value = value << 8 | UInt64(data[offset + index]) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func string() -> String? {
        guard let count = integer(), count >= 0, offset + count <= data.count else { return nil }
        defer { offset += count }
        return String(validating: data[offset..<offset + count], as: UTF8.self)
    }

    mutating func optional() -> String?? {
        guard offset < data.count else { return nil }
        offset += 1
        return data[offset - 1] == 0 ? .some(nil) : string().map { .some($0) }
    }

    mutating func strings() -> [String]? {
        guard let count = integer(), count >= 0, count <= data.count - offset else { return nil }
        var values: [String] = []
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }

    mutating func entry() -> WorkshopPapers.Entry? {
        guard let file = integer(), let text = integer(), let front = integer(), let body = integer(),
            let names = strings(), names.count == 3, let authorCount = integer(), authorCount >= 0,
            authorCount <= data.count - offset
        else { return nil }
        var authors: [Author] = []
        for _ in 0..<authorCount {
            guard let name = string(), let affiliation = optional(), let orcid = optional(), let email = optional(),
                let phone = optional(), let flags = integer()
            else { return nil }
            authors.append(
                Author(
                    name: name, affiliation: affiliation, orcid: orcid, email: email, emailIsPublic: flags & 1 != 0,
                    phone: phone, phoneIsPublic: flags & 2 != 0))
        }
        guard let abstract = optional(), let keywords = strings(), let language = optional(),
            let section = optional(), let order = optional(), let bodies = strings(), bodies.count == 2,
            let headingCount = integer(), headingCount >= 0, headingCount <= data.count - offset
        else { return nil }
        var headings: [Heading] = []
        for _ in 0..<headingCount {
            guard let level = integer(), let texts = strings(), texts.count == 2 else { return nil }
            headings.append(Heading(level: level, text: texts[0], id: texts[1]))
        }
        let paper = Paper(
            slug: names[0], title: names[1], authors: authors, abstract: abstract, keywords: keywords,
            language: language.flatMap(Language.init(rawValue:)), section: section, order: order.flatMap { Int($0) },
            body: RenderedMarkdown(html: bodies[0], headings: headings, markdown: bodies[1]), source: names[2])
        let digest = { (value: Int) in Digest(value: UInt64(bitPattern: Int64(value))) }
        return WorkshopPapers.Entry(
            file: digest(file), paper: paper, text: digest(text), front: digest(front), body: digest(body))
    }
}
