import Foundation
import Synchronization
import Testing

@testable import HoithaoOutput

/// A temporary folder holding `Output/` with an `index.html`, removed at the end.
private final class SwapFixture {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-swap-\(UUID().uuidString)").path
    var output: OutputFolder { OutputFolder(path: root + "/Output") }

    init() throws {
        try FileManager.default.createDirectory(atPath: root + "/Output", withIntermediateDirectories: true)
        try Data("0".utf8).write(to: URL(fileURLWithPath: root + "/Output/index.html"))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// One build's swap: a staging folder whose index.html says `number`, put in place of Output/.
    func swap(_ number: Int, with output: OutputFolder) throws {
        _ = try output.prepareStaging()
        try Data("\(number)".utf8).write(to: URL(fileURLWithPath: output.staging + "/index.html"))
        try output.commit()
    }

    /// The output folder on a file system that refuses the exchange with `code`.
    func refusingExchange(_ code: Int32) -> OutputFolder {
        var folder = output
        folder.exchange = { _, _ in
            errno = code
            return -1
        }
        return folder
    }

    func index() throws -> String { try String(contentsOfFile: root + "/Output/index.html", encoding: .utf8) }
}

@Suite("Swapping the new site into Output/")
struct OutputSwapTests {
    @Test("A reader polling Output/index.html during 300 swaps never finds it missing")
    func noMomentWithoutOutput() throws {
        let fixture = try SwapFixture()
        let path = fixture.root + "/Output/index.html"
        let done = Atomic(false)
        let misses = Atomic(0)
        let polls = Atomic(0)
        let reader = Thread {
            while !done.load(ordering: .acquiring) {
                if access(path, F_OK) != 0 { misses.add(1, ordering: .relaxed) }
                polls.add(1, ordering: .relaxed)
            }
        }
        reader.start()
        for number in 1...300 { try fixture.swap(number, with: fixture.output) }
        done.store(true, ordering: .releasing)
        while !reader.isFinished { usleep(1000) }
        #expect(try fixture.index() == "300")
        #expect(polls.load(ordering: .relaxed) > 300)
        #expect(misses.load(ordering: .relaxed) == 0)
    }

    @Test("A file system that refuses the exchange (EINVAL) gets the two renames, and the old site becomes the spare")
    func fallback() throws {
        let fixture = try SwapFixture()
        let output = fixture.refusingExchange(EINVAL)
        try fixture.swap(1, with: output)
        try fixture.swap(2, with: output)
        #expect(try fixture.index() == "2")
        #expect(try String(contentsOfFile: output.spare + "/index.html", encoding: .utf8) == "1")
    }

    @Test("Any other refusal is an error in the system's words, and Output/ is kept")
    func otherRefusal() throws {
        let fixture = try SwapFixture()
        let output = fixture.refusingExchange(EACCES)
        #expect(throws: OutputFolder.SwapError.self) { try fixture.swap(1, with: output) }
        #expect(try fixture.index() == "0")
    }
}
