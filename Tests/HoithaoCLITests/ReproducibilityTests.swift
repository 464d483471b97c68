import Foundation
import TestSupport
import Testing

@Suite("Reproducible builds")
struct ReproducibilityTests {
    /// Two settings as far apart as a build may see: another day (both after the workshops, so the same ones are
    /// past), another time zone and another locale.
    static let settings = [
        ["SOURCE_DATE_EPOCH": "1893456000", "TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"],
        [
            "SOURCE_DATE_EPOCH": "1924991999", "TZ": "Pacific/Kiritimati", "LC_ALL": "vi_VN.UTF-8",
            "LANG": "vi_VN.UTF-8",
        ],
    ]

    @Test(
        "Two clean builds in two processes, days, zones and locales apart, write the same bytes, books included",
        arguments: [
            ("Tests/Fixtures/portal", ["html", "pdf", "epub", "zip", "ics", "json", "bib", "ris", "xml"]),
            ("Content", ["html", "pdf", "epub", "png", "ics", "json", "bib", "ris"]),
        ])
    func twoProcesses(content: String, kinds: [String]) throws {
        let site = try FixtureSite([:])
        try FileManager.default.copyItem(atPath: Repository.root + "/" + content, toPath: site.contentPath)
        var outputs: [[String: Data]] = []
        for (index, environment) in Self.settings.enumerated() {
            // Zip entries keep their time to two seconds: a build that stamped the clock's time would differ.
            if index > 0 { sleep(2) }
            let folder = "Output-\(index)"
            let run = try hoithao(
                ["build", "--clean", "--output", folder, "--theme", Repository.defaultTheme], in: site.root,
                environment: environment)
            try #require(run.status == 0, "\(run.errors)")
            outputs.append(try site.snapshot(of: site.root + "/" + folder))
        }
        #expect(Set(outputs[0].keys.map { ($0 as NSString).pathExtension }).isSuperset(of: kinds))
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        let differing = outputs[0].keys.filter { outputs[0][$0] != outputs[1][$0] }.sorted()
        #expect(differing.isEmpty, "these files differ between the two builds: \(differing)")
    }
}
