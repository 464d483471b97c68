import BuildTestSupport
import Foundation
import HoithaoBuild
import HoithaoModel
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Everything printed from content is escaped")
struct EscapingTests {
    /// Markup, attribute break-outs, and every kind of line break and control character a format could read as
    /// the start of something of its own: a calendar property or event, a RIS record, a BibTeX entry, a terminal
    /// colour. The characters are real ones (not backslash sequences); plan values get them through YAML's
    /// double-quoted escapes, the Markdown body as they are.
    static let payload =
        "<script>alert(\"x\")</script>\"onmouseover=alert(1) 'q' </textarea>\nBEGIN:VALARM\rUID:evil\r\n"
        + "TY  - JOUR\u{2028}ER  - \u{2029}@misc{evil, title={x}}\u{85}}}\u{1B}[31m\u{7}\u{B}\u{9B}2J\tend"

    /// A site with the payload in every text field of the site, a plan, a paper and a page.
    static var plantedSite: [String: String] {
        let p = Escape.yamlQuoted(payload)
        let plan = """
            title: \(p)
            document: {number: \(p), place: \(p), date: 5/2020, issuer: \(p)}
            organizers: [\(p)]
            project: {title: \(p), kind: \(p)}
            theme: \(p)
            chairs: [\(p)]
            purposes: [\(p)]
            topics: [\(p)]
            date: 22/5/2020
            venue: {name: \(p), building: \(p), address: \(p), directions: \(p)}
            participants: {expected: 5, categories: [{name: \(p), count: 5, members: [\(p)]}]}
            funding: \(p)
            organizing_units: [{name: \(p), tasks: [\(p)]}]
            recipients: [\(p)]
            electronic_recipients: [\(p)]
            signer: {title: \(p), name: \(p)}
            documents: [{file: a.txt, title: \(p)}]
            agenda:
              - date: 22/5/2020
                sessions:
                  - title: \(p)
                    room: \(p)
                    chair: \(p)
                    items:
                      - {start: "8:00", title: \(p), speakers: [{name: \(p), affiliation: \(p)}], room: \(p), paper: bai, description: \(p)}

            """
        let paper = """
            ---
            title: \(p)
            authors: [{name: \(p), affiliation: \(p), email: a@example.org, email_public: true}]
            abstract: \(p)
            keywords: [\(p)]
            section: \(p)
            ---
            ## \(payload)

            \(payload) [link](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) ![i](data:image/png;base64,AAAA)

            """
        return [
            "site.yaml":
                "name: \(p)\nhost: \(p)\ndescription: \(p)\ncontact: {email: \(p), phone: \(p), address: \(p)}\n"
                + "base_url: https://example.org/\n",
            "workshops/thu/plan.yaml": plan,
            "workshops/thu/index.md": payload + "\n",
            "workshops/thu/papers/bai.md": paper,
            "workshops/thu/documents/a.txt": "a\n",
            "pages/trang.md": "---\ntitle: \(p)\ndescription: \(p)\n---\n\(payload)\n",
        ]
    }

    /// The payload as a format with line breaks must give it back: each break one LF, other controls gone.
    static let plain =
        "<script>alert(\"x\")</script>\"onmouseover=alert(1) 'q' </textarea>\nBEGIN:VALARM\nUID:evil\nTY  - JOUR\n"
        + "ER  - \n@misc{evil, title={x}}\n}}[31m2J\tend"
    /// The payload as a one-line format (RIS, BibTeX) must give it back.
    static let oneLine = plain.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")

