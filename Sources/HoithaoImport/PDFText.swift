import CPoppler
import Foundation

/// The text layer of a PDF, page by page, read with poppler's GLib API (the reference PDF text extractor).
enum PDFText {
    /// The PDF's text with a form feed between pages, as `pdftotext` writes it, so page numbers and running
    /// headers are recognized at page breaks.
    static func text(_ data: Data) -> Result<String, DocumentRefusal> {
        guard data.starts(with: Array("%PDF-".utf8)) else {
            return .failure(.notA("PDF", "it does not start with %PDF-"))
        }
        var error: UnsafeMutablePointer<GError>?
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "poppler could not open it"
            let locked = error?.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
            g_clear_error(&error)
            return .failure(locked ? .locked : .notA("PDF", reason))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = poppler_document_get_n_pages(document)
        var pages: [String] = []
        var size = 0
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, index) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            guard let text = poppler_page_get_text(page) else { continue }
            defer { g_free(text) }
            pages.append(String(cString: text))
            size += pages[pages.count - 1].utf8.count
            if size > DocumentRefusal.textLimit { return .failure(.tooLarge("its text", size)) }
        }
        let letters = pages.reduce(0) { $0 + $1.unicodeScalars.filter(CharacterSet.letters.contains).count }
        // A scan holds pictures of pages; a few letters (a stamp, a page number) are no text layer.
        guard letters >= 20 * max(1, Int(count)) / 4 else { return .failure(.scanned(pages: Int(count))) }
        return .success(pages.joined(separator: "\n\u{0C}"))
    }
}
