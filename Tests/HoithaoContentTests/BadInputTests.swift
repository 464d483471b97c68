import Foundation
import HoithaoContent
import HoithaoMarkdown
import TestSupport
import Testing

/// Loads a site whose plan is `plan` (raw bytes) and returns the printed diagnostics.
func planDiagnostics(bytes plan: Data) -> [String] {
    let memory = FileAccess.memory([
        "Content/site.yaml": Data(Fixtures.site.utf8), "Content/workshops/thu/plan.yaml": plan,
    ])
    return ContentLoader(files: memory).load(from: "Content").diagnostics.map(\.description)
}

@Suite("A catalogue of bad input, each with a clear message")
struct BadInputTests {
    let path = "Content/workshops/thu/plan.yaml"

    @Test("A UTF-8 byte order mark is accepted")
    func byteOrderMark() {
        #expect(planDiagnostics(bytes: Data([0xEF, 0xBB, 0xBF]) + Data(Fixtures.minimalPlan.utf8)) == [])
    }

    @Test("NUL bytes are refused at their place")
    func nulBytes() {
        let messages = planDiagnostics(bytes: Data("title: A\ndate: 2\0/5/2020\n".utf8))
        #expect(messages.first?.hasPrefix("\(path):2:8: error: the file contains a NUL byte") == true)
    }

    @Test("CRLF and lone CR line ends count lines as editors do", arguments: ["\r\n", "\r"])
    func lineEnds(_ end: String) {
        let plan = ["title: Hội thảo", "venue:", "  name: A", "date: 31/2/2020", ""].joined(separator: end)
        let messages = planDiagnostics(bytes: Data(plan.utf8))
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(path):4:7: error: `date` has `31/2/2020`") == true)
    }

