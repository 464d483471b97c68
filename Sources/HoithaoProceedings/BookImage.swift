import CPangoCairo
import Foundation
import HoithaoModel

/// A PNG or JPEG picture as a Cairo surface, with the size it is printed at; owns the surface.
final class BookImage {
    let surface: OpaquePointer
    let pixelWidth: Double
    let pixelHeight: Double
    var width: Double
    var height: Double

    private init(surface: OpaquePointer, pixelWidth: Int, pixelHeight: Int) {
        self.surface = surface
        self.pixelWidth = Double(pixelWidth)
        self.pixelHeight = Double(pixelHeight)
        width = Double(pixelWidth)
        height = Double(pixelHeight)
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Scales the picture to `width`, or less when that would make it taller than `maximumHeight`.
    func fit(width: Double, maximumHeight: Double) {
        let scale = min(width / pixelWidth, maximumHeight / pixelHeight)
        self.width = pixelWidth * scale
        self.height = pixelHeight * scale
    }

    /// The picture in `data`, or nil when it is not a whole PNG or JPEG within the pixel limit (checked before
    /// anything is decoded; the build warns about it at the Markdown line).
    static func load(_ data: Data) -> BookImage? {
        guard case .success(let size) = PictureFile.check(Array(data)) else { return nil }
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return png(data) }
        return jpeg(data, size)
    }

    private static func png(_ data: Data) -> BookImage? {
        final class Reader {
            let bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let reader = Reader(Array(data))
        let closure = Unmanaged.passUnretained(reader).toOpaque()
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(
                { closure, buffer, length in
                    guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
                    let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
                    let count = Int(length)
                    guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
                    reader.bytes.withUnsafeBufferPointer { source in
                        if let base = source.baseAddress { buffer.update(from: base + reader.offset, count: count) }
                    }
                    reader.offset += count
                    return CAIRO_STATUS_SUCCESS
                }, closure)
        }
        guard let surface else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        return BookImage(
            surface: surface, pixelWidth: Int(cairo_image_surface_get_width(surface)),
            pixelHeight: Int(cairo_image_surface_get_height(surface)))
    }

    /// A JPEG goes into the PDF as it is: a blank surface of its size carries the file as MIME data.
    private static func jpeg(_ data: Data, _ size: (width: Int, height: Int)) -> BookImage? {
        let (width, height) = size
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            return nil
        }
        guard let copy = malloc(data.count) else {
            cairo_surface_destroy(surface)
            return nil
        }
        data.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { copy.copyMemory(from: base, byteCount: data.count) }
        }
        let status = cairo_surface_set_mime_data(
            surface, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self), UInt(data.count), free, copy)
        guard status == CAIRO_STATUS_SUCCESS else {
            free(copy)
            cairo_surface_destroy(surface)
            return nil
        }
        return BookImage(surface: surface, pixelWidth: width, pixelHeight: height)
    }
}

/// Finds pictures a Markdown file refers to, only inside the workshop's folder and never on the network.
struct ImageFinder {
    /// The folder of the Markdown file; relative URLs start here.
    let base: String
    /// The workshop's folder; nothing outside it is read.
    let root: String
    /// The build's confined reader, which refuses links out of the content.
    let read: @Sendable (String) throws -> Data

    /// The file a relative image URL names, or nil for remote, absolute or escaping URLs.
    func path(of url: String) -> String? {
        guard !url.contains(":"), !url.hasPrefix("/"), !url.isEmpty else { return nil }
        let relative = String(url.prefix { $0 != "#" && $0 != "?" })
        let decoded = relative.removingPercentEncoding ?? relative
        let full = URL(fileURLWithPath: base).appendingPathComponent(decoded).standardizedFileURL.path
        let rootPath = URL(fileURLWithPath: root).standardizedFileURL.path
        return full.hasPrefix(rootPath + "/") ? full : nil
    }

    func image(_ url: String) -> BookImage? {
        guard let path = path(of: url), let data = try? read(path) else { return nil }
        return BookImage.load(data)
    }
}
