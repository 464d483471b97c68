/// The kinds of file an author may offer beside a paper (`file:`): documents, never the site's own sources,
/// whose Markdown and YAML may hold private fields and drafts.
enum AuthorFile {
    /// The file name endings published, by kind, as the README lists them.
    static let endings: [(kind: String, endings: [String])] = [
        ("PDF", ["pdf"]),
        ("office files", ["doc", "docx", "odt", "rtf", "xls", "xlsx", "ods"]),
        ("plain text and tables", ["txt", "csv"]),
        ("slides", ["ppt", "pptx", "odp"]),
        ("archives", ["zip", "7z", "tar", "gz", "tgz", "xz"]),
        ("pictures", ["png", "jpg", "jpeg", "gif", "webp", "tif", "tiff"]),
        ("books", ["epub"]),
    ]

    private static let published = Set(endings.flatMap(\.endings))

    static func isPublishable(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return published.contains(name[name.index(after: dot)...].lowercased())
    }

    /// The list for a message: "a PDF (.pdf), office files (.doc, …), …".
    static var kinds: String {
        endings.map { "\($0.kind) (" + $0.endings.map { "." + $0 }.joined(separator: ", ") + ")" }
            .joined(separator: ", ")
    }
}
