import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

@Suite("Themes: files a theme author edits without recompiling")
struct ThemeTests {
    /// A copy of the default theme inside the fixture's folder, changed by `edit`.
    func theme(in site: FixtureSite, _ edit: (String) throws -> Void) throws -> String {
        let folder = site.root + "/Theme"
        try FileManager.default.copyItem(atPath: Repository.defaultTheme, toPath: folder)
        try edit(folder)
        return folder
    }

    func build(_ site: FixtureSite, theme: String) throws -> [String] {
        var options = site.options()
        options.themePath = theme
        return try SiteBuilder(options: options).run().diagnostics.map(\.description)
    }

    @Test("A site overrides one template of its theme with Content/templates/")
    func override() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        try site.write("templates/not-found.mustache", "{{<base}}{{$main}}<h1>Lạc đường rồi!</h1>{{/main}}{{/base}}\n")
        try #require(try site.build().succeeded)
        #expect(try site.output("404.html").contains("<h1>Lạc đường rồi!</h1>"))
        #expect(try site.output("index.html").contains("<h1>Cổng hội thảo thử nghiệm</h1>"))
    }

    @Test("A partial that includes itself is a build error, not a crash")
    func runawayPartial() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let folder = try theme(in: site) {
            try Data("<p>{{>partials/loop}}</p>\n".utf8).write(
                to: URL(fileURLWithPath: $0 + "/templates/partials/loop.mustache"))
            try Data("{{<base}}{{$main}}{{>partials/loop}}{{/main}}{{/base}}\n".utf8)
                .write(to: URL(fileURLWithPath: $0 + "/templates/venue.mustache"))
        }
        let messages = try build(site, theme: folder)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("`partials/loop` includes itself with nothing to stop it") == true)
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A partial that includes another twice at each level is a build error, not an hour's wait (found by fuzzing)")
    func doublingPartials() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let folder = try theme(in: site) { directory in
            for level in 0..<30 {
                try Data("{{>partials/d\(level + 1)}}{{>partials/d\(level + 1)}}".utf8).write(
                    to: URL(fileURLWithPath: directory + "/templates/partials/d\(level).mustache"))
            }
            try Data("<p>x</p>".utf8).write(to: URL(fileURLWithPath: directory + "/templates/partials/d30.mustache"))
            try Data("{{<base}}{{$main}}{{>partials/d0}}{{/main}}{{/base}}\n".utf8)
                .write(to: URL(fileURLWithPath: directory + "/templates/venue.mustache"))
        }
        let messages = try build(site, theme: folder)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("enters partials more than 100000 times") == true)
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A missing template is a build error naming the template")
    func missingTemplate() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let folder = try theme(in: site) {
            try FileManager.default.removeItem(atPath: $0 + "/templates/venue.mustache")
        }
        #expect(
            try build(site, theme: folder) == [
                "\(folder)/templates/venue.mustache: error: the template is missing; every theme needs it"
            ])
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("A template syntax error names the file, line and column")
    func syntaxError() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let folder = try theme(in: site) {
            try Data("{{<base}}\n{{$main}}\n{{#facts}}<p>{{/main}}\n{{/base}}\n".utf8)
                .write(to: URL(fileURLWithPath: $0 + "/templates/venue.mustache"))
        }
        let messages = try build(site, theme: folder)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(folder)/templates/venue.mustache:3:") == true)
        #expect(messages.first?.contains("template syntax error: a section is closed with a different name") == true)
    }

    @Test("Including a template that does not exist is an error at the include")
    func missingPartial() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let folder = try theme(in: site) {
            try Data("{{<base}}\n{{$main}}\n  {{>partials/nowhere}}\n{{/main}}\n{{/base}}\n".utf8)
                .write(to: URL(fileURLWithPath: $0 + "/templates/venue.mustache"))
        }
        #expect(
            try build(site, theme: folder) == [
                "\(folder)/templates/venue.mustache:3:3: error: the template includes `partials/nowhere`, which does "
                    + "not exist; add templates/partials/nowhere.mustache or fix the name"
            ])
    }

    @Test("A strings file without the weekday table is an error")
    func strings() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let folder = try theme(in: site) {
            try Data("nav_home: Home\n".utf8).write(to: URL(fileURLWithPath: $0 + "/strings/en.yaml"))
        }
        #expect(
            try build(site, theme: folder) == [
                "\(folder)/strings/en.yaml:1:1: error: a strings file needs `weekdays` (7, Monday first) and `months` (12)"
            ])
    }
}
