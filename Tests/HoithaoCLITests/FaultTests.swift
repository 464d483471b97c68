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
