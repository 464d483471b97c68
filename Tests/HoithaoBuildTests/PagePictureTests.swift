import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("Pictures beside a paper are published once, beside its page, and every mistake is said at its place")
struct PagePictureTests {
    static let images = Repository.root + "/Tests/Fixtures/proceedings-images/"
    static let workshop = "workshops/toi-gian/"

    /// The minimal site with two papers and an introduction that show `hinh/so-do.png` (80 × 50), and a paper that
    /// shows a JPEG (64 × 40) from its own folder, `papers/bon/anh-vuon.jpg`.
    static func site(_ extra: [String: String] = [:]) throws -> FixtureSite {
        var files = Fixtures.minimalSite
        files[workshop + "index.md"] = "Giới thiệu.\n\n![Sơ đồ chung](papers/hinh/so-do.png)\n"
        files[workshop + "papers/mot.md"] = "---\ntitle: Một\n---\nMở đầu.\n\nXem ![Sơ đồ](hinh/so-do.png) nhé.\n"
        files[workshop + "papers/hai.md"] = "---\ntitle: Hai\n---\n![Sơ đồ, lần nữa](./hinh/../hinh/so%2Ddo.png)\n"
        files[workshop + "papers/bon.md"] = "---\ntitle: Bốn\n---\n![Vườn vải](bon/anh-vuon.jpg)\n"
        let site = try FixtureSite(files.merging(extra) { _, new in new })
        try site.write(workshop + "papers/hinh/so-do.png", Data(contentsOf: URL(fileURLWithPath: images + "so-do.png")))
        try site.write(
            workshop + "papers/bon/anh-vuon.jpg", Data(contentsOf: URL(fileURLWithPath: images + "anh-vuon.jpg")))
        return site
    }

    /// Every `<img …>` tag of an output page.
    static func images(in html: String) -> [String] {
        html.components(separatedBy: "<img ").dropFirst().map { "<img " + $0.prefix { $0 != ">" } + ">" }
    }

    /// The `src` of an `<img>` tag.
    static func source(of tag: String) -> String {
        String(tag.components(separatedBy: "src=\"")[1].prefix { $0 != "\"" })
    }

    @Test("Each picture is copied once, and every page's <img> leads to the copy, with the picture's width and height")
    func copiedOnceAndShown() throws {
        let site = try Self.site()
        let report = try site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let pictures = site.outputFiles().filter { $0.hasSuffix(".png") || $0.hasSuffix(".jpg") }
        #expect(pictures == ["toi-gian/proceedings/bon/anh-vuon.jpg", "toi-gian/proceedings/hinh/so-do.png"])
        let pages = [
            "toi-gian/index.html": (#"src="proceedings/hinh/so-do.png" width="80" height="50""#, "hinh/so-do.png"),
            "toi-gian/proceedings/mot/index.html": (
                #"src="../hinh/so-do.png" width="80" height="50""#, "hinh/so-do.png"
            ),
            "toi-gian/proceedings/hai/index.html": (
                #"src="../hinh/so-do.png" width="80" height="50""#, "hinh/so-do.png"
            ),
            "toi-gian/proceedings/bon/index.html": (#"src="anh-vuon.jpg" width="64" height="40""#, "bon/anh-vuon.jpg"),
        ]
        for (page, (expected, source)) in pages {
            let tags = Self.images(in: try site.output(page))
            try #require(tags.count == 1, "\(page): \(tags)")
            #expect(tags[0].contains(expected), "\(page): \(tags[0])")
            // The address resolves, from the page's folder, to a copy of the very file.
            let folder = URL(fileURLWithPath: site.outputPath + "/" + page).deletingLastPathComponent()
            let target = folder.appendingPathComponent(Self.source(of: tags[0])).standardizedFileURL
            #expect(
                try Data(contentsOf: target)
                    == Data(
                        contentsOf: URL(fileURLWithPath: site.contentPath + "/" + Self.workshop + "papers/" + source)))
        }
    }

    @Test("A picture that is not there is an error at its line and column, and nothing is published")
    func missingPicture() throws {
        let site = try Self.site([
            Self.workshop + "papers/ba.md": "---\ntitle: Ba\n---\nMở đầu.\n\nXem ảnh ![Sơ đồ](hinh/so-đo.png) nhé.\n"
        ])
        let report = try site.build()
        let paper = site.contentPath + "/" + Self.workshop + "papers/ba.md"
        #expect(
            report.diagnostics.map(\.description) == [
                "\(paper):6:9: error: the picture `hinh/so-đo.png` is not there: no file "
                    + "\(site.contentPath)/\(Self.workshop)papers/hinh/so-đo.png; put the picture there, or write its "
                    + "path relative to this file, as `hinh/so-do.png` for "
                    + "\(site.contentPath)/\(Self.workshop.dropLast())/papers/hinh/so-do.png"
            ])
        #expect(!report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A file beside the papers that no page shows is a warning at its path; one a page shows is not")
    func unshownFiles() throws {
        let site = try Self.site()
        try site.write(Self.workshop + "papers/hinh/cu.png", Data([1, 2, 3]))
        try site.write(Self.workshop + "papers/ghi-chu.txt", "ghi chú\n")
        let report = try site.build()
        let papers = site.contentPath + "/" + Self.workshop + "papers/"
        #expect(
            report.diagnostics.map(\.description) == [
                "\(papers)ghi-chu.txt: warning: no page shows this file, so it is not published; show it from a paper "
                    + "beside it (`![Sơ đồ](hinh/so-do.png)` for papers/hinh/so-do.png), or move it out of the "
                    + "content folder",
                "\(papers)hinh/cu.png: warning: no page shows this file, so it is not published; show it from a paper "
                    + "beside it (`![Sơ đồ](hinh/so-do.png)` for papers/hinh/so-do.png), or move it out of the "
                    + "content folder",
            ])
        #expect(!site.outputFiles().contains { $0.hasSuffix("cu.png") || $0.hasSuffix("ghi-chu.txt") })
    }

