import BuildTestSupport
import Foundation
import HoithaoBuild
import TestSupport
import Testing

/// Builds the minimal site with `lines` added to its plan; returns the diagnostics and whether Output/ exists.
private func buildWithPlan(_ lines: String) throws -> (messages: [String], wroteOutput: Bool) {
    var files = Fixtures.minimalSite
    files["workshops/toi-gian/plan.yaml"] = Fixtures.minimalPlan + lines
    let site = try FixtureSite(files)
    let report = try site.build()
    return (report.diagnostics.map(\.description), FileManager.default.fileExists(atPath: site.outputPath))
}

@Suite("Every number read from content has a range, checked at its place")
struct NumberRangeTests {
    let plan = "Content/workshops/toi-gian/plan.yaml"

    @Test(
        "A number past its range is an error at its line and column, and nothing is written",
        arguments: [
            (
                "agenda:\n  - date: 22/5/2020\n    items:\n      - start: \"8:00\"\n        title: Khai mạc\n"
                    + "        duration: 9223372036854775807\n",
                "10:19: error: `agenda[1].items[1].duration` must be a whole number from 1 to 1440, "
                    + "not \"9223372036854775807\""
            ),
            (
                "agenda:\n  - date: 22/5/2020\n    items:\n      - start: \"8:00\"\n        title: Khai mạc\n"
                    + "        duration: 0\n",
                "10:19: error: `agenda[1].items[1].duration` must be a whole number from 1 to 1440"
            ),
            (
                "participants:\n  categories:\n    - name: Đại biểu\n      count: 100000000000000000\n",
                "8:14: error: `participants.categories[1].count` must be a whole number from 0 to 1000000"
            ),
            (
                "participants:\n  expected: 1000001\n",
                "6:13: error: `participants.expected` must be a whole number from 0 to 1000000"
            ),
            (
                "participants:\n  expected: 99999999999999999999999\n",
                "6:13: error: `participants.expected` must be a whole number from 0 to 1000000"
            ),
            ("end_date: 23/5/922337203685477580\n", "5:11: error: `end_date` has `23/5/922337203685477580`"),
        ])
    func outOfRange(lines: String, expected: String) throws {
        let (messages, wroteOutput) = try buildWithPlan(lines)
        #expect(messages.contains { $0.contains(plan + ":" + expected) }, "\(messages)")
        #expect(!wroteOutput)
    }

    @Test("Two counts that would sum past Int.max are each refused, and nothing traps")
    func countsPastIntMax() throws {
        let (messages, wroteOutput) = try buildWithPlan(
            "participants:\n  categories:\n    - name: A\n      count: 5000000000000000000\n"
                + "    - name: B\n      count: 5000000000000000000\n")
        #expect(messages.filter { $0.contains("must be a whole number from 0 to 1000000") }.count == 2)
        #expect(!wroteOutput)
    }

    @Test("The largest numbers in range build: a full day's item, a million delegates in each of two categories")
    func largestInRange() throws {
        let (messages, wroteOutput) = try buildWithPlan(
            "participants:\n  expected: 1000000\n  categories:\n    - name: A\n      count: 1000000\n"
                + "    - name: B\n      count: 1000000\n"
                + "agenda:\n  - date: 22/5/2020\n    items:\n      - start: \"0:00\"\n        title: Cả ngày\n"
                + "        duration: 1439\n")
        #expect(messages.filter { $0.contains("error") } == [])
        #expect(wroteOutput)
    }
}
