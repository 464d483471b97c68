import CPangoCairo
import Foundation

/// Cairo 1.16 closes a font file, without the lock of a thread that is about to use it, once ten are
/// open in the process (`MAX_OPEN_FACES`). Books whose typefaces, with the fonts Pango falls back on
/// for Vietnamese letters and common punctuation, take that many files are therefore typeset one at
/// a time, on one thread; the default ones (Noto) take fewer and keep every core.
enum FontBudget {
    /// The files Cairo keeps open; from here on it closes some.
    static let openFiles = 10

    /// Runs `body` alone in the process when `layout`'s typefaces take too many files, telling it
    /// whether it may use more than one thread.
    static func typesetting<T>(_ layout: BookLayout, _ body: (_ parallel: Bool) throws -> T) rethrows -> T {
        guard fileCount(layout) >= openFiles else { return try body(true) }
        return try exclusive.withLock { try body(false) }
    }

    /// The font files `layout`'s families take in the four styles, each with its fallbacks; counted
    /// once for each set of families.
    static func fileCount(_ layout: BookLayout) -> Int {
        let key = [layout.serif, layout.sans, layout.mono]
        return cache.withLock {
            if let count = counts[key] { return count }
            let count = countFiles(key)
            counts[key] = count
            return count
        }
    }

    private static let exclusive = NSLock()
    private static let cache = NSLock()
    nonisolated(unsafe) private static var counts: [[String]: Int] = [:]

    /// What a book prints, besides the letters of English.
    private static let sample =
        "Hoithao 0123456789 .,;:!?()[]–—“”‘’•…" + InstalledFonts.vietnameseLetters

    /// Itemizing picks each run's font (fallbacks included) without measuring a glyph, so no font
    /// file is opened by Cairo here.
    private static func countFiles(_ families: [String]) -> Int {
        guard let context = ShapingContext(), let attributes = pango_attr_list_new() else { return openFiles }
        defer { pango_attr_list_unref(attributes) }
        var files: Set<Int> = []
        for family in families {
            for (bold, italic) in [(false, false), (true, false), (false, true), (true, true)] {
                let description = Font(family: family, size: 12, bold: bold, italic: italic).pangoDescription()
                defer { pango_font_description_free(description) }
                pango_context_set_font_description(context.context, description)
                let items = pango_itemize(context.context, sample, 0, Int32(sample.utf8.count), attributes, nil)
                defer { g_list_free_full(items) { pango_item_free($0?.assumingMemoryBound(to: PangoItem.self)) } }
                var node = items
                while let current = node {
                    let item = current.pointee.data.assumingMemoryBound(to: PangoItem.self)
                    if let font = item.pointee.analysis.font, let face = hb_font_get_face(pango_font_get_hb_font(font))
                    {
                        files.insert(Int(bitPattern: UnsafeRawPointer(face)))
                    }
                    node = current.pointee.next
                }
            }
        }
        return files.count
    }
}