    @Test("A picture that is a link leading out of the content is refused, at its line and at the link")
    func linkOut() throws {
        let site = try Self.site()
        let outside = site.root + "/bi-mat.png"
        try Data(contentsOf: URL(fileURLWithPath: Self.images + "so-do.png")).write(to: URL(fileURLWithPath: outside))
        let link = site.contentPath + "/" + Self.workshop + "papers/hinh/ngoai.png"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside)
        try site.write(Self.workshop + "papers/ba.md", "---\ntitle: Ba\n---\n![Ngoài](hinh/ngoai.png)\n")
        let report = try site.build()
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("\(link): error: the link leads outside its folder") }, "\(messages)")
        #expect(
            messages.contains {
                $0.hasPrefix(
                    site.contentPath + "/" + Self.workshop
                        + "papers/ba.md:4:1: error: the picture `hinh/ngoai.png` cannot be shown: the link leads outside"
                )
            }, "\(messages)")
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("What is not a picture, or lies outside the workshop's folder, is an error and is not published")
    func notPictures() throws {
        let site = try Self.site([
            Self.workshop + "papers/ba.md":
                "---\ntitle: Ba\n---\n![Kế hoạch](../plan.yaml)\n\n![Cổng](../../../site.yaml)\n"
        ])
        let paper = site.contentPath + "/" + Self.workshop + "papers/ba.md"
        let messages = try site.build().diagnostics.map(\.description)
        #expect(
            messages.map { String($0.prefix { $0 != "," }) } == [
                "\(paper):4:1: error: the picture `../plan.yaml` is a .yaml file",
                "\(paper):6:1: error: the picture `../../../site.yaml` is outside the workshop's folder "
                    + "\(site.contentPath)/\(Self.workshop.dropLast())",
            ])
    }

    @Test("Remote pictures are left as they are")
    func remotePicture() throws {
        let site = try Self.site([
            Self.workshop + "papers/ba.md": "---\ntitle: Ba\n---\n![Xa](https://example.org/a.png)\n"
        ])
        #expect(try site.build().succeeded)
        #expect(
            Self.images(in: try site.output("toi-gian/proceedings/ba/index.html")) == [
                #"<img src="https://example.org/a.png" alt="Xa" />"#
            ])
    }

    @Test("A changed picture is copied again; a removed one is an error, and its copy goes with its last mention")
    func incremental() throws {
        let site = try Self.site()
        try #require(try site.build().succeeded)
        let copy = "toi-gian/proceedings/bon/anh-vuon.jpg"
        let png = try Data(contentsOf: URL(fileURLWithPath: Self.images + "so-do.png"))
        // The JPEG's address now holds a PNG of another size: the copy and the page's width and height follow.
        try site.write(Self.workshop + "papers/bon/anh-vuon.jpg", png)
        try #require(try site.build().succeeded)
        #expect(try site.outputData(copy) == png)
        #expect(try site.output("toi-gian/proceedings/bon/index.html").contains(#"width="80" height="50""#))
        #expect(try site.matchesCleanBuild())
        try FileManager.default.removeItem(atPath: site.contentPath + "/" + Self.workshop + "papers/bon/anh-vuon.jpg")
        let report = try site.build()
        let messages = report.diagnostics.map(\.description)
        #expect(messages.count == 1, "\(messages)")
        #expect(
            messages.allSatisfy {
                $0.hasPrefix(site.contentPath + "/" + Self.workshop + "papers/bon.md:4:1: error: the picture ")
            })
        #expect(FileManager.default.fileExists(atPath: site.outputPath + "/" + copy), "the last good output is kept")
        try site.write(Self.workshop + "papers/bon.md", "---\ntitle: Bốn\n---\nKhông còn hình.\n")
        try #require(try site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.outputPath + "/" + copy))
        #expect(try site.matchesCleanBuild())
    }
}
