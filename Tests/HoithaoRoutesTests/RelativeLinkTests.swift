import Foundation
import HoithaoModel
import HoithaoRoutes
import Testing

@Suite("Addresses and links that work from file:// and from any folder on a server")
struct RelativeLinkTests {
    let site = RouteFixture.site()

    @Test("Every address is relative, inside the site and in plain segments")
    func relativeSafe() {
        for (address, owner) in RouteFixture.addresses(of: site) {
            let segments = address.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!address.hasPrefix("/"), "\(owner): \(address)")
            #expect(!address.contains("\\"), "\(owner): \(address)")
            #expect(!segments.contains { $0.isEmpty || $0 == "." || $0 == ".." }, "\(owner): \(address)")
        }
    }

    @Test("Every page's link to every address, opened from its file:// folder, reaches that address")
    func linksResolve() throws {
        let top = URL(fileURLWithPath: "/tmp/Output/", isDirectory: true)
        for from in site.allPages.map(site.path(of:)) {
            let page = try #require(URL(string: URLEncoding.path(from.file), relativeTo: top))
            for (address, owner) in RouteFixture.addresses(of: site) {
                let link = from.link(toFile: address)
                let reached = try #require(URL(string: link, relativeTo: page)).absoluteURL
                #expect(reached.path == top.path + "/" + address, "\(owner) from \(from.file): \(link)")
            }
        }
    }

    @Test("A name with spaces or Vietnamese letters is percent-encoded, a slug left as it is")
    func encoding() {
        #expect(
            URLEncoding.path("hoi-thao/documents/kế hoạch.pdf") == "hoi-thao/documents/k%E1%BA%BF%20ho%E1%BA%A1ch.pdf")
        #expect(URLEncoding.path("hoi-thao-a/proceedings/bai/bai.pdf") == "hoi-thao-a/proceedings/bai/bai.pdf")
        #expect(URLEncoding.path("a\tb") == "a%09b")
    }

    @Test("The public address of a page is its folder, and of a file the file")
    func absolute() {
        let base = "https://example.org/hoithao/"
        #expect(Routes.home.absolute(baseURL: base) == base)
        #expect(Routes.workshop("hoi-thao-a").agenda.absolute(baseURL: base) == base + "hoi-thao-a/agenda/")
        #expect(Routes.notFound.absolute(baseURL: base) == base + "404.html")
        #expect(Routes.absolute(Routes.feed, baseURL: base) == base + "feed.xml")
    }

    @Test("The 404 page links from the site's absolute address, whatever depth it is served at")
    func notFoundRoot() {
        var path = Routes.notFound
        path.absoluteRoot = "https://example.org/"
        #expect(path.link(to: Routes.home) == "https://example.org/index.html")
    }
}
