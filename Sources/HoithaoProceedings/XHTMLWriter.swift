import Foundation
import HoithaoMarkdown
import HoithaoModel

/// Writes Markdown blocks as XHTML for the EPUB, collecting the pictures it refers to.
///
/// Built from the block tree rather than libcmark's HTML, so every element is well-formed XML
/// whatever the site's raw HTML setting: void elements closed, text escaped, relative links (which
/// point into the website, not the book) kept as plain text.
struct XHTMLWriter {
    /// The EPUB's pictures by source path, and their names inside the book.
    var images: [(path: String, name: String)] = []

    /// The words of the document's own notes section ("Chú thích").
    var footnotesTitle = "Chú thích"

    /// A document's blocks under its `h1` title (its highest headings become `h2`), then its footnotes.
    mutating func document(_ document: MarkdownDocument, finder: ImageFinder) -> String {
        let levels = document.blocks.compactMap { block -> Int? in
            if case .heading(let level, _, _) = block { return level }
            return nil
        }
        var body = blocks(document.blocks, finder: finder, shift: max(0, 2 - (levels.min() ?? 2)))
        guard !document.footnotes.isEmpty else { return body }
        // EPUB 3's notes: each an `aside` a reading system may show as a pop-up where it is referenced.
        body += "<section class=\"footnotes\" epub:type=\"footnotes\">\n<h2>\(Escape.html(footnotesTitle))</h2>\n"
        for note in document.footnotes {
            body += "<aside id=\"fn-\(note.number)\" epub:type=\"footnote\">\n"
            body += "<p class=\"footnote-number\"><a href=\"#fnref-\(note.number)\">\(note.number)</a></p>\n"
            body += blocks(note.blocks, finder: finder, shift: 0) + "</aside>\n"
        }
        return body + "</section>\n"
    }

    private mutating func blocks(_ blocks: [MarkdownBlock], finder: ImageFinder, shift: Int) -> String {
        blocks.map { block($0, finder: finder, shift: shift) }.joined()
    }

    private mutating func block(_ block: MarkdownBlock, finder: ImageFinder, shift: Int) -> String {
        switch block {
        case .paragraph(let inlines):
            return "<p>\(self.inlines(inlines, finder: finder))</p>\n"
        case .heading(let level, let inlines, let id):
            let tag = "h\(min(level + shift, 6))"
            return "<\(tag) id=\"\(Escape.attribute(id))\">\(self.inlines(inlines, finder: finder))</\(tag)>\n"
        case .list(let ordered, let start, let items):
            let open = ordered ? (start == 1 ? "<ol>" : "<ol start=\"\(start)\">") : "<ul>"
            let entries = items.map { "<li>\(blocks($0, finder: finder, shift: shift))</li>\n" }.joined()
            return open + "\n" + entries + (ordered ? "</ol>\n" : "</ul>\n")
        case .quote(let children):
            return "<blockquote>\n\(blocks(children, finder: finder, shift: shift))</blockquote>\n"
        case .code(let code, _):
            return "<pre><code>\(Escape.html(code))</code></pre>\n"
        case .thematicBreak:
            return "<hr/>\n"
        case .figure(let figure):
            let caption = "<figcaption>\(self.caption(figure.caption, finder: finder))</figcaption>"
            guard let source = image(figure.url, finder: finder) else {
                return
                    "<figure id=\"\(Escape.attribute(figure.caption.id))\"><p>[\(Escape.html(figure.alt))]</p>\(caption)</figure>\n"
            }
            return
                "<figure id=\"\(Escape.attribute(figure.caption.id))\"><img src=\"\(source)\" alt=\"\(Escape.attribute(figure.alt))\"/>"
                + "\(caption)</figure>\n"
        case .table(let table):
            return self.table(table, finder: finder)
        case .references(let children):
            return "<section class=\"references\" epub:type=\"bibliography\">\n"
                + blocks(children, finder: finder, shift: shift) + "</section>\n"
        }
    }

