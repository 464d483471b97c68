import CPangoCairo

/// The font families Pango can find on this machine (through fontconfig), to check the families
/// a site names for its books: a family that is missing would silently be replaced by another.
public enum InstalledFonts {
    /// Whether `family` is installed, or is one of fontconfig's generic names ("serif",
    /// "sans-serif", "monospace"). Names are compared as fontconfig does: without regard to case
    /// or spaces.
    public static func contains(_ family: String) -> Bool {
        let key = normalized(family)
        return generic.contains(key) || families.contains(key)
    }

    /// Installed families to suggest for a book's `role` ("serif", "sans", "mono"): its default
    /// first, then others whose name holds the role, that have every Vietnamese letter.
    public static func suggestions(for role: String, default family: String) -> [String] {
        let others = names.filter { $0.localizedCaseInsensitiveContains(role) && $0 != family }.sorted()
        return ([family] + others).filter { contains($0) && lacking(vietnameseLetters, in: $0).isEmpty }
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
        let description = Font(family: family, size: 12).pangoDescription()
        defer { pango_font_description_free(description) }
        guard let font = pango_font_map_load_font(map, context, description) else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        guard let coverage = pango_font_get_coverage(font, pango_language_from_string("vi")) else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(coverage)) }
        return letters.filter { letter in
            letter.unicodeScalars.contains { pango_coverage_get(coverage, Int32($0.value)) == PANGO_COVERAGE_NONE }
        }
    }

    private static func normalized(_ family: String) -> String {
        family.lowercased().filter { $0 != " " }
    }

    private static let generic: Set<String> = ["serif", "sans-serif", "sans", "monospace", "mono", "system-ui"]

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

    private static let families = Set(names.map(normalized))
}
