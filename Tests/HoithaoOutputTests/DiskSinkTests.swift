import Foundation
import HoithaoModel
import HoithaoOutput
import HoithaoSystem
import Testing

@Suite("The staging folder: what a build writes, keeps from the last output, and sweeps")
struct DiskSinkTests {
    @Test("A file kept from the previous output is copied with its modification time, to the nanosecond")
    func reuseKeepsTime() throws {
        let folder = try ScratchFolder()
        try folder.write("Output/a/index.html", "page")
        var times = [
            timespec(tv_sec: 1_590_000_000, tv_nsec: 123_456_789),
            timespec(tv_sec: 1_590_000_000, tv_nsec: 987_654_321),
        ]
        #expect(utimensat(AT_FDCWD, folder.path("Output/a/index.html"), &times, 0) == 0)
        let sink = DiskSink(folder: folder.path("staging"), previousFolder: folder.path("Output"), recycled: false)
        #expect(sink.reuse("a/index.html"))
        #expect(folder.read("staging/a/index.html") == "page")
        let copied = Platform.modified(folder.status("staging/a/index.html"))
        #expect(copied.tv_sec == 1_590_000_000 && copied.tv_nsec == 987_654_321)
        #expect(sink.written.isEmpty)
        #expect(!sink.reuse("missing.html"))
    }

    @Test("A recycled folder keeps only what this build placed: the rest, and the folders it empties, are swept")
    func sweep() throws {
        let folder = try ScratchFolder()
        try folder.write("spare/kept.html", "old")
        try folder.write("spare/gone/page.html", "old")
        try folder.write("spare/also-gone.html", "old")
        let sink = DiskSink(folder: folder.path("spare"), previousFolder: nil, recycled: true)
        try sink.write("kept.html", Data("new".utf8))
        try sink.write("new/page.html", Data("new".utf8))
        let digest = try sink.sweep(spareFiles: nil)
        #expect(folder.read("spare/kept.html") == "new")
        #expect(folder.read("spare/new/page.html") == "new")
        #expect(!folder.exists("spare/gone"))
        #expect(!folder.exists("spare/also-gone.html"))
        #expect(sink.written == ["kept.html", "new/page.html"])
        // A spare known to hold exactly the files placed is not swept again.
        try folder.write("spare/added-by-hand.txt", "x")
        #expect(try sink.sweep(spareFiles: digest) == digest)
        #expect(folder.exists("spare/added-by-hand.txt"))
    }

    @Test("Catching up with the output: files gone from it are removed, changed ones copied")
    func catchUp() throws {
        let folder = try ScratchFolder()
        try folder.write("Output/changed.html", "now")
        try folder.write("spare/changed.html", "before")
        try folder.write("spare/removed/page.html", "before")
        let sink = DiskSink(folder: folder.path("spare"), previousFolder: folder.path("Output"), recycled: true)
        try sink.catchUp(with: ["changed.html", "removed/page.html"])
        #expect(folder.read("spare/changed.html") == "now")
        #expect(!folder.exists("spare/removed"))
    }

    @Test("A file is placed anew when its digest differs from the one recorded, and kept when it is the same")
    func place() throws {
        let folder = try ScratchFolder()
        try folder.write("Output/a.ics", "calendar")
        let sink = DiskSink(folder: folder.path("staging"), previousFolder: folder.path("Output"), recycled: false)
        let recorded = Digest(Data("calendar".utf8)).description
        #expect(try sink.place("a.ics", Data("calendar".utf8), recorded: recorded) == recorded)
        #expect(try sink.place("b.ics", Data("other".utf8), recorded: recorded) != recorded)
        #expect(sink.written == ["b.ics"])
        #expect(folder.read("staging/a.ics") == "calendar")
    }
}

@Suite("Sinks that keep the site in memory")
struct MemorySinkTests {
    @Test("The dev server's sink keeps the previous build's bytes for a file it reuses, and has none for a new one")
    func memory() throws {
        let sink = MemorySink(previous: ["a.html": Data("old".utf8)])
        #expect(sink.reuse("a.html"))
        #expect(!sink.reuse("b.html"))
        try sink.writeIfChanged("c.html", Data("new".utf8))
        #expect(sink.contents == ["a.html": Data("old".utf8), "c.html": Data("new".utf8)])
    }

    @Test(
        "hoithao check keeps every path, and the pages' HTML only when their links are followed",
        arguments: [true, false])
    func check(keepsPages: Bool) throws {
        let sink = CheckSink(keepsPages: keepsPages)
        try sink.write("a/index.html", Data("<p>".utf8))
        try sink.write("a/book.pdf", Data("%PDF".utf8))
        #expect(!sink.reuse("a/index.html"))
        #expect(sink.contents.paths == ["a/index.html", "a/book.pdf"])
        #expect(sink.contents.pages == (keepsPages ? ["a/index.html": Data("<p>".utf8)] : [:]))
    }
}
