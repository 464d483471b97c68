import Testing

@testable import HoithaoServer

@Suite("Serving paths")
struct SitePathsTests {
    let files: Set<String> = ["index.html", "a/index.html", "a/calendar.ics", "a/documents/giấy mời.pdf"]

    @Test("A folder serves its index.html; a folder without its slash redirects")
    func folders() {
        #expect(SitePaths.resolve("/", in: files) == .file("index.html"))
        #expect(SitePaths.resolve("/a/", in: files) == .file("a/index.html"))
        #expect(SitePaths.resolve("/a", in: files) == .redirect("/a/"))
        #expect(SitePaths.resolve("/a/documents/giấy mời.pdf", in: files) == .file("a/documents/giấy mời.pdf"))
        #expect(SitePaths.resolve("/b/", in: files) == .notFound)
    }

    @Test(
        "Paths that try to leave the site are refused",
        arguments: ["/../etc/passwd", "/a/../../x", "/./a", "/a/\0", "/a\\..\\x"])
    func traversal(path: String) {
        #expect(SitePaths.resolve(path, in: files) == .forbidden)
    }

    @Test(
        "Types are right, and text says utf-8",
        arguments: [
            ("a/calendar.ics", "text/calendar; charset=utf-8"), ("x.pdf", "application/pdf"),
            ("x.epub", "application/epub+zip"), ("s.json", "application/json; charset=utf-8"),
            ("c.svg", "image/svg+xml; charset=utf-8"), ("i.html", "text/html; charset=utf-8"),
            ("feed.xml", "application/atom+xml; charset=utf-8"),
        ])
    func types(path: String, type: String) {
        #expect(SitePaths.contentType(of: path) == type)
    }
}
