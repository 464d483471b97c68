import HoithaoRoutes

/// How a request path maps onto the files of the built site, refusing anything that could leave it.
enum SitePaths {
    /// What a request asks for.
    enum Resolution: Equatable {
        case file(String)
        /// A folder asked for without its trailing slash: redirect so relative links work.
        case redirect(String)
        case notFound
        case forbidden
    }

    /// Resolves `path` (already percent-decoded) against the set of files the site has.
    static func resolve(_ path: String, in files: Set<String>) -> Resolution {
        guard !path.contains("\0"), !path.contains("\\") else { return .forbidden }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return .forbidden }
        let key = segments.joined(separator: "/")
        if key.isEmpty || key.hasSuffix("/") {
            let index = key + Routes.folderIndex
            return files.contains(index) ? .file(index) : .notFound
        }
        if files.contains(key) { return .file(key) }
        if files.contains(key + "/" + Routes.folderIndex) { return .redirect(path + "/") }
        return .notFound
    }

    /// The Content-Type of a file, with `charset=utf-8` for text.
    static func contentType(of path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "ics": return "text/calendar; charset=utf-8"
        case "xml":
            return path.hasSuffix(Routes.feed)
                ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "txt", "bib", "ris": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "pdf": return "application/pdf"
        case "epub": return "application/epub+zip"
        case "zip": return "application/zip"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "pptx": return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        default: return "application/octet-stream"
        }
    }
}
