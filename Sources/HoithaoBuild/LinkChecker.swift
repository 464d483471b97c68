import Foundation
import HoithaoModel
import HoithaoRoutes

/// Finds links inside a built site that lead nowhere: a missing page or file, or a missing `#fragment`.
public enum LinkChecker {
    /// A link that does not resolve, on the page that has it, at the line and column where its address starts.
    public struct BrokenLink: Hashable, Sendable, CustomStringConvertible {
        public var page: String
        public var link: String
        public var line: Int
        public var column: Int
        public var description: String { "\(page):\(line):\(column): \(link)" }
    }

    /// Broken internal links of `pages` (output path → HTML), given every file the site has.
    /// External links (with a scheme) are never fetched.
    public static func brokenLinks(pages: [String: String], files: Set<String>) -> [BrokenLink] {
        var idsByPage: [String: Set<String>] = [:]
        var broken: [BrokenLink] = []
        for (page, html) in pages.sorted(by: { $0.key < $1.key }) {
            for (link, start) in attributes(named: ["href", "src"], in: html) {
                guard !link.contains(":") else { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let pathPart = String(parts[0]).removingPercentEncoding ?? String(parts[0])
                var leadsNowhere = true
                if let target = pathPart.isEmpty ? page : resolve(pathPart, from: page), files.contains(target) {
                    leadsNowhere = false
                    if parts.count == 2, let targetHTML = pages[target] {
                        let ids = idsByPage[target] ?? Set(attributeValues(named: ["id"], in: targetHTML))
                        idsByPage[target] = ids
                        leadsNowhere = !ids.contains(String(parts[1]))
                    }
                }
                guard leadsNowhere else { continue }
                // Counted only for a broken link, which is rare: the line and column where its address starts.
                let before = html[..<start]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let lineStart = before.lastIndex(of: "\n").map { html.index(after: $0) } ?? html.startIndex
                let column = html[lineStart..<start].count + 1
                broken.append(BrokenLink(page: page, link: link, line: line, column: column))
            }
        }
        return broken
    }

    /// Broken internal links of the site built in `folder`.
    public static func brokenLinks(inFolder folder: String) throws -> [BrokenLink] {
        var files: Set<String> = []
        var pages: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            files.insert(path)
            if path.hasSuffix(".html") {
                pages[path] = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            }
        }
        return brokenLinks(pages: pages, files: files)
    }

    /// `../x/index.html` seen from `a/b/index.html` is `a/x/index.html`; nil when it leaves the site.
    static func resolve(_ link: String, from page: String) -> String? {
        var components = page.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            case ".", "": continue
            default: components.append(String(part))
            }
        }
        let path = components.joined(separator: "/")
        return link.hasSuffix("/") ? (path.isEmpty ? "" : path + "/") + Routes.folderIndex : path
    }

    /// The values of the named attributes, with `&amp;` decoded.
    static func attributeValues(named names: [String], in html: String) -> [String] {
        attributes(named: names, in: html).map(\.value)
    }

    /// The values of the named attributes, with `&amp;` decoded, each with where it starts in `html`.
    static func attributes(named names: [String], in html: String) -> [(value: String, start: String.Index)] {
        var values: [(String, String.Index)] = []
        for name in names {
            var rest = html[...]
            let marker = " \(name)=\""
            while let start = rest.range(of: marker) {
                let afterQuote = rest[start.upperBound...]
                guard let end = afterQuote.firstIndex(of: "\"") else { break }
                values.append((afterQuote[..<end].replacingOccurrences(of: "&amp;", with: "&"), start.upperBound))
                rest = afterQuote[end...]
            }
        }
        return values
    }
}
