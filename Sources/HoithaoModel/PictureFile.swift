/// What a picture file's bytes say of it, read from its structure without decoding a pixel: whether it is a
/// whole PNG or JPEG, and its size. The books use only pictures that pass, so a damaged or huge one is left out
/// (with a warning) rather than embedded broken or decoded into gigabytes.
public enum PictureFile {
    /// The most pixels a picture may have: 50 megapixels (8660 × 5773) take 200 MB decoded; a printed page
    /// shows at most a few megapixels.
    public static let pixelLimit = 50_000_000

    /// The size of the picture in `bytes`, or why it cannot be used.
    public static func check(_ bytes: [UInt8]) -> Result<(width: Int, height: Int), Problem> {
        let size: (width: Int, height: Int)
        if bytes.starts(with: pngSignature) {
            guard let found = pngSize(bytes) else { return .failure(.damaged("PNG")) }
            size = found
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            guard let found = jpegSize(bytes) else { return .failure(.damaged("JPEG")) }
            size = found
        } else {
            return .failure(.notAPicture)
        }
        guard size.width > 0, size.height > 0 else { return .failure(.damaged(bytes[0] == 0xFF ? "JPEG" : "PNG")) }
        guard size.width <= pixelLimit / size.height else { return .failure(.tooLarge(size.width, size.height)) }
        return .success(size)
    }

    /// The size a PNG's IHDR or a JPEG's start-of-frame gives, read from the header alone (the page's `width` and
    /// `height`, whether or not the rest of the file is whole); nil for other files.
    public static func size(header bytes: [UInt8]) -> PictureSize? {
        var size: (width: Int, height: Int)?
        if bytes.starts(with: pngSignature), bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) {
            size = (number(bytes, at: 16, count: 4), number(bytes, at: 20, count: 4))
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            size = startOfFrame(bytes)
        }
        guard let size, size.width > 0, size.height > 0 else { return nil }
        return PictureSize(width: size.width, height: size.height)
    }

    /// Width and height from the first start-of-frame segment, walking the segments before it.
    private static func startOfFrame(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        var offset = 2
        while offset + 9 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if marker == 0xFF || (0xD0...0xD7).contains(marker) || marker == 0x01 {
                offset += marker == 0xFF ? 1 : 2
                continue
            }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (number(bytes, at: offset + 7, count: 2), number(bytes, at: offset + 5, count: 2))
            }
            guard marker != 0xDA else { return nil }
            offset += 2 + number(bytes, at: offset + 2, count: 2)
        }
        return nil
    }

    /// Why a picture is left out.
    public enum Problem: Error, Equatable {
        case notAPicture
        case damaged(String)
        case tooLarge(Int, Int)

        /// What is wrong and what to do, for a warning.
        public var message: String {
            switch self {
            case .notAPicture: "is not a PNG or JPEG picture; save it as one of these"
            case .damaged(let format):
                "is a damaged or cut-short \(format) file (its structure ends early or a checksum fails); "
                    + "copy or export it again"
            case .tooLarge(let width, let height):
                "has \(width) × \(height) pixels, more than the \(pixelLimit / 1_000_000) megapixels a book "
                    + "can hold; scale it down (3000 pixels wide is plenty for a printed page)"
            }
        }
    }

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Width and height from IHDR, when every chunk is whole, its CRC right, and IEND ends the file.
    private static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        var offset = pngSignature.count
        var size: (width: Int, height: Int)?
        while offset + 12 <= bytes.count {
            let length = number(bytes, at: offset, count: 4)
            guard length <= bytes.count - offset - 12 else { return nil }
            let type = bytes[(offset + 4)..<(offset + 8)]
            let end = offset + 8 + length
            guard CRC32.of(bytes[(offset + 4)..<end]) == UInt32(number(bytes, at: end, count: 4)) else { return nil }
            if offset == pngSignature.count {
                guard type.elementsEqual("IHDR".utf8), length >= 8 else { return nil }
                size = (number(bytes, at: offset + 8, count: 4), number(bytes, at: offset + 12, count: 4))
            }
            if type.elementsEqual("IEND".utf8) { return size }
            offset = end + 4
        }
        return nil
    }

    /// Width and height from the start-of-frame segment, when the segments before the image data are whole
    /// and an end-of-image marker follows it.
    private static func jpegSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        var offset = 2
        var size: (width: Int, height: Int)?
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF {
                offset += 1
                continue
            }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                offset += 2
                continue
            }
            let length = number(bytes, at: offset + 2, count: 2)
            guard length >= 2, offset + 2 + length <= bytes.count else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 7 else { return nil }
                size = (number(bytes, at: offset + 7, count: 2), number(bytes, at: offset + 5, count: 2))
            }
            offset += 2 + length
            if marker == 0xDA {
                // The image data: it must be followed by the end-of-image marker, which a cut file lacks.
                guard size != nil, hasEndOfImage(bytes, after: offset) else { return nil }
                return size
            }
        }
        return nil
    }

    private static func hasEndOfImage(_ bytes: [UInt8], after start: Int) -> Bool {
        var index = bytes.count - 2
        while index >= start {
            if bytes[index] == 0xFF, bytes[index + 1] == 0xD9 { return true }
            index -= 1
        }
        return false
    }

    private static func number(_ bytes: [UInt8], at offset: Int, count: Int) -> Int {
        bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}

/// The CRC-32 of PNG chunks and zip files (ISO 3309), by table.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { value, _ in value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    }

    static func of(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
