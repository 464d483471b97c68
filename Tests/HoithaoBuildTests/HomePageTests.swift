import BuildTestSupport
import Foundation
import HoithaoBuild
import HoithaoModel
import TestSupport
import Testing

@Suite("The home page's lists of workshops")
struct HomePageTests {
    /// The portal built on `day`: its one workshop is on 22 May 2020.
    private func home(on day: CalendarDate?) throws -> String {
        let site = try FixtureSite(fixture: "portal")
        var options = site.options()
        options.today = try #require(day)
        #expect(try SiteBuilder(options: options).run().succeeded)
        return try site.output("index.html")
    }

    @Test("Before the workshop, it is upcoming, and there is no list of past workshops")
    func onlyUpcoming() throws {
        let page = try home(on: CalendarDate(year: 2020, month: 1, day: 1))
        #expect(page.contains("id=\"upcoming-heading\""))
        #expect(!page.contains("id=\"past-heading\""))
    }

    @Test("After it, it is past, and the upcoming list says there is none")
    func onlyPast() throws {
        let page = try home(on: CalendarDate(year: 2026, month: 1, day: 1))
        #expect(page.contains("id=\"past-heading\""))
        #expect(page.contains("Hiện chưa có hội thảo nào sắp diễn ra."))
    }
}
