/// The output path of a page or file, and links from it to others that work from any folder and `file://`.
public struct PagePath: Hashable, Sendable {
    /// Relative to the output folder, with `/` separators: `vai-thieu/agenda/index.html`.
    public let file: String
    /// An absolute address to link from instead of relative links, for a page served at any depth (404.html).
    public var absoluteRoot: String?

    public init(_ file: String) {
        self.file = file
    }

    /// A page published as a folder: `vai-thieu/agenda/` becomes `vai-thieu/agenda/index.html`.
    public static func folder(_ components: String...) -> PagePath {
        PagePath(components.filter { !$0.isEmpty }.map { $0 + "/" }.joined() + Routes.folderIndex)
    }

    /// `../../` for a page two folders down: the way back to the top of the site.
    public var root: String {
        absoluteRoot ?? String(repeating: "../", count: file.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) })
    }

    /// A relative link from this page to `target`, percent-encoded.
    public func link(to target: PagePath) -> String {
        root + URLEncoding.path(target.file)
    }

    /// A relative link to any output file, such as `assets/style.css`.
    public func link(toFile target: String) -> String {
        root + URLEncoding.path(target)
    }

    /// The shortest relative link from this page to an output file: `../hinh/so-do.png` from
    /// `hoi-thao/proceedings/bai/index.html` to `hoi-thao/proceedings/hinh/so-do.png`.
    public func relativeLink(toFile target: String) -> String {
        let from = file.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var shared = 0
        while shared < from.count, shared < to.count - 1, from[from.startIndex + shared] == to[shared] { shared += 1 }
        return String(repeating: "../", count: from.count - shared)
            + URLEncoding.path(to[shared...].joined(separator: "/"))
    }

    /// The public address under `baseURL`, in the pretty form servers answer (`…/agenda/`).
    public func absolute(baseURL: String) -> String {
        var path = file
        if path == Routes.folderIndex {
            path = ""
        } else if path.hasSuffix("/" + Routes.folderIndex) {
            path.removeLast(Routes.folderIndex.count)
        }
        return baseURL + URLEncoding.path(path)
    }
}

/// Percent-encoding for URL paths, leaving the characters a path may hold as they are.
public enum URLEncoding {
    /// `text` with every byte a path may not hold written as `%XX`.
    public static func path(_ text: String) -> String {
        // Paths made of slugs, the usual case, need nothing encoded.
        guard !text.utf8.allSatisfy(isPathByte) else { return text }
        var result = ""
        for byte in text.utf8 {
            if isPathByte(byte) {
                result.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count < 2 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// Whether `byte` may stand in a URL path as it is: letters, digits, `-._~` and `/`.
    static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }
}
