/// The output path of a page or file, and links from it to others that work from any folder and `file://`.
struct PagePath: Hashable, Sendable {
    /// Relative to the output folder, with `/` separators: `vai-thieu/agenda/index.html`.
    let file: String
    /// An absolute address to link from instead of relative links, for a page served at any depth (404.html).
    var absoluteRoot: String?

    init(_ file: String) {
        self.file = file
    }

    /// A page published as a folder: `vai-thieu/agenda/` becomes `vai-thieu/agenda/index.html`.
    static func folder(_ components: String...) -> PagePath {
        PagePath(components.filter { !$0.isEmpty }.map { $0 + "/" }.joined() + "index.html")
    }

    /// `../../` for a page two folders down: the way back to the top of the site.
    var root: String {
        absoluteRoot ?? String(repeating: "../", count: file.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) })
    }

    /// A relative link from this page to `target`, percent-encoded.
    func link(to target: PagePath) -> String {
        root + URLEncoding.path(target.file)
    }

    /// A relative link to any output file, such as `assets/style.css`.
    func link(toFile target: String) -> String {
        root + URLEncoding.path(target)
    }

    /// The shortest relative link from this page to an output file: `../hinh/so-do.png` from
    /// `hoi-thao/proceedings/bai/index.html` to `hoi-thao/proceedings/hinh/so-do.png`.
    func relativeLink(toFile target: String) -> String {
        let from = file.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var shared = 0
        while shared < from.count, shared < to.count - 1, from[from.startIndex + shared] == to[shared] { shared += 1 }
        return String(repeating: "../", count: from.count - shared)
            + URLEncoding.path(to[shared...].joined(separator: "/"))
    }

    /// The public address under `baseURL`, in the pretty form servers answer (`…/agenda/`).
    func absolute(baseURL: String) -> String {
        var path = file
        if path == "index.html" {
            path = ""
        } else if path.hasSuffix("/index.html") {
            path.removeLast("index.html".count)
        }
        return baseURL + URLEncoding.path(path)
    }
}

/// Percent-encoding for URL paths, leaving the characters a path may hold as they are.
enum URLEncoding {
    static func path(_ text: String) -> String {
        // Paths made of slugs, the usual case, need nothing encoded.
        guard !text.utf8.allSatisfy(isPathByte) else { return text }
        var result = ""
        for byte in text.utf8 {
            if isPathByte(byte) {
                result.append(Character(UnicodeScalar(byte)))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    private static func isPathByte(_ byte: UInt8) -> Bool {
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

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
