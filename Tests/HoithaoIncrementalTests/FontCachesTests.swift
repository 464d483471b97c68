import Foundation
import HoithaoIncremental
import Testing

@Suite("Noticing that fonts were installed (fontconfig's cache folders)")
struct FontCachesTests {
    @Test("the stamp changes when a cache folder changes, and reads `-` for one that does not exist")
    func stampFollowsFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-fc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let folders = [folder.path, folder.path + "/missing"]
        let before = FontCaches.stamp(folders)
        #expect(before.hasSuffix(" -"))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: folder.path)
        #expect(FontCaches.stamp(folders) != before)
        #expect(FontCaches.stamp(folders).hasPrefix("1000000."))
    }
}
