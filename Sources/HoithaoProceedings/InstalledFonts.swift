import CPangoCairo

/// The font families Pango can find on this machine (through fontconfig), to check the families
/// a site names for its books: a family that is missing would silently be replaced by another.
public enum InstalledFonts {
    /// Whether `family` is installed; names are compared without regard to case, as fontconfig does.
    public static func contains(_ family: String) -> Bool {
        families.contains(family.lowercased())
    }

    /// Installed families whose name holds `word` ("Serif", "Mono"), in alphabetical order.
    public static func named(like word: String) -> [String] {
        names.filter { $0.localizedCaseInsensitiveContains(word) }.sorted()
    }

    /// Vietnamese letters beyond ASCII, in both cases.
    public static let vietnameseLetters: String = {
        let lower = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
        return lower + lower.uppercased()
    }()

    /// The letters of `letters` that the regular face of `family` has no glyph for: Pango would take
    /// them from another font, in the middle of a word.
    public static func lacking(_ letters: String, in family: String) -> [Character] {
        guard let map = pango_cairo_font_map_new() else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(map)) }
        guard let context = pango_font_map_create_context(map) else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        let description = pango_font_description_from_string(family + " 12")
        defer { pango_font_description_free(description) }
        guard let font = pango_font_map_load_font(map, context, description),
            let coverage = pango_font_get_coverage(font, pango_language_from_string("vi"))
        else { return [] }
        defer {
            g_object_unref(UnsafeMutableRawPointer(coverage))
            g_object_unref(UnsafeMutableRawPointer(font))
        }
        return letters.filter { letter in
            letter.unicodeScalars.contains { pango_coverage_get(coverage, Int32($0.value)) == PANGO_COVERAGE_NONE }
        }
    }

    private static let names: [String] = {
        guard let map = pango_cairo_font_map_new() else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(map)) }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(map, &list, &count)
        defer { g_free(list) }
        guard let list else { return [] }
        return (0..<Int(count)).compactMap { index in
            list[index].flatMap { pango_font_family_get_name($0) }.map { String(cString: $0) }
        }
    }()

    private static let families = Set(names.map { $0.lowercased() })
}
