import Foundation
import HoithaoOutput
import Testing

@Suite("Writing a file in one call, in place or instead of what must not be written into")
struct FastFilesTests {
    @Test("A shorter file written over a longer one is exactly the new bytes, in the same inode")
    func shorterInPlace() throws {
        let folder = try ScratchFolder()
        try folder.write("a.html", "a longer page of the last build")
        let inode = folder.status("a.html").st_ino
        try FastFiles.write(Data("new".utf8), to: folder.path("a.html"))
        #expect(folder.read("a.html") == "new")
        #expect(folder.status("a.html").st_ino == inode)
    }

    @Test("A file shared with another path (a hard link) is replaced: the other path keeps its bytes")
    func hardLinkReplaced() throws {
        let folder = try ScratchFolder()
        try folder.write("previous.html", "the previous output's page")
        #expect(link(folder.path("previous.html"), folder.path("a.html")) == 0)
        try FastFiles.write(Data("new".utf8), to: folder.path("a.html"))
        #expect(folder.read("a.html") == "new")
        #expect(folder.read("previous.html") == "the previous output's page")
    }

    @Test("A folder or a link where the file goes is replaced, and what the link led to is untouched")
    func folderAndLinkReplaced() throws {
        let folder = try ScratchFolder()
        try folder.write("a/inner.html", "inside")
        try folder.write("outside.txt", "keep")
        #expect(symlink(folder.path("outside.txt"), folder.path("b")) == 0)
        try FastFiles.write(Data("file a".utf8), to: folder.path("a"))
        try FastFiles.write(Data("file b".utf8), to: folder.path("b"))
        #expect(folder.read("a") == "file a")
        #expect(folder.read("b") == "file b")
        #expect((folder.status("b").st_mode & S_IFMT) == S_IFREG)
        #expect(folder.read("outside.txt") == "keep")
    }

    @Test("Removing a folder removes a link in it, never what the link leads to")
    func removeTreeStaysInside() throws {
        let folder = try ScratchFolder()
        try folder.write("outside/keep.txt", "keep")
        try folder.write("site/page.html", "page")
        #expect(symlink(folder.path("outside"), folder.path("site/link")) == 0)
        try FastFiles.removeTree(folder.path("site"))
        #expect(!folder.exists("site"))
        #expect(folder.read("outside/keep.txt") == "keep")
    }

    @Test("A folder's entries say which are folders, links not followed")
    func entries() throws {
        let folder = try ScratchFolder()
        try folder.write("a/page.html", "page")
        try folder.write("b.txt", "text")
        #expect(symlink(folder.path("a"), folder.path("c")) == 0)
        let entries = try FastFiles.entries(of: folder.root).sorted { $0.name < $1.name }
        #expect(entries.map(\.name) == ["a", "b.txt", "c"])
        #expect(entries.map(\.isFolder) == [true, false, false])
        #expect(throws: HoithaoOutput.POSIXError.self) { try FastFiles.entries(of: folder.path("missing")) }
    }
}
