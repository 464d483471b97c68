/// The whole portal as loaded from `Content/`: its configuration, workshops and free pages.
public struct Site: Sendable {
    public var config: SiteConfig
    public var workshops: [Workshop]
    public var pages: [Page]
    /// Files under `Content/static/`, copied as they are to the top of the output.
    public var staticFiles: [CopiedFile]

    public init(config: SiteConfig, workshops: [Workshop], pages: [Page], staticFiles: [CopiedFile]) {
        self.config = config
        self.workshops = workshops
        self.pages = pages
        self.staticFiles = staticFiles
    }
}

/// The portal's settings from `site.yaml`.
public struct SiteConfig: Sendable {
    public var name: String
    public var host: String?
    public var description: String?
    public var language: Language
    /// Always ends with `/` when set.
    public var baseURL: String?
    public var timeZone: String
    public var contact: Contact
    public var allowsRawHTML: Bool
    /// The site's own agenda item kinds and their labels, besides the built-in ones.
    public var customKinds: [String: String] = [:]
    /// The page size of the proceedings books.
    public var bookPageSize: BookPageSize = .a4
    /// The typefaces of the proceedings books, where `site.yaml` chooses them.
    public var bookFonts = BookFonts()
    /// The web server the site is published on, whose configuration the build writes (`server:`).
    public var server: WebServer?
    /// Whether every page has the search box and the build writes the search index (`search: false` turns it off).
    public var search = true

    public init(
        name: String, host: String? = nil, description: String? = nil, language: Language = .vietnamese,
        baseURL: String? = nil, timeZone: String = "Asia/Ho_Chi_Minh", contact: Contact = Contact(),
        allowsRawHTML: Bool = false
    ) {
        self.name = name
        self.host = host
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.timeZone = timeZone
        self.contact = contact
        self.allowsRawHTML = allowsRawHTML
    }
}

/// How to reach the portal's organizers.
public struct Contact: Sendable, Hashable {
    public var email: String?
    public var phone: String?
    public var address: String?

    public init(email: String? = nil, phone: String? = nil, address: String? = nil) {
        self.email = email
        self.phone = phone
        self.address = address
    }
}

/// The paper sizes the proceedings book can be typeset for.
/// A web server Hoithao writes a configuration for.
public enum WebServer: String, Sendable, CaseIterable {
    case apache, iis, nginx
}

public enum BookPageSize: String, Sendable, CaseIterable {
    case a4, a5
}

/// A language the theme has strings for.
public enum Language: String, Sendable, CaseIterable {
    case vietnamese = "vi"
    case english = "en"
}

/// A file taken over byte for byte into the output.
public struct CopiedFile: Sendable, Hashable {
    /// Where it is read from, on disk.
    public var source: String
    /// Where it goes, relative to the output folder, with `/` separators.
    public var destination: String
    public var byteCount: Int

    public init(source: String, destination: String, byteCount: Int) {
        self.source = source
        self.destination = destination
        self.byteCount = byteCount
    }
}

/// A free-standing page from `Content/pages/<slug>.md`.
public struct Page: Sendable {
    public var slug: String
    public var title: String
    public var description: String?
    public var body: RenderedMarkdown
    public var source: String

    public init(slug: String, title: String, description: String?, body: RenderedMarkdown, source: String) {
        self.slug = slug
        self.title = title
        self.description = description
        self.body = body
        self.source = source
    }
}

/// Markdown turned into HTML, with the outline of its headings for a table of contents.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [Heading]
    /// The Markdown it was rendered from, for outputs that need its structure (the proceedings book).
    public var markdown: String
    /// Problems found in the Markdown (an undefined footnote, an unknown cross-reference), at lines of the
    /// Markdown, with an empty path: the file's reader places them.
    public var diagnostics: [Diagnostic]

    public init(html: String, headings: [Heading], markdown: String = "", diagnostics: [Diagnostic] = []) {
        self.html = html
        self.headings = headings
        self.markdown = markdown
        self.diagnostics = diagnostics
    }

    public static let empty = RenderedMarkdown(html: "", headings: [])
}

/// One heading of a Markdown document: its level, plain text and anchor id.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// The typefaces `site.yaml` chose for the proceedings books (`book_fonts:`); nil keeps the default.
public struct BookFonts: Sendable, Hashable {
    /// A font family's name as written, and where.
    public struct Choice: Sendable, Hashable {
        public var family: String
        public var location: SourceLocation

        public init(family: String, location: SourceLocation) {
            self.family = family
            self.location = location
        }
    }

    /// Body text, running heads and captions.
    public var serif: Choice?
    /// Titles and headings.
    public var sans: Choice?
    /// Code.
    public var mono: Choice?

    public init(serif: Choice? = nil, sans: Choice? = nil, mono: Choice? = nil) {
        self.serif = serif
        self.sans = sans
        self.mono = mono
    }

    /// Every choice made, with its key in `site.yaml`.
    public var chosen: [(key: String, choice: Choice)] {
        [("serif", serif), ("sans", sans), ("mono", mono)].compactMap { key, choice in choice.map { (key, $0) } }
    }
}
