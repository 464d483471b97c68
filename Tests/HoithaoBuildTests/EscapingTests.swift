import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("Everything printed from content is escaped")
struct EscapingTests {
    static let payload = #"<script>alert("x")</script>"onmouseover=alert(1) 'q' </textarea>\nBEGIN:VALARM"#

    /// A site with the payload in every text field of the site, a plan, a paper and a page.
    static var plantedSite: [String: String] {
        let p = "'\(payload.replacingOccurrences(of: "'", with: "''"))'"
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

    @Test("No planted script, attribute break-out or javascript: link survives into any output file")
    func planted() throws {
        let site = try FixtureSite(Self.plantedSite)
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let files = try site.snapshot()
        #expect(files.count > 10)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") || path.hasSuffix(".xml") {
                // The JSON-LD block is checked below, as JSON.
                let markup = text.replacingOccurrences(
                    of: #"<script type="application/ld\+json">[^<]*</script>"#, with: "", options: .regularExpression)
                #expect(!markup.contains("<script"), "\(path) has a raw <script>")
                #expect(!markup.contains("\"onmouseover"), "\(path) lets an attribute break out")
                #expect(!markup.contains("</textarea>"), "\(path) has a raw end tag from content")
                #expect(!markup.lowercased().contains("href=\"javascript:"), "\(path) links to javascript:")
                #expect(!markup.lowercased().contains("=\"data:"), "\(path) has a data: URL from content")
            } else if path.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is not valid JSON")
                #expect(!text.contains("<"), "\(path) has a raw <")
            } else if path.hasSuffix(".ics") {
                #expect(!text.contains("\r\nBEGIN:VALARM"), "\(path) lets a value start a new calendar line")
            }
        }
        let jsonLD = try site.output("thu/index.html").components(separatedBy: "<script type=\"application/ld+json\">")
        let block = try #require(jsonLD.last?.components(separatedBy: "</script>").first)
        #expect(!block.contains("<"))
        #expect((try? JSONSerialization.jsonObject(with: Data(block.utf8))) != nil)
        let overview = try site.output("thu/index.html")
        #expect(overview.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot;onmouseover=alert(1)"))
    }
}
