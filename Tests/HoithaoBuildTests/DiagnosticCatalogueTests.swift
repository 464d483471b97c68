import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

/// One kind of bad input: files written over the minimal site, links made in it, and files of its theme changed.
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    var files: [String: String] = [:]
    var bytes: [String: [UInt8]] = [:]
    /// Symbolic links to make, by path under `Content/`: their targets, absolute or relative to `Content/`.
    var links: [String: String] = [:]
    /// Theme files to replace (or, with nil, to remove), by path under the theme's folder.
    var theme: [String: String?] = [:]

    var testDescription: String { name }

    static func plan(_ name: String, _ extra: String) -> BadInput {
        BadInput(name: name, files: ["workshops/toi-gian/plan.yaml": Fixtures.minimalPlan + extra])
    }

    static func paper(_ name: String, _ text: String, file: String = "bai.md") -> BadInput {
        BadInput(name: name, files: ["workshops/toi-gian/papers/\(file)": text])
    }

    static let agendaDay = "agenda:\n  - date: 22/5/2020\n    items:\n"

    static let catalogue: [BadInput] = [
        plan("a word for a number", "participants:\n  expected: \"bảy mươi\"\n"),
        BadInput(name: "a missing date", files: ["workshops/toi-gian/plan.yaml": "title: A\nvenue:\n  name: B\n"]),
        plan("an impossible date", "end_date: 30/2/2020\n"),
        plan("an impossible time", "start_time: \"25:00\"\n"),
        plan("an unknown key", "fundng: Ngân sách\n"),
        plan("a wrong choice", "language: fr\n"),
        plan("a key written twice", "theme: A\ntheme: B\n"),
        plan("a number out of range", "  latitude: 200\n"),
        plan("an end before the start", "end_date: 20/5/2020\n"),
        plan("a YAML syntax error", "theme: Chủ đề: vải thiều\n"),
        BadInput(name: "a YAML syntax error at the end", files: ["workshops/toi-gian/plan.yaml": "title: ["]),
        plan("a YAML alias bomb", "a: &a [x]\n" + (1...30).map { "b\($0): *a\n" }.joined()),
        BadInput(name: "an empty plan", files: ["workshops/toi-gian/plan.yaml": ""]),
        BadInput(name: "a NUL byte", bytes: ["workshops/toi-gian/plan.yaml": Array("title: A\u{0}\n".utf8)]),
        BadInput(name: "bytes that are not UTF-8", bytes: ["workshops/toi-gian/index.md": [0x41, 0xFF, 0x0A]]),
        plan(
            "agenda items in the same room at once",
            agendaDay + "      - {start: \"8:00\", end: \"9:00\", title: A, room: P}\n"
                + "      - {start: \"8:30\", title: B, room: P}\n"),
        plan("an unknown agenda kind", agendaDay + "      - {start: \"8:00\", title: A, kind: party}\n"),
        plan("an agenda item's missing paper", agendaDay + "      - {start: \"8:00\", title: A, paper: khong-co}\n"),
        plan(
            "an agenda day outside the workshop",
            "agenda:\n  - date: 1/6/2020\n    items:\n      - {start: \"8:00\", title: A}\n"),
        plan("a document that is not there", "documents:\n  - file: khong-co.pdf\n    title: Không có\n"),
        plan("a document outside its folder", "documents:\n  - file: ../plan.yaml\n    title: Kế hoạch\n"),
        paper("a front matter block that never closes", "---\ntitle: Bài\nBody\n"),
        paper("a wrong ORCID", "---\ntitle: Bài\nauthors:\n  - name: A\n    orcid: 1234\n---\n"),
        paper("an author's file outside the folder", "---\ntitle: Bài\nfile: ../../etc/passwd\n---\n"),
        paper("a paper whose name is not a slug", "---\ntitle: Bài\n---\n", file: "Bài Một.md"),
        BadInput(name: "a site.yaml with a wrong language", files: ["site.yaml": "name: Cổng\nlanguage: fr\n"]),
        BadInput(
            name: "a time zone that does not exist", files: ["site.yaml": Fixtures.site + "timezone: Mars/Base\n"]),
        BadInput(
            name: "a typeface not installed", files: ["site.yaml": Fixtures.site + "book_fonts:\n  serif: Khong Co\n"]),
        BadInput(name: "a page that never closes its front matter", files: ["pages/trang.md": "---\ntitle: Trang\n"]),
        BadInput(
            name: "a workshop folder that is not a slug", files: ["workshops/Hội thảo/plan.yaml": Fixtures.minimalPlan]),
        BadInput(
            name: "a workshop folder without a plan", files: ["workshops/khong-ke-hoach/index.md": "Giới thiệu\n"]),
        BadInput(name: "a stray file in a workshop", files: ["workshops/toi-gian/ghi-chu.txt": "Ghi chú\n"]),
        BadInput(name: "two things at the same address", files: ["pages/toi-gian.md": "---\ntitle: Trùng\n---\n"]),
        BadInput(name: "a link out of Content/", links: ["workshops/toi-gian/documents/passwd": "/etc/passwd"]),
        BadInput(name: "a link loop", links: ["static/a": "static/b", "static/b": "static/a"]),
        BadInput(name: "a link to a folder", links: ["static/here": "static"]),
        BadInput(name: "a missing template", theme: ["templates/venue.mustache": nil]),
        BadInput(
            name: "a template syntax error",
            theme: ["templates/venue.mustache": "{{<base}}\n{{$main}}\n{{#facts}}<p>{{/main}}\n{{/base}}\n"]),
        BadInput(
            name: "an include of a missing template",
            theme: ["templates/venue.mustache": "{{<base}}\n{{$main}}\n  {{>partials/nowhere}}\n{{/main}}\n{{/base}}\n"]
        ),
        BadInput(name: "a strings file without its weekdays", theme: ["strings/vi.yaml": "nav_home: Trang chủ\n"]),
    ]

    /// The messages about a whole file or folder, which have no line to point at (README, "Commands"): its name,
    /// its absence, a symbolic link, a file that is not used, two files for one address.
    static let fileLevel = [
        "the name becomes part of a URL, so it must be a slug", "the file is missing", "the link leads outside",
        "the link cannot be followed", "links to folders are not followed", "the template is missing",
        "not used: a workshop folder holds", "only folders belong here", "only Markdown files",
        "no page shows this file",
        "would have the same address as", "is used by Hoithao itself", "another file is also published as",
    ]

    /// Builds the minimal site with this input and returns every diagnostic as printed.
    func diagnostics() throws -> [String] {
        let site = try FixtureSite(Fixtures.minimalSite.merging(files) { $1 })
        for (path, data) in bytes { try site.write(path, Data(data)) }
        for (path, target) in links {
            let full = site.contentPath + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: full, withDestinationPath: target.hasPrefix("/") ? target : site.contentPath + "/" + target)
        }
        var options = site.options()
        if !theme.isEmpty {
            options.themePath = site.root + "/Theme"
            try FileManager.default.copyItem(atPath: Repository.defaultTheme, toPath: options.themePath)
            for (path, text) in theme {
                let full = options.themePath + "/" + path
                if let text {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: full))
                } else {
                    try FileManager.default.removeItem(atPath: full)
                }
            }
        }
        options.makesBooks = false
        return try SiteBuilder(options: options).run().diagnostics.map(\.description)
    }
}

@Suite("Every diagnostic of the bad-input catalogue points at a line and column, or is about a whole file")
struct DiagnosticCatalogueTests {
    @Test(
        "Each bad input is reported, at path:line:column unless the message is about a whole file or folder",
        arguments: BadInput.catalogue)
    func located(input: BadInput) throws {
        let messages = try input.diagnostics()
        #expect(!messages.isEmpty, "nothing reported")
        for message in messages {
            let located = message.range(of: #"^[^\n]+:\d+:\d+: (error|warning): "#, options: .regularExpression) != nil
            let aboutAFile = BadInput.fileLevel.contains { message.contains($0) }
            #expect(located || aboutAFile, "\(message)")
        }
    }
}
