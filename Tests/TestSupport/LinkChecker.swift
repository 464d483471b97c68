import Foundation

/// Finds internal links and fragments in a built site that lead nowhere.
public enum LinkChecker {
    /// One broken link: the page it is on and the link as written.
    public struct Broken: Equatable, CustomStringConvertible {
        public var page: String
        public var link: String
        public var description: String { "\(page): \(link)" }
    }

    /// Every `href` and `src` of every HTML page under `folder` that points inside the site and does not resolve.
    public static func brokenLinks(in folder: String) throws -> [Broken] {
        let files = Set(allFiles(in: folder))
        var idsByPage: [String: Set<String>] = [:]
        func ids(of page: String) throws -> Set<String> {
            if let known = idsByPage[page] { return known }
            let html = try String(contentsOfFile: folder + "/" + page, encoding: .utf8)
            let found = Set(matches(of: #"\sid="([^"]*)""#, in: html))
            idsByPage[page] = found
            return found
        }
        var broken: [Broken] = []
        for page in files.sorted() where page.hasSuffix(".html") {
            let html = try String(contentsOfFile: folder + "/" + page, encoding: .utf8)
            for link in matches(of: #"\s(?:href|src)="([^"]*)""#, in: html) {
                guard !link.contains(":") || link.hasPrefix("#") else { continue }  // external: listed, never fetched
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let pathPart = String(parts[0]).removingPercentEncoding ?? String(parts[0])
                let target = pathPart.isEmpty ? page : resolve(pathPart, from: page)
                guard let target, files.contains(target) else {
                    broken.append(Broken(page: page, link: link))
                    continue
                }
                if parts.count == 2, target.hasSuffix(".html"), !(try ids(of: target)).contains(String(parts[1])) {
                    broken.append(Broken(page: page, link: link))
                }
            }
        }
        return broken
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
        return link.hasSuffix("/") ? path + "/index.html" : path
    }

    static func allFiles(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var result: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                result.append(path)
            }
        }
        return result
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
