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

    /// The font files `layout`'s families take in the four styles, each with its fallbacks.
    static func fileCount(_ layout: BookLayout) -> Int {
        files(layout, sample: sample + layout.unusualCharacters).count
    }

    /// The characters of `texts` that `unusualCharacters` is for, each once, in code point order.
    static func unusualCharacters(in texts: some Sequence<String>) -> String {
        var seen = [UInt64](repeating: 0, count: 0x11_0000 / 64)
        for scalar in sample.unicodeScalars { seen[Int(scalar.value) / 64] |= 1 << (scalar.value % 64) }
        var found: [Unicode.Scalar] = []
        for text in texts {
            for scalar in text.unicodeScalars where scalar.value >= 0x80 {
                let (word, bit) = (Int(scalar.value) / 64, UInt64(1) << (scalar.value % 64))
                guard seen[word] & bit == 0 else { continue }
                seen[word] |= bit
                found.append(scalar)
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: found.sorted { $0.value < $1.value })
        return String(result)
    }

    /// The font files `layout`'s typesetting uses, each with its size and modification time, so
    /// that installing another version of a family makes the books again; read once per process.
    static func fingerprint(_ layout: BookLayout) -> String {
        let key = [layout.serif, layout.sans, layout.mono]
        if let known = cache.withLock({ fingerprints[key] }) { return known }
        let fingerprint = files(layout, sample: sample).map { file in
            let status = try? FileManager.default.attributesOfItem(atPath: file.path)
            let size = (status?[.size] as? NSNumber)?.int64Value ?? -1
            let time = (status?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(file.path)#\(file.index) \(size) \(time)"
        }.joined(separator: "\n")
        cache.withLock { fingerprints[key] = fingerprint }
        return fingerprint
    }

    private static let exclusive = NSLock()
    private static let cache = NSLock()
    nonisolated(unsafe) private static var resolved: [[String]: [FontFile]] = [:]
    nonisolated(unsafe) private static var fingerprints: [[String]: String] = [:]

    /// One face of a font file: its path and its index in a collection.
    private struct FontFile: Hashable, Comparable {
        var path: String
        var index: Int32

        static func < (lhs: FontFile, rhs: FontFile) -> Bool {
            (lhs.path, lhs.index) < (rhs.path, rhs.index)
        }
    }

    /// What every book prints, besides the letters of English.
    private static let sample =
        "Hoithao 0123456789 .,;:!?()[]–—“”‘’•…" + InstalledFonts.vietnameseLetters

    /// Found once for each set of families and characters.
    private static func files(_ layout: BookLayout, sample: String) -> [FontFile] {
        let key = [layout.serif, layout.sans, layout.mono, sample]
        return cache.withLock {
            if let files = resolved[key] { return files }
            let files = findFiles([layout.serif, layout.sans, layout.mono], sample: sample)
            resolved[key] = files
            return files
        }
    }

    /// Itemizing picks each run's font (fallbacks included) without measuring a glyph, so no font
    /// file is opened by Cairo here.
    private static func findFiles(_ families: [String], sample: String) -> [FontFile] {
        guard let context = ShapingContext(), let attributes = pango_attr_list_new() else { return [] }
        defer { pango_attr_list_unref(attributes) }
        var files: Set<FontFile> = []
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
                    if let font = item.pointee.analysis.font, let file = file(of: font) { files.insert(file) }
                    node = current.pointee.next
                }
            }
        }
        return files.sorted()
    }

    /// The file fontconfig matched for `font`.
    private static func file(of font: UnsafeMutablePointer<PangoFont>) -> FontFile? {
        let fcFont = UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)
        guard let pattern = pango_fc_font_get_pattern(fcFont) else { return nil }
        var path: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        guard FcPatternGetString(pattern, "file", 0, &path) == FcResultMatch, let path else { return nil }
        _ = FcPatternGetInteger(pattern, "index", 0, &index)
        return FontFile(path: String(cString: path), index: index)
    }
}

extension BookLayout {
    /// The font files the book is typeset with, each with its size and modification time: part of
    /// what decides whether a book must be made again.
    public var fontFingerprint: String { FontBudget.fingerprint(self) }

    /// The characters of `texts` that `unusualCharacters` is for, each once, in code point order.
    public static func unusualCharacters(in texts: some Sequence<String>) -> String {
        FontBudget.unusualCharacters(in: texts)
    }
}