    @Test("An empty file says what it needs")
    func emptyFile() {
        #expect(
            planDiagnostics(bytes: Data()) == [
                "\(path):1:1: error: the file is empty; it needs at least a line such as `title: Hội thảo …`"
            ])
    }

    @Test("A YAML alias bomb is refused at once, before anything expands it", .timeLimit(.minutes(1)))
    func billionLaughs() {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        lines += ["? *i", ": x", Fixtures.minimalPlan]
        let messages = planDiagnostics(bytes: Data(lines.joined(separator: "\n").utf8))
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(path):1:1: error: the YAML uses 73 aliases (`*name`); at most 20") == true)
    }

    @Test("Twenty aliases that double a list ten times are refused by what they expand to, not by their number")
    func doublingAliases() {
        var lines = ["l0: &l0 [" + Array(repeating: "x", count: 100).joined(separator: ", ") + "]"]
        for level in 1...10 { lines.append("l\(level): &l\(level) [*l\(level - 1), *l\(level - 1)]") }
        let messages = planDiagnostics(bytes: Data((lines + [Fixtures.minimalPlan]).joined(separator: "\n").utf8))
        #expect(messages.count == 1, "\(messages)")
        #expect(
            messages.first?.hasPrefix(
                "\(path):1:1: error: the YAML's aliases (`*name`) expand to more than 100000 values") == true)
        // Five doublings, about 3,300 values, are read, and only the unknown keys are reported.
        let fewer = planDiagnostics(
            bytes: Data((lines.prefix(6) + [Fixtures.minimalPlan]).joined(separator: "\n").utf8))
        #expect(fewer.count == 6 && fewer.allSatisfy { $0.contains("unknown") }, "\(fewer)")
    }

    @Test("A Markdown list in a block scalar or quoted stars are not aliases")
    func starsAreNotAliases() {
        let directions = (1...30).map { "    * bước \($0)" }.joined(separator: "\n")
        let plan = Fixtures.minimalPlan + "  directions: |\n\(directions)\ntheme: \"*Quan trọng*\"\n"
        #expect(planDiagnostics(bytes: Data(plan.utf8)) == [])
    }

    @Test(
        "A wrong type in every kind of field",
        arguments: [
            ("title: [a, b]", "3:8: error: `title` must be text, not a list"),
            ("draft: maybe", "3:8: error: `draft` must be true or false, not \"maybe\""),
            ("language: fr", "3:11: error: `language` must be one of `vi`, `en`"),
            ("end_date: mai", "3:11: error: `end_date` has `mai`, which is not valid"),
            ("start_time: 25h", "3:13: error: `start_time` has `25h`, which is not valid"),
            ("document: {date: 2020/13}", "3:18: error: `document.date` has `2020/13`, which is not valid"),
            ("chairs: {a: b}", "3:9: error: `chairs` must be a list of texts, not a mapping"),
            ("organizing_units: [x]", "3:20: error: `organizing_units[1]` must be a mapping"),
            ("participants: {expected: -5}", "3:26: error: `participants.expected` must be a whole number"),
            ("venue2: {}", "3:1: warning: unknown key `venue2` is ignored; did you mean `venue`?"),
            ("project: [x]", "3:10: error: `project` must be a mapping"),
        ])
    func wrongTypes(line: String, expected: String) {
        let plan = "date: 22/5/2020\nvenue: {name: A}\n\(line)\n" + (line.hasPrefix("title") ? "" : "title: T\n")
        let messages = planDiagnostics(bytes: Data(plan.utf8))
        #expect(messages.contains { $0.hasPrefix("\(path):\(expected)") }, "\(messages)")
    }

    @Test(
        "Attachment paths that leave the paper's folder are refused",
        arguments: ["../../etc/passwd", "/etc/passwd", "../plan.yaml"])
    func attachmentOutside(file: String) {
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/papers/bai.md": "---\ntitle: Bài\nfile: \(file)\n---\n",
        ])
        #expect(messages.count == 1)
        #expect(messages.first?.contains("papers/bai.md:3:7: error: `file` \"\(file)\" is not a file in") == true)
    }

    @Test(
        "A paper's file must be a document: its own Markdown, a draft's, YAML, HTML and unknown kinds are refused",
        arguments: ["bai.md", "ban-nhap.md", "ghi-chu.yaml", "ghi-chu.yml", "trang.html", "anh.svg", "README"])
    func authorFileKinds(file: String) {
        // The paper itself, the draft or a file of its own.
        let messages = diagnostics(
            ["workshops/thu/papers/\(file)": "nội dung\n"].merging([
                "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
                "workshops/thu/papers/bai.md":
                    "---\ntitle: Bài\nfile: \(file)\nauthors:\n  - name: A\n    email: a@b.vn\n---\n",
                "workshops/thu/papers/ban-nhap.md": "---\ntitle: Nháp\ndraft: true\n---\nBản nháp.\n",
            ]) { _, paper in paper })
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "\(path.dropLast("plan.yaml".count))papers/bai.md:3:7: error: `file` \"\(file)\" is not a "
                        + "document that can be published beside a paper")
            }, "\(messages)")
    }

    @Test(
        "A paper's file may be any listed document, whatever the case of its ending",
        arguments: ["bai.pdf", "Bai.DOCX", "so-lieu.xlsx", "trinh-bay.pptx", "du-lieu.zip", "anh.JPG"])
    func authorFileDocuments(file: String) {
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": Fixtures.minimalPlan,
            "workshops/thu/papers/bai.md": "---\ntitle: Bài\nfile: \(file)\n---\n",
            "workshops/thu/papers/\(file)": "nội dung\n",
        ])
        #expect(messages == [])
    }

    @Test(
        "A plan's documents that leave the workshop's documents/ folder are refused at their line",
        arguments: ["../plan.yaml", "../../../site.yaml", "/etc/passwd"])
    func documentOutside(file: String) {
        let plan = Fixtures.minimalPlan + "documents:\n  - file: \(file)\n    title: Tài liệu\n"
        let messages = diagnostics([
            "site.yaml": Fixtures.site, "workshops/thu/plan.yaml": plan, "workshops/thu/documents/giay-moi.pdf": "%PDF",
        ])
        #expect(
            messages == [
                "Content/workshops/thu/plan.yaml:6:11: error: `documents` names \"\(file)\", which is not a file in "
                    + "Content/workshops/thu/documents/; add the file or fix the name"
            ])
    }

    @Test("A 10,000-deep block quote and list render without crashing")
    func deepNesting() {
        let renderer = MarkdownRenderer()
        let quotes = renderer.render(String(repeating: ">", count: 10_000) + " sâu\n").html
        #expect(quotes.contains("sâu"))
        let list = (0..<10_000).map { String(repeating: "  ", count: $0) + "- mục" }.joined(separator: "\n")
        #expect(renderer.render(list).html.hasPrefix("<ul>"))
    }

    @Test("A Markdown paper of 5 MB loads; one of 50 MB is refused with its size", arguments: [5, 50])
    func hugeMarkdown(megabytes: Int) throws {
        let paragraph = "Một đoạn văn **dài** với [liên kết](https://example.org) và `mã`.\n\n"
        let body = String(repeating: paragraph, count: (megabytes * 1_000_000 - 40) / paragraph.utf8.count)
        let memory = FileAccess.memory([
            "Content/site.yaml": Data(Fixtures.site.utf8),
            "Content/workshops/thu/plan.yaml": Data(Fixtures.minimalPlan.utf8),
            "Content/workshops/thu/papers/dai.md": Data(("---\ntitle: Dài\n---\n" + body).utf8),
        ])
        let (site, diagnostics) = ContentLoader(files: memory).load(from: "Content")
        if megabytes == 5 {
            #expect(diagnostics.isEmpty)
            #expect(try #require(site?.workshops.first?.papers.first).body.html.utf8.count > 5_000_000)
        } else {
            #expect(
                diagnostics.map(\.description) == [
                    "Content/workshops/thu/papers/dai.md:1:1: error: the file is 50.0 MB; a text file may be at most 5 MB. "
                        + "Split it (an appendix can be a document of its own under documents/), or move pictures and "
                        + "data out of the text"
                ])
        }
    }
}

