/// The EPUB's fixed files: the container that points to the package, and the stylesheet.
enum EPUBStyle {
    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
        <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
        </container>

        """

    /// The stylesheet, in the book's typefaces (reading systems may still use their own).
    static func css(_ layout: BookLayout) -> String {
        let serif = quoted(layout.serif)
        let sans = quoted(layout.sans)
        let mono = quoted(layout.mono)
        return """
            body { font-family: \(serif), serif; line-height: 1.45; margin: 0 5%; }
            h1, h2, h3, h4, h5, h6 { font-family: \(sans), sans-serif; line-height: 1.25; }
            h1 { font-size: 1.6em; margin: 1.2em 0 0.6em; }
            p { margin: 0 0 0.6em; text-align: justify; }
            .title-page { text-align: center; margin-top: 20%; }
            .title-page h1 { font-size: 2em; }
            .book, .section { font-family: \(sans), sans-serif; text-transform: uppercase; font-size: 0.8em; }
            .theme { font-style: italic; margin-bottom: 2em; }
            .authors { list-style: none; padding: 0; }
            .abstract, .keywords { font-size: 0.92em; margin-left: 1.5em; }
            blockquote { border-left: 0.2em solid #999; margin: 0.6em 0; padding-left: 1em; }
            pre { background: #f0f0f0; padding: 0.5em; white-space: pre-wrap; font-size: 0.85em; }
            code { font-family: \(mono), monospace; }
            figure { margin: 1em 0; text-align: center; }
            figure img { max-width: 100%; }
            figcaption { font-style: italic; font-size: 0.9em; }
            dt { font-weight: bold; }
            dd { margin: 0 0 0.4em 1.5em; }
            hr { border: 0; border-top: 1px solid #999; width: 25%; margin: 1.2em auto; }

            """
    }

    /// A family name as a CSS string.
    private static func quoted(_ family: String) -> String {
        "\"" + family.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
