import Foundation
import HoithaoModel
import Testing

@Suite("Picture files checked from their structure, before any pixel is decoded")
struct PictureFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func bytes(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: folder.appendingPathComponent(path)))
    }

    @Test("Whole PNG and JPEG files give their size")
    func whole() throws {
        #expect(try PictureFile.check(Self.bytes("proceedings-images/so-do.png")).get() == (80, 50))
        let jpeg = try PictureFile.check(Self.bytes("proceedings-images/anh-vuon.jpg")).get()
        #expect(jpeg.width > 0 && jpeg.height > 0)
    }

    @Test("A cut file, a wrong checksum, a text file and a 20000 × 20000 picture are each refused for their reason")
    func refused() throws {
        #expect(try PictureFile.check(Self.bytes("bad-pictures/cut.png")) == .failure(.damaged("PNG")))
        #expect(try PictureFile.check(Self.bytes("bad-pictures/cut.jpg")) == .failure(.damaged("JPEG")))
        #expect(try PictureFile.check(Self.bytes("bad-pictures/text.png")) == .failure(.notAPicture))
        #expect(try PictureFile.check(Self.bytes("bad-pictures/huge.png")) == .failure(.tooLarge(20000, 20000)))
        var flipped = try Self.bytes("proceedings-images/so-do.png")
        flipped[40] ^= 0x01
        #expect(PictureFile.check(flipped) == .failure(.damaged("PNG")))
    }
}

extension Result where Success == (width: Int, height: Int), Failure == PictureFile.Problem {
    fileprivate static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.success(let a), .success(let b)): a == b
        case (.failure(let a), .failure(let b)): a == b
        default: false
        }
    }
}