@Suite("A delegate list inside the content folder")
struct DelegateListInContentTests {
    private func messages(_ files: [String: String]) -> [String] {
        var all = ["Content/site.yaml": Fixtures.site, "Content/workshops/thu/plan.yaml": Fixtures.minimalPlan]
        all.merge(files) { $1 }
        let memory = FileAccess.memory(all.mapValues { Data($0.utf8) })
        return ContentLoader(files: memory).load(from: "Content").diagnostics.filter { $0.severity == .error }
            .map(\.description)
    }

    @Test(
        "is an error by its name, wherever it is, telling the organizer to move it",
        arguments: [
            "Content/static/delegates.csv", "Content/workshops/thu/documents/Đại biểu.xlsx",
            "Content/workshops/thu/dai-bieu.csv",
        ])
    func byName(_ path: String) {
        let found = messages([path: "x\n"])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(path): error: a list of delegates is private") == true)
        #expect(found.first?.contains("move it out of Content/") == true)
    }

    @Test("is an error by its header row under any name")
    func byHeader() {
        let path = "Content/workshops/thu/documents/khach-moi.csv"
        let found = messages([path: "\u{FEFF}Họ và tên,Chức vụ,Đơn vị\r\nAn,GĐ,Sở\r\n"])
        #expect(found.map { $0.hasPrefix("\(path): error: a list of delegates is private") } == [true])
    }

    @Test("A table of other data is no delegate list")
    func otherTable() {
        #expect(messages(["Content/workshops/thu/documents/so-lieu.csv": "năm,sản lượng\n2020,150\n"]) == [])
    }
}