    @Test("No planted script, attribute break-out or javascript: link survives into any HTML or XML file")
    func planted() throws {
        let site = try FixtureSite(Self.plantedSite)
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let files = try site.snapshot()
        let markupFiles = files.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".xml") }
        #expect(markupFiles.count > 10)
        for (path, data) in markupFiles {
            // The JSON-LD block is checked below, as JSON.
            // So are the theme's own scripts (search, the agenda page's own agenda), named by links the build makes.
            let markup = String(decoding: data, as: UTF8.self).replacingOccurrences(
                of: #"<script type="application/ld\+json">[^<]*</script>"#, with: "", options: .regularExpression
            ).replacingOccurrences(
                of: #"<script src="[^"<>]*assets/(search|my-agenda)\.js" defer></script>"#, with: "",
                options: .regularExpression)
            #expect(!markup.contains("<script"), "\(path) has a raw <script>")
            #expect(!markup.contains("\"onmouseover"), "\(path) lets an attribute break out")
            #expect(!markup.contains("</textarea>"), "\(path) has a raw end tag from content")
            #expect(!markup.lowercased().contains("href=\"javascript:"), "\(path) links to javascript:")
            #expect(!markup.lowercased().contains("=\"data:"), "\(path) has a data: URL from content")
        }
        for path in ["feed.xml", "sitemap.xml"] {
            #expect(XMLParser(data: try #require(files[path])).parse(), "\(path) is not well-formed XML")
        }
        let jsonLD = try site.output("thu/index.html").components(separatedBy: "<script type=\"application/ld+json\">")
        let block = try #require(jsonLD.last?.components(separatedBy: "</script>").first)
        #expect(!block.contains("<"))
        #expect(Self.strings(in: try JSONSerialization.jsonObject(with: Data(block.utf8))).contains(Self.plain))
        let overview = try site.output("thu/index.html")
        #expect(overview.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot;onmouseover=alert(1)"))
        #expect(overview.contains("<meta property=\"og:title\" content=\"&lt;script&gt;alert(&quot;x&quot;)"))
        #expect(overview.contains("<meta name=\"twitter:card\" content=\"summary\">"))
    }

    @Test("No output file of any format holds a control character or a line break other than its own")
    func controlCharacters() throws {
        let site = try FixtureSite(Self.plantedSite)
        try site.build()
        let texts = try site.snapshot().filter { path, _ in
            [".html", ".xml", ".json", ".ics", ".bib", ".ris", ".txt"].contains { path.hasSuffix($0) }
        }
        #expect(texts.count > 15)
        for (path, data) in texts {
            let text = String(decoding: data, as: UTF8.self)
            let lineEnd: Set<Unicode.Scalar> = path.hasSuffix(".ics") || path.hasSuffix(".ris") ? ["\r", "\n"] : ["\n"]
            let stray = text.unicodeScalars.filter { scalar in
                !lineEnd.contains(scalar) && scalar != "\t"
                    && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                        || scalar.value == 0x2029)
            }
            #expect(stray.isEmpty, "\(path) holds \(stray.map { String($0.value, radix: 16) })")
            if lineEnd.contains("\r") {
                #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains { $0 == "\r" || $0 == "\n" })
            }
        }
    }

    @Test("The calendar has one event per item and the workshop's, with the title whole in its SUMMARY")
    func calendar() throws {
        let site = try FixtureSite(Self.plantedSite)
        try site.build()
        let lines = try Self.unfolded(site.output("thu/calendar.ics"))
        let begins = lines.filter { $0.hasPrefix("BEGIN:") }
        #expect(begins == ["VCALENDAR", "VTIMEZONE", "STANDARD", "VEVENT", "VEVENT"].map { "BEGIN:" + $0 })
        #expect(!lines.contains { $0.hasPrefix("UID:evil") || $0.hasPrefix("BEGIN:VALARM") || $0.hasPrefix("ER ") })
        let summaries = lines.filter { $0.hasPrefix("SUMMARY:") }.map { Self.icsUnescaped(String($0.dropFirst(8))) }
        #expect(summaries == [Self.plain, Self.plain])
    }

    @Test("Each citation file holds one record and one entry per paper, with the title whole")
    func citations() throws {
        let site = try FixtureSite(Self.plantedSite)
        try site.build()
        for path in ["thu/proceedings/bai/bai.ris", "thu/proceedings/thu.ris"] {
            let lines = try site.output(path).components(separatedBy: "\r\n").dropLast()
            #expect(lines.allSatisfy { $0.range(of: #"^[A-Z][A-Z0-9]  - "#, options: .regularExpression) != nil })
            #expect(lines.filter { $0.hasPrefix("TY  - ") }.count == 1, "\(path)")
            #expect(lines.filter { $0.hasPrefix("ER  - ") }.count == 1, "\(path)")
            #expect(lines.first { $0.hasPrefix("TI  - ") } == "TI  - " + Self.oneLine)
        }
        for path in ["thu/proceedings/bai/bai.bib", "thu/proceedings/thu.bib"] {
            let entries = try Self.bibTeXEntries(site.output(path))
            #expect(entries.count == 1, "\(path): \(entries)")
            #expect(entries.first?["title"].map(Self.bibUnescaped) == Self.oneLine)
        }
    }

    @Test("The schedule JSON keeps the title whole, its line breaks as escapes")
    func schedule() throws {
        let site = try FixtureSite(Self.plantedSite)
        try site.build()
        let schedule = try JSONSerialization.jsonObject(with: Data(site.output("thu/schedule.json").utf8))
        #expect(Self.strings(in: schedule).contains(Self.plain))
    }

    /// Every string anywhere in a parsed JSON value.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let object as [String: Any]: object.values.flatMap { strings(in: $0) }
        case let list as [Any]: list.flatMap { strings(in: $0) }
        default: []
        }
    }

    /// The content lines of an iCalendar file, continuation lines joined; it must end each line with CRLF.
    static func unfolded(_ text: String) throws -> [String] {
        #expect(text.hasSuffix("\r\n"))
        var lines: [String] = []
        for line in text.components(separatedBy: "\r\n").dropLast() {
            if line.hasPrefix(" "), !lines.isEmpty {
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    static func icsUnescaped(_ value: String) -> String {
        var result = ""
        var escaped = false
        for character in value {
            if escaped {
                result += character == "n" || character == "N" ? "\n" : String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// BibTeX entries the way BibTeX reads them: an entry starts with `@` outside braces, and a field's value
    /// ends at the brace that balances its first, whatever stands before it.
    static func bibTeXEntries(_ text: String) throws -> [[String: String]] {
        var entries: [[String: String]] = []
        var depth = 0
        var name = ""
        var value = ""
        for character in text {
            switch (character, depth) {
            case ("@", 0): entries.append([:])
            case ("{", _):
                depth += 1
                if depth > 2 { value.append(character) }
            case ("}", _):
                depth -= 1
                try #require(depth >= 0, "a brace closes more than it opened")
                if depth == 1 {
                    entries[entries.count - 1][name.trimmingCharacters(in: .whitespacesAndNewlines)] = value
                    (name, value) = ("", "")
                } else if depth > 1 {
                    value.append(character)
                }
            case (",", 1): name = ""
            case ("=", 1): continue
            case (_, 1): name.append(character)
            case (_, 2...): value.append(character)
            default: continue
            }
        }
        #expect(depth == 0)
        return entries
    }

    /// A BibTeX value with Hoithao's escapes read back.
    static func bibUnescaped(_ value: String) -> String {
        [
            ("\\textbraceleft{}", "{"), ("\\textbraceright{}", "}"), ("\\textbackslash{}", "\\"),
            ("\\textasciitilde{}", "~"), ("\\textasciicircum{}", "^"), ("\\%", "%"), ("\\&", "&"), ("\\#", "#"),
            ("\\$", "$"), ("\\_", "_"),
        ].reduce(value) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
