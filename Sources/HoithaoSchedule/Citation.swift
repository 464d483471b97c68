import HoithaoModel

/// How to cite a paper of the proceedings: as text, BibTeX, RIS, and the Highwire Press meta tags
/// Google Scholar reads.
public struct Citation: Sendable {
    public let paper: Paper
    public let workshop: Workshop
    public let site: SiteConfig
    /// The paper page's public address; nil without a base URL.
    public let url: String?
    /// The book's title, "Kỷ yếu hội thảo …".
    public let bookTitle: String

    public init(paper: Paper, workshop: Workshop, site: SiteConfig, url: String?, bookTitle: String) {
        self.paper = paper
        self.workshop = workshop
        self.site = site
        self.url = url
        self.bookTitle = bookTitle
    }

    private var plan: Plan { workshop.plan }
    private var place: String? { plan.document?.place ?? plan.venue.address }
    private var publisher: String? { plan.organizers.first ?? site.host }
    private var key: String { "\(workshop.slug)-\(paper.slug)" }

    /// "Nguyễn Văn A, Trần Thị B (2020). Title. In: Kỷ yếu …, Bắc Giang."
    public var text: String {
        let authors = paper.authors.map(\.name).joined(separator: ", ")
        var parts = ["\(authors) (\(plan.date.year)). \(paper.title). \(bookTitle)"]
        if let place { parts.append(place) }
        return parts.joined(separator: ", ") + "."
    }

    /// One `@inproceedings` entry.
    public var bibTeX: String {
        var fields: [(String, String)] = [
            ("title", paper.title),
            ("author", paper.authors.map { PersonName.citationForm($0.name) }.joined(separator: " and ")),
            ("booktitle", bookTitle), ("year", String(plan.date.year)), ("month", String(plan.date.month)),
        ]
        if let place { fields.append(("address", place)) }
        if let publisher { fields.append(("publisher", publisher)) }
        if let abstract = paper.abstract { fields.append(("abstract", abstract)) }
        if !paper.keywords.isEmpty { fields.append(("keywords", paper.keywords.joined(separator: ", "))) }
        if let language = paper.language ?? plan.language { fields.append(("language", language.rawValue)) }
        if let url { fields.append(("url", url)) }
        let body = fields.map { "  \($0.0) = {\(Self.bibEscape($0.1))}" }.joined(separator: ",\n")
        return "@inproceedings{\(key),\n\(body)\n}\n"
    }

    /// One RIS record, lines ended by CRLF.
    public var ris: String {
        var lines = ["TY  - CPAPER", "TI  - \(paper.title)"]
        lines += paper.authors.map { "AU  - \(PersonName.citationForm($0.name))" }
        lines.append("T2  - \(bookTitle)")
        lines.append("PY  - \(plan.date.year)")
        lines.append("DA  - \(plan.date.year)/\(pad(plan.date.month))/\(pad(plan.date.day))")
        if let place { lines.append("CY  - \(place)") }
        if let publisher { lines.append("PB  - \(publisher)") }
        if let abstract = paper.abstract { lines.append("AB  - \(abstract)") }
        lines += paper.keywords.map { "KW  - \($0)" }
        if let language = paper.language ?? plan.language { lines.append("LA  - \(language.rawValue)") }
        if let url { lines.append("UR  - \(url)") }
        lines.append("ER  - ")
        // RIS is one field a line: a value's own line break would start a field or a record of its making.
        return lines.map(PlainText.singleLine).joined(separator: "\r\n") + "\r\n"
    }

    /// Highwire Press tags: name and content, in the order Google Scholar documents them.
    public func metaTags(pdfURL: String?) -> [(String, String)] {
        var tags: [(String, String)] = [("citation_title", paper.title)]
        for author in paper.authors {
            tags.append(("citation_author", PersonName.citationForm(author.name)))
            if let affiliation = author.affiliation { tags.append(("citation_author_institution", affiliation)) }
            if let orcid = author.orcid { tags.append(("citation_author_orcid", "https://orcid.org/" + orcid)) }
        }
        tags.append(("citation_publication_date", "\(plan.date.year)/\(pad(plan.date.month))/\(pad(plan.date.day))"))
        tags.append(("citation_conference_title", plan.title))
        tags.append(("citation_inbook_title", bookTitle))
        if let publisher { tags.append(("citation_publisher", publisher)) }
        if let abstract = paper.abstract { tags.append(("citation_abstract", abstract)) }
        if !paper.keywords.isEmpty { tags.append(("citation_keywords", paper.keywords.joined(separator: "; "))) }
        if let language = paper.language ?? plan.language { tags.append(("citation_language", language.rawValue)) }
        if let url { tags.append(("citation_abstract_html_url", url)) }
        if let pdfURL { tags.append(("citation_pdf_url", pdfURL)) }
        return tags
    }

    private func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// BibTeX's special characters escaped, on one line; Vietnamese letters stay as UTF-8 (biber and modern BibTeX
    /// read them). Braces become commands, never `\{`: BibTeX counts braces whatever stands before them, so one
    /// `}` from content would close the field and let the rest be read as entries of its own.
    static func bibEscape(_ text: String) -> String {
        let text = PlainText.singleLine(text)
        let special = text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "%"), UInt8(ascii: "&"),
                UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "^"):
                return true
            default: return false
            }
        }
        guard special else { return text }
        var result = ""
        // By scalar, not by Character: a brace with a combining mark after it is one Character, still a brace.
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\textbackslash{}"
            case "{": result += "\\textbraceleft{}"
            case "}": result += "\\textbraceright{}"
            case "%", "&", "#", "$", "_": result += "\\" + String(scalar)
            case "~": result += "\\textasciitilde{}"
            case "^": result += "\\textasciicircum{}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
