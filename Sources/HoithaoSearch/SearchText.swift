/// The text of rendered HTML, for indexing and excerpts.
public enum SearchText {
    /// `html` without its tags, its few entities (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;`) as characters, and each
    /// tag a space, so that words in neighbouring cells or list items stay apart.
    public static func plain(fromHTML html: String) -> String {
        var output: [UInt8] = []
        var html = html
        html.withUTF8 { bytes in
            output.reserveCapacity(bytes.count)
            var index = 0
            var inTag = false
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if inTag {
                    if byte == UInt8(ascii: ">") { inTag = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "<"):
                    inTag = true
                    if output.last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
                case UInt8(ascii: "&"):
                    let rest = bytes[index..<min(index + 5, bytes.count)]
                    let entity = entities.first { rest.starts(with: $0.name.utf8) }
                    output.append(entity?.character ?? byte)
                    index += entity?.name.utf8.count ?? 0
                case UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    if output.last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
                default:
                    output.append(byte)
                }
            }
        }
        return String(decoding: output, as: UTF8.self).trimmingSpaces
    }

    private static let entities: [(name: String, character: UInt8)] = [
        ("amp;", UInt8(ascii: "&")), ("lt;", UInt8(ascii: "<")), ("gt;", UInt8(ascii: ">")),
        ("quot;", UInt8(ascii: "\"")), ("#39;", UInt8(ascii: "'")),
    ]

    /// The start of `text`, at most `length` characters, ended at a space with "…" when cut.
    public static func excerpt(_ text: String, length: Int = 160) -> String {
        // Counting only as far as the cut: a body can be long.
        guard text.prefix(length + 1).count > length else { return text }
        let cut = text.prefix(length)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else {
            return ""
        }
        return String(self[first...last])
    }
}
