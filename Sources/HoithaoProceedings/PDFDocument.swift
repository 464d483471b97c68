import CPangoCairo
import Foundation
import HoithaoModel

/// A Cairo PDF surface writing into memory, with its drawing context and a Pango context on it.
final class PDFDocument {
    /// Collects the bytes Cairo writes.
    private final class Sink {
        var data = Data()
    }

    private let sink = Sink()
    let surface: OpaquePointer
    let cairo: OpaquePointer
    let pango: OpaquePointer

    init(width: Double, height: Double) throws {
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard
            let surface = cairo_pdf_surface_create_for_stream(
                { closure, bytes, length in
                    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                    Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                    return CAIRO_STATUS_SUCCESS
                }, closure, width, height)
        else { throw ProceedingsError.cairo("cannot create a PDF surface") }
        self.surface = surface
        // Cairo 1.17 and later write PDF 1.5 with compressed object streams; PDF 1.4 keeps the plain
        // page tree and cross-reference table that `PageOrder` and `CrossReferences` edit in place.
        if cairo_version() >= 1_17_00 { cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_4) }
        guard let cairo = cairo_create(surface), let pango = pango_cairo_create_context(cairo) else {
            cairo_surface_destroy(surface)
            throw ProceedingsError.cairo("cannot create a drawing context")
        }
        self.cairo = cairo
        self.pango = pango
        Self.configure(pango)
    }

    /// Sizes are in points (72 per inch), and neither glyph advances nor glyph positions are rounded
    /// to a screen's pixels (at 72 per inch a pixel is a whole point), so letters keep the spacing
    /// their font gives them and Cairo writes each run of text without per-glyph corrections.
    static func configure(_ pango: OpaquePointer) {
        pango_cairo_context_set_resolution(pango, 72)
        pango_context_set_round_glyph_positions(pango, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(pango, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// Document information, each value on one line without control characters; `date` is ISO 8601
    /// (`2027-10-14T00:00:00+07:00`).
    func setMetadata(title: String, author: String, subject: String, keywords: String, date: String) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, PlainText.singleLine(title))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, PlainText.singleLine(author))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, PlainText.singleLine(subject))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, PlainText.singleLine(keywords))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Hoithao")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// Adds a bookmark to page `page` under `parent` (0 for the top level); returns its id.
    @discardableResult
    func addOutline(_ title: String, page: Int, parent: Int32 = 0) -> Int32 {
        cairo_pdf_surface_add_outline(
            surface, parent, title, "page=\(page) pos=[0 0]",
            cairo_pdf_outline_flags_t(CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue))
    }

    /// A clickable area to an external URL.
    func link(x: Double, y: Double, width: Double, height: Double, url: String) {
        tag("rect=[\(x) \(y) \(width) \(height)] uri='\(Self.attributeSafe(url))'")
    }

    /// A clickable area to a page of this document.
    func link(x: Double, y: Double, width: Double, height: Double, page: Int) {
        // `pos` makes the destination the page's top; without it viewers keep the current scroll offset.
        tag("rect=[\(x) \(y) \(width) \(height)] page=\(page) pos=[0 0]")
    }

    private func tag(_ attributes: String) {
        cairo_tag_begin(cairo, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cairo, CAIRO_TAG_LINK)
    }

    /// Cairo's attribute strings are quoted with `'`: percent-encode what could end or confuse them.
    private static func attributeSafe(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "'"), byte != UInt8(ascii: "\\") {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    /// Ends the document and returns the PDF's bytes, its cross-reference table repaired.
    func finish() throws -> Data {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ProceedingsError.cairo(String(cString: cairo_status_to_string(status)))
        }
        return try CrossReferences.freeingUnwrittenObjects(in: sink.data)
    }
}

/// A Pango context on a font map of its own, for shaping text on another thread (a Pango font map
/// must not be used by two threads at once); owns both.
final class ShapingContext: @unchecked Sendable {
    let context: OpaquePointer

    init?() {
        guard let fontMap = pango_cairo_font_map_new() else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(fontMap)) }
        guard let context = pango_font_map_create_context(fontMap) else { return nil }
        self.context = context
        PDFDocument.configure(context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
    }
}

/// Why the proceedings could not be made.
public enum ProceedingsError: Error, CustomStringConvertible {
    case cairo(String)
    case epub(String)
    case zip(String)

    public var description: String {
        switch self {
        case .cairo(let reason): "the PDF could not be written: \(reason)"
        case .zip(let reason): "the zip of the authors' files could not be written: \(reason)"
        case .epub(let reason): "the EPUB could not be written: \(reason)"
        }
    }
}
