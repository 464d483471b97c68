import Foundation
import HoithaoModel
import HoithaoRoutes

/// The `<img>` of a page for the pictures its Markdown shows from the content: `src` leads from the page to the
/// picture's one copy, and `width` and `height` from the picture's header keep the page from shifting as it loads.
enum PagePictures {
    /// `html` rendered from a Markdown file that shows `pictures` (by `Picture.key`), as the page at `page` shows it.
    static func html(_ html: String, pictures: [String: Picture]?, page: PagePath) -> String {
        guard let pictures, !pictures.isEmpty else { return html }
        let opening = "<img src=\""
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: opening) {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            // libcmark escapes `&` and `'` in a URL as entities, and percent-encodes what a URL may not hold.
            let written = rest[..<end].replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&#x27;", with: "'")
            guard let picture = pictures[Picture.key(written)] else { continue }
            result += Escape.html(page.relativeLink(toFile: picture.file.destination)) + "\""
            if let size = picture.size { result += " width=\"\(size.width)\" height=\"\(size.height)\"" }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// What a page's HTML takes from its pictures, for its digest.
    static func digest(_ pictures: [String: Picture]?) -> String {
        (pictures ?? [:]).sorted { $0.key < $1.key }.map { key, picture in
            "\(key)\t\(picture.file.destination)\t\(picture.size.map { "\($0.width)x\($0.height)" } ?? "-")"
        }.joined(separator: "\n")
    }
}
