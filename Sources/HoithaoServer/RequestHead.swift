/// A request's head (request line and header fields) as `hoithao serve` reads it: in one pass over the bytes,
/// each part bounded, so a long line costs time in proportion to its length up to the bound and is refused
/// there, before anything else looks at it.
struct RequestHead: Equatable {
    var method: String
    var target: String
    var version: String
    var fields: [Field]

    /// One header field, its value without the spaces around it.
    struct Field: Equatable {
        var name: String
        var value: String
    }

    /// The longest request target (path and query) served; a longer one is answered 414.
    static let longestTarget = 4096
    /// The most bytes of header fields after the request line; more is answered 431.
    static let largestFields = 16 * 1024
    /// The most header fields; more is answered 431.
    static let mostFields = 100
    /// Room on the request line for the method, two spaces and the version besides the target.
    static let lineRoom = 64

    /// Why a head is refused, each answered with its status.
    enum Refusal: Error, Equatable {
        /// 414: the request target is longer than `longestTarget`.
        case targetTooLong
        /// 431: the header fields are larger than `largestFields` or more than `mostFields`.
        case fieldsTooLarge
        /// 400: not a request line and header fields.
        case malformed
    }

    /// Reads one head from bytes as they arrive.
    struct Reader {
        private var bytes: [UInt8] = []
        /// Where the line being read starts, and where the search for its end goes on.
        private var lineStart = 0
        private var searched = 0
        private var requestLine: Range<Int>?
        private var fieldLines: [Range<Int>] = []

        init(_ bytes: [UInt8] = []) { self.bytes = bytes }

        /// Adds `more` bytes; returns the head and the bytes after it once the blank line that ends it is
        /// read, nil while it is not.
        mutating func read(_ more: [UInt8]) throws(Refusal) -> (head: RequestHead, rest: [UInt8])? {
            bytes += more
            while let end = bytes[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = lineStart..<end
                if line.count > 0, bytes[end - 1] == UInt8(ascii: "\r") { line = lineStart..<(end - 1) }
                lineStart = end + 1
                searched = lineStart
                if requestLine == nil {
                    // RFC 9112 §2.2: empty lines before the request line are ignored.
                    if !line.isEmpty { requestLine = line }
                } else if line.isEmpty {
                    return (try head(), Array(bytes[lineStart...]))
                } else {
                    fieldLines.append(line)
                    guard fieldLines.count <= RequestHead.mostFields else { throw .fieldsTooLarge }
                }
                try checkBounds()
            }
            searched = bytes.count
            try checkBounds()
            return nil
        }

        /// The bounds checked on what is read so far, a line not yet ended included.
        private func checkBounds() throws(Refusal) {
            if requestLine == nil {
                guard bytes.count - lineStart <= RequestHead.longestTarget + RequestHead.lineRoom else {
                    throw .targetTooLong
                }
            } else if let first = requestLine, bytes.count - first.upperBound > RequestHead.largestFields {
                throw .fieldsTooLarge
            }
        }

        private func head() throws(Refusal) -> RequestHead {
            guard let requestLine else { throw .malformed }
            let parts = bytes[requestLine].split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[2].starts(with: Array("HTTP/1.".utf8))
            else { throw .malformed }
            guard parts[1].count <= RequestHead.longestTarget else { throw .targetTooLong }
            let fields = try fieldLines.map { range throws(Refusal) -> Field in
                let line = bytes[range]
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                    !line[..<colon].contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
                else { throw .malformed }
                return Field(name: text(line[..<colon]), value: text(line[(colon + 1)...]).trimmingSpaces)
            }
            return RequestHead(method: text(parts[0]), target: text(parts[1]), version: text(parts[2]), fields: fields)
        }

        private func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
    }
}

extension String {
    /// Without the spaces and tabs at either end (a header field's optional whitespace).
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