    private mutating func caption(_ caption: MarkdownCaption, finder: ImageFinder) -> String {
        "<span class=\"caption-number\">\(Escape.html(caption.label))</span> \(inlines(caption.text, finder: finder))"
    }

    private mutating func table(_ table: MarkdownTable, finder: ImageFinder) -> String {
        func cell(_ inlines: [MarkdownInline], _ column: Int, header: Bool) -> String {
            let alignment = column < table.alignments.count ? table.alignments[column] : .none
            let attributes =
                (header ? " scope=\"col\"" : "") + (alignment == .none ? "" : " class=\"align-\(alignment.rawValue)\"")
            let tag = header ? "th" : "td"
            return "<\(tag)\(attributes)>\(self.inlines(inlines, finder: finder))</\(tag)>"
        }
        var result = table.caption.map { "<table id=\"\(Escape.attribute($0.id))\">\n" } ?? "<table>\n"
        if let caption = table.caption { result += "<caption>\(self.caption(caption, finder: finder))</caption>\n" }
        result +=
            "<thead><tr>" + table.header.enumerated().map { cell($1, $0, header: true) }.joined() + "</tr></thead>\n"
        if !table.rows.isEmpty {
            result += "<tbody>\n"
            for row in table.rows {
                result += "<tr>" + row.enumerated().map { cell($1, $0, header: false) }.joined() + "</tr>\n"
            }
            result += "</tbody>\n"
        }
        return result + "</table>\n"
    }

    mutating func inlines(_ inlines: [MarkdownInline], finder: ImageFinder) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text): result += Escape.html(text)
            case .emphasis(let children): result += "<em>\(self.inlines(children, finder: finder))</em>"
            case .strong(let children): result += "<strong>\(self.inlines(children, finder: finder))</strong>"
            case .code(let code): result += "<code>\(Escape.html(code))</code>"
            case .mark(let mark, let children):
                result += "<\(mark.element)>\(self.inlines(children, finder: finder))</\(mark.element)>"
            case .link(let url, let children):
                let content = self.inlines(children, finder: finder)
                // A cross-reference ("#figure-2") points into the same document.
                let inside = url.hasPrefix("#") && url.count > 1
                result +=
                    Self.isExternal(url) || inside ? "<a href=\"\(Escape.attribute(url))\">\(content)</a>" : content
            case .footnote(let number):
                result +=
                    "<sup><a id=\"fnref-\(number)\" href=\"#fn-\(number)\" epub:type=\"noteref\">\(number)</a></sup>"
            case .image(let url, let alt):
                if let source = image(url, finder: finder) {
                    result += "<img src=\"\(source)\" alt=\"\(Escape.attribute(alt))\"/>"
                } else {
                    result += Escape.html(alt)
                }
            case .lineBreak: result += "<br/>"
            }
        }
        return result
    }

    /// The picture's name inside the book, adding it the first time; nil when it cannot be used.
    private mutating func image(_ url: String, finder: ImageFinder) -> String? {
        guard let path = finder.path(of: url), let data = try? finder.read(path),
            case .success = PictureFile.check(Array(data)), let type = EPUBMediaType.image(data)
        else { return nil }
        if let known = images.first(where: { $0.path == path }) { return known.name }
        let name = "images/image-\(images.count + 1).\(type.fileExtension)"
        images.append((path, name))
        return name
    }

    static func isExternal(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return ["http://", "https://", "mailto:"].contains { lowered.hasPrefix($0) }
    }

}

/// The picture types an EPUB reading system must show.
enum EPUBMediaType {
    case png, jpeg

    static func image(_ data: Data) -> EPUBMediaType? {
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .png }
        if data.starts(with: [0xFF, 0xD8]) { return .jpeg }
        return nil
    }

    var fileExtension: String { self == .png ? "png" : "jpg" }
    var mimeType: String { self == .png ? "image/png" : "image/jpeg" }
}
