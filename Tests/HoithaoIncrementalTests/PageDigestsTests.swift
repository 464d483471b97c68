import HoithaoIncremental
import HoithaoModel
import Testing

@Suite("What a changed input makes again")
struct PageDigestsTests {
    let paperPage = "hoi-thao-a/proceedings/mot/index.html"

    @Test("A paper's body: its own page, its PDF and the book, nothing its workshop's pages list")
    func paperBody() {
        let before = DigestFixture()
        var after = before
        after.files[DigestFixture.first]?.markdown?.body = Digest("Thân mới")
        #expect(after.remade(since: before) == [paperPage, "mot.pdf", "book.pdf"])
    }

    @Test("A paper's front matter: every page and file of its workshop, and the home and search pages that list it")
    func paperFront() {
        let before = DigestFixture()
        var after = before
        after.files[DigestFixture.first]?.markdown?.front = Digest("title: Mới")
        let workshop = Set(before.made.keys.filter { $0.hasPrefix("hoi-thao-a/") || $0.hasSuffix(".pdf") })
        #expect(after.remade(since: before) == workshop.union(["index.html", "search/index.html"]))
    }

    @Test("A free page's text: that page alone")
    func freePage() {
        let before = DigestFixture()
        var after = before
        after.files[DigestFixture.page] = FileDigests(text: Digest("Khác"))
        #expect(after.remade(since: before) == ["gioi-thieu/index.html"])
    }

    @Test("site.yaml: everything")
    func siteFile() {
        let before = DigestFixture()
        var after = before
        after.files["Content/site.yaml"] = FileDigests(text: Digest("name: Khác"))
        #expect(after.remade(since: before) == Set(before.made.keys))
    }

    @Test("Nothing changed: nothing made again")
    func nothing() {
        #expect(DigestFixture().remade(since: DigestFixture()).isEmpty)
    }
}
