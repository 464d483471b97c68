import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("A workshop's page of speakers and authors")
struct SpeakersPageTests {
    static let plan = """
        title: Hội thảo diễn giả
        date: 2026-03-12
        venue: {name: Hội trường}
        agenda:
          - date: 2026-03-12
            sessions:
              - items:
                  - start: "08:00"
                    title: Báo cáo đề dẫn
                    kind: keynote
                    speakers:
                      - {name: TS. Đặng Văn Ánh, affiliation: Sở KH&CN}
                  - start: "09:00"
                    title: Thảo luận chung
                    speakers:
                      - {name: Vũ Thị Ân}
                      - {name: Lê Bình}
        """

    static func site() throws -> FixtureSite {
        let site = try FixtureSite([
            "site.yaml": "name: Cổng thử\nlanguage: vi\n",
            "workshops/dien-gia/plan.yaml": plan,
            "workshops/dien-gia/papers/kho-lanh.md": """
            ---
            title: Kho lạnh
            authors:
              - {name: Đặng Văn Ánh, affiliation: Viện Rau quả, email: kinbi-zq@an.example, phone: "0911 777 3339"}
              - {name: Nguyễn Văn Ă}
            ---
            Nội dung.
            """,
        ])
        var options = site.options()
        options.makesBooks = false
        let report = try SiteBuilder(options: options).run()
        #expect(report.succeeded, "\(report.diagnostics)")
        return site
    }

    @Test("Everyone, sorted by given name in Vietnamese order (a < ă < â), names as written, titles set aside")
    func collatedNames() throws {
        let html = try Self.site().output("dien-gia/speakers/index.html")
        let names = html.components(separatedBy: "<p class=\"person-name\">").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        #expect(names == ["Đặng Văn Ánh", "Nguyễn Văn Ă", "Vũ Thị Ân", "Lê Bình"])
        #expect(html.contains("<p class=\"person-affiliation muted\">Sở KH&amp;CN; Viện Rau quả</p>"))
        #expect(html.contains("<a href=\"../../dien-gia/agenda/index.html#ngay-1-0800\">Báo cáo đề dẫn</a>"))
        #expect(html.contains("<a href=\"../../dien-gia/proceedings/kho-lanh/index.html\">Kho lạnh</a>"))
    }

    @Test("Each agenda speaker and paper author links to their entry")
    func linksToEntries() throws {
        let site = try Self.site()
        let speakers = try site.output("dien-gia/speakers/index.html")
        let agenda = try site.output("dien-gia/agenda/index.html")
        let paper = try site.output("dien-gia/proceedings/kho-lanh/index.html")
        #expect(
            agenda.contains(
                "<a href=\"../../dien-gia/speakers/index.html#dang-van-anh\">TS. Đặng Văn Ánh</a> (Sở KH&amp;CN)"))
        #expect(agenda.contains("<a href=\"../../dien-gia/speakers/index.html#vu-thi-an\">Vũ Thị Ân</a>"))
        #expect(paper.contains("<a href=\"../../../dien-gia/speakers/index.html#dang-van-anh\">Đặng Văn Ánh</a>"))
        for anchor in ["dang-van-anh", "vu-thi-an", "le-binh", "nguyen-van-a"] {
            #expect(speakers.contains("<li class=\"person\" id=\"\(anchor)\">"), "no entry \(anchor)")
        }
    }

    @Test("A private email and phone number reach no output file, the search index included")
    func privateFieldsStayPrivate() throws {
        let site = try Self.site()
        let files = site.outputFiles()
        #expect(files.contains("dien-gia/speakers/index.html") && files.contains("search/manifest.js"))
        for path in files {
            let text = String(decoding: try site.outputData(path), as: UTF8.self)
            for value in ["kinbi", "3339"] { #expect(!text.contains(value), "\(path) holds \(value)") }
        }
    }
}
