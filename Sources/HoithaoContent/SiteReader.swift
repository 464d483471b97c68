import HoithaoModel

/// Reads `site.yaml` into a `SiteConfig`.
struct SiteReader {
    static let keys = [
        "name", "host", "description", "language", "base_url", "timezone", "contact", "markdown", "agenda_kinds",
        "book_page_size", "book_fonts", "server", "search",
    ]

    let reader: YAMLReader

    func read(_ root: YAMLMapping) -> SiteConfig? {
        guard let name = root.text("name", required: "Cổng thông tin hội thảo khoa học") else { return nil }
        var config = SiteConfig(name: name)
        config.host = root.text("host")
        config.description = root.text("description")
        config.language = root.choice("language") ?? .vietnamese
        config.baseURL = readBaseURL(root)
        if let zone = root.text("timezone") {
            if TimeZoneCheck.isKnown(zone) {
                config.timeZone = zone
            } else {
                reader.error(
                    at: root.value("timezone"),
                    "`timezone` \"\(zone)\" is not a known IANA time zone; write for example `timezone: Asia/Ho_Chi_Minh`"
                )
            }
        }
        if let contact = root.mapping("contact", keys: ["email", "phone", "address"]) {
            config.contact = Contact(
                email: contact.text("email"), phone: contact.text("phone"), address: contact.text("address"))
        }
        config.customKinds = readKinds(root)
        config.bookPageSize = root.choice("book_page_size") ?? .a4
        config.server = root.choice("server")
        config.search = root.boolean("search") ?? true
        config.bookFonts = readBookFonts(root)
        if let markdown = root.mapping("markdown", keys: ["raw_html"]) {
            config.allowsRawHTML = markdown.boolean("raw_html") ?? false
        }
        return config
    }

    /// `book_fonts: {serif: Liberation Serif}`: the books' typefaces, each where it is written, so a
    /// family that is not installed can be reported there.
    private func readBookFonts(_ root: YAMLMapping) -> BookFonts {
        guard let fonts = root.mapping("book_fonts", keys: ["serif", "sans", "mono"]) else { return BookFonts() }
        func choice(_ key: String) -> BookFonts.Choice? {
            fonts.text(key).map { BookFonts.Choice(family: $0, location: reader.location(of: fonts.value(key))) }
        }
        return BookFonts(serif: choice("serif"), sans: choice("sans"), mono: choice("mono"))
    }

    /// `agenda_kinds: {field-trip: Tham quan thực địa}`: the site's own kinds of agenda item and their labels.
    private func readKinds(_ root: YAMLMapping) -> [String: String] {
        guard let node = root.value("agenda_kinds") else { return [:] }
        guard let mapping = node.mapping else {
            reader.error(at: node, "`agenda_kinds` maps a kind to its label, e.g. `field-trip: Tham quan thực địa`")
            return [:]
        }
        var kinds: [String: String] = [:]
        for (key, value) in mapping {
            guard let id = key.scalar?.string, Slug.isValid(id), let label = value.scalar?.string.nfc, !label.isEmpty
            else {
                reader.error(
                    at: key,
                    "each of `agenda_kinds` is a lowercase word and its label, e.g. `field-trip: Tham quan thực địa`")
                continue
            }
            kinds[id] = label
        }
        return kinds
    }

    private func readBaseURL(_ root: YAMLMapping) -> String? {
        guard let url = root.text("base_url") else { return nil }
        guard let normalized = BaseURL.normalize(url) else {
            reader.error(
                at: root.value("base_url"),
                "`base_url` must be an absolute http or https address such as `https://hoithao.example.vn/`, not \"\(url)\""
            )
            return nil
        }
        return normalized
    }
}

/// The site's public address, always ending in `/`.
public enum BaseURL {
    /// `https://example.org/sub` → `https://example.org/sub/`; nil for anything that is not http(s).
    public static func normalize(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
            !text.contains(" "), !text.contains("\""), !text.contains("<"),
            text.split(separator: "/").count >= 2
        else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
