import Foundation
import HoithaoBuild
import TestSupport
import Testing

/// A site big enough that a build takes a while: the fixture portal plus `count` generated papers.
func bigSite(papers count: Int) throws -> FixtureSite {
    let site = try FixtureSite(fixture: "portal")
    let body = String(
        repeating: "## Phần\n\nMột đoạn văn **dài** về vải thiều, với [liên kết](https://example.org).\n\n", count: 40)
    for index in 0..<count {
        try site.write(
            "workshops/hoi-thao-mau/papers/bai-\(index).md",
            "---\ntitle: Bài \(index)\nauthors: [Tác giả \(index)]\n---\n\(body)")
    }
    return site
}

@Suite("Faults: killed builds, builds at the same time", .serialized)
struct FaultTests {
    @Test(
        "A build killed (SIGKILL or SIGINT) at any moment leaves the previous Output/ intact, and the next build succeeds"
    )
    func killed() throws {
        let site = try bigSite(papers: 150)
        let theme = ["--theme", Repository.defaultTheme, "--no-books"]
        #expect(try hoithao(["build"] + theme, in: site.root).status == 0)
        var before = try site.snapshot()
        try site.write("workshops/hoi-thao-mau/index.md", "Giới thiệu đã sửa.\n")
        var generator = SystemRandomNumberGenerator()
        for (attempt, signal) in [SIGKILL, SIGINT, SIGKILL, SIGKILL, SIGINT].enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Repository.root + "/.build/debug/hoithao")
            process.arguments = ["build", "--clean"] + theme
            process.currentDirectoryURL = URL(fileURLWithPath: site.root)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 5_000...(40_000 + UInt32(attempt) * 40_000), using: &generator))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let after = try site.snapshot()
            let untouched = after == before
            let finished = process.terminationStatus == 0 && after != before
            #expect(untouched || finished, "attempt \(attempt): Output/ is neither the old site nor a finished build")
            if finished { before = after }
        }
        #expect(try hoithao(["build"] + theme, in: site.root).status == 0)
        #expect(try site.output("hoi-thao-mau/index.html").contains("Giới thiệu đã sửa."))
    }

    @Test(
        "A build killed once it has written every file, or in the middle of its swap, leaves a whole Output/",
        arguments: ["written", "swap"], [SIGKILL, SIGINT])
    func killedAtPause(point: String, signal: Int32) throws {
        let site = try FixtureSite(fixture: "portal")
        let theme = ["--theme", Repository.defaultTheme, "--no-books"]
        #expect(try hoithao(["build"] + theme, in: site.root).status == 0)
        let before = try site.snapshot()
        try #require(before.count > 20)
        try site.write("workshops/hoi-thao-mau/index.md", "Giới thiệu đã sửa.\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.root + "/.build/debug/hoithao")
        process.arguments = ["build"] + theme
        process.currentDirectoryURL = URL(fileURLWithPath: site.root)
        process.environment = ProcessInfo.processInfo.environment.merging(["HOITHAO_TEST_PAUSE": point]) { $1 }
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        var said = ""
        while !said.contains("paused at \(point)") {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            said += String(decoding: data, as: UTF8.self)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        try #require(said.contains("hoithao: paused at \(point)"), "the build never reached \(point): \(said)")
        #expect(process.terminationReason == .uncaughtSignal)
        // What the kill left in place of Output/: the old site; or, killed mid-swap, the new site already
        // exchanged into place, or the old one beside it (two renames), for the next run to put back.
        let left = try site.snapshot(
            of: FileManager.default.fileExists(atPath: site.outputPath)
                ? site.outputPath : site.root + "/.Output.previous")
        // The next run, even one that fails, finds that site whole and leaves it as it was.
        let text = try String(contentsOfFile: site.contentPath + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", "name: [")
        #expect(try hoithao(["build"] + theme, in: site.root).status == 1)
        #expect(try site.snapshot() == left)
        try site.write("site.yaml", text)
        #expect(try hoithao(["build"] + theme, in: site.root).status == 0)
        #expect(try site.output("hoi-thao-mau/index.html").contains("Giới thiệu đã sửa."))
        let after = try site.snapshot()
        #expect(try hoithao(["build", "--clean"] + theme, in: site.root).status == 0)
        #expect(try site.snapshot() == after)
        // Whole means one of the two complete sites, byte for byte.
        #expect(left == before || (point == "swap" && left == after), "Output/ was left half made")
    }

    @Test("Of two builds of the same folder started together, one waits its turn: it is refused with a clear message")
    func concurrent() throws {
        let site = try bigSite(papers: 300)
        let arguments = ["build", "--theme", Repository.defaultTheme, "--no-books"]
        var refusal: String?
        for _ in 0..<10 where refusal == nil {
            let (first, second) = (Pipe(), Pipe())
            let processes = [first, second].map { pipe in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: Repository.root + "/.build/debug/hoithao")
                process.arguments = arguments
                process.currentDirectoryURL = URL(fileURLWithPath: site.root)
                process.standardOutput = FileHandle.nullDevice
                process.standardError = pipe
                return process
            }
            for process in processes { try process.run() }
            let errors = [first, second].map {
                String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            }
            for process in processes { process.waitUntilExit() }
            let statuses = processes.map(\.terminationStatus).sorted()
            // Either they did not overlap (both built), or the one that came second was refused.
            #expect(statuses == [0, 0] || statuses == [0, 2], "\(statuses): \(errors)")
            if statuses == [0, 2] { refusal = errors.first { $0.contains("error:") } }
        }
        let message = try #require(refusal, "the two builds never overlapped")
        #expect(message.contains("another hoithao build is writing"))
        #expect(try hoithao(arguments, in: site.root).status == 0)
        #expect(try LinkChecker.brokenLinks(inFolder: site.outputPath) == [])
    }
}
