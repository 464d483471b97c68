import BuildTestSupport
import Foundation
import HoithaoBuild
import HoithaoModel
import TestSupport
import Testing

@Suite("A failed build never loses the previous output")
struct OutputSafetyTests {
    @Test("A content error leaves the previous Output/ byte-identical")
    func contentError() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        try #require(try site.build().succeeded)
        let before = try site.snapshot()
        try site.write("workshops/toi-gian/plan.yaml", "title: Hội thảo\ndate: 30/2/2020\nvenue:\n  name: A\n")
        let report = try site.build()
        #expect(!report.succeeded)
        #expect(try site.snapshot() == before)
    }

    @Test("A build that fails midway, after writing pages, leaves the previous Output/ byte-identical")
    func failureMidway() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        try #require(try site.build().succeeded)
        let before = try site.snapshot()
        try site.write(
            "workshops/toi-gian/plan.yaml", Fixtures.minimalPlan.replacingOccurrences(of: "tối giản", with: "mới"))
        let written = Counter()
        var builder = SiteBuilder(options: site.options())
        builder.writeFile = { path, data in
            if written.increment() > 3 { throw CocoaError(.fileWriteOutOfSpace) }
            try data.write(to: URL(fileURLWithPath: path))
        }
        let report = try builder.run()
        #expect(!report.succeeded)
        #expect(written.value > 3)
        #expect(try site.snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter {
            $0.hasPrefix(".Output")
        }
        #expect(leftovers.isEmpty)
    }

    @Test("A staging folder left by an interrupted build is cleaned on the next run")
    func leftoverStaging() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let leftover = site.root + "/.Output.building"
        try FileManager.default.createDirectory(atPath: leftover + "/half", withIntermediateDirectories: true)
        try #require(try site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        let fresh = try FixtureSite(Fixtures.minimalSite)
        try #require(try fresh.build().succeeded)
        #expect(try site.snapshot() == fresh.snapshot())
    }

    @Test("An output folder interrupted mid-swap is restored before building")
    func interruptedSwap() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        try #require(try site.build().succeeded)
        let before = try site.snapshot()
        try #require(before.count > 5)
        try FileManager.default.moveItem(atPath: site.outputPath, toPath: site.root + "/.Output.previous")
        try site.write("site.yaml", "broken: [")
        #expect(try !site.build().succeeded)
        #expect(try site.snapshot() == before)
    }

    @Test(
        "The output folder may not be, or contain, the content, the theme, the current folder, home or /",
        arguments: ["content", "parent", "theme", "root", "cwd", "home", "inside-content"])
    func guardRails(_ which: String) throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        var options = site.options()
        switch which {
        case "content": options.outputPath = site.contentPath
        case "parent": options.outputPath = site.root
        case "theme": options.outputPath = options.themePath
        case "root": options.outputPath = "/"
        case "cwd": options.outputPath = FileManager.default.currentDirectoryPath
        case "home": options.outputPath = NSHomeDirectory()
        default: options.outputPath = site.contentPath + "/static/out"
        }
        #expect(throws: UsageError.self) { try SiteBuilder(options: options).run() }
        #expect(FileManager.default.fileExists(atPath: site.contentPath + "/site.yaml"))
    }

    @Test("An output folder that is a mount point is refused before anything is built, with what to do instead")
    func mountPoint() throws {
        // /proc is a file system of its own on every Linux machine; the test is about the check, not about /proc.
        let site = try FixtureSite(Fixtures.minimalSite)
        var options = site.options()
        options.outputPath = "/proc"
        #expect {
            try SiteBuilder(options: options).run()
        } throws: { error in
            (error as? UsageError)?.message
                == "the output folder /proc is a mount point (a file system of its own), and the new site, built "
                + "beside it, cannot be moved onto another file system; choose a folder inside it, such as /proc/site"
        }
    }

    @Test("A folder Hoithao did not make is never replaced")
    func foreignFolder() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        try FileManager.default.createDirectory(atPath: site.outputPath, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: site.outputPath + "/notes.txt"))
        #expect(throws: UsageError.self) { try site.build() }
        #expect(try String(contentsOfFile: site.outputPath + "/notes.txt", encoding: .utf8) == "keep me")
    }
}

/// A thread-safe count of calls.
final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
