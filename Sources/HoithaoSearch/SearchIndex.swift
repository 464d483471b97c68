import HoithaoModel
import HoithaoRoutes

/// The search index of a site, made at build time as small script files a page loads with `<script>` (which
/// browsers allow from `file://`, where they refuse `fetch`): a manifest, the terms split into shards by the
/// start of the folded term (Pagefind's approach, so a query loads only the shards its words need), and the
/// documents in numbered chunks, loaded for the results shown. Each file calls a function of the global
/// `hoithaoSearch` the theme's script defines. The same documents always make the same bytes.
public struct SearchIndex: Sendable {
    /// Each term's postings: documents in increasing order, each with its score.
    public private(set) var postings: [String: [Posting]]
    public let documents: [SearchDocument]

    /// A document that holds a term, and how much the term counts there.
    public struct Posting: Sendable, Hashable {
        public var document: Int
        public var score: Int
    }

    /// The index of `documents`; each document's words are counted on all cores.
    public init(_ documents: [SearchDocument]) {
        self.documents = documents
        let scores = Parallel.map(documents.count) { Self.scores(of: documents[$0]) }
        var postings: [String: [Posting]] = [:]
        for (document, terms) in scores.enumerated() {
            for (term, score) in terms { postings[term, default: []].append(Posting(document: document, score: score)) }
        }
        self.postings = postings
    }

    /// Each term of `document` with its score: for each field, its weight's points for each time the term is
    /// there, up to the weight's cap.
    static func scores(of document: SearchDocument) -> [String: Int] {
        var scores: [String: Int] = [:]
        for field in document.fields {
            var counts: [String: Int] = [:]
            for term in SearchFolding.terms(field.text) { counts[term, default: 0] += 1 }
            for (term, count) in counts {
                scores[term, default: 0] += field.weight.points * min(count, field.weight.cap)
            }
        }
        return scores
    }

    /// The shards' largest size before they are split by one more character.
    public static let shardBytes = 16_384
    /// Documents in one chunk.
    public static let chunkSize = 32

    /// The terms split into shards: by their first two characters (a one-character term alone), and a shard bigger
    /// than `maxBytes` again by one character more, up to six; the term that is a split shard's key stays in it.
    /// A term is in the shard with the longest key that starts it. Keys sorted.
    public func shards(maxBytes: Int = shardBytes) -> [(key: String, terms: [String])] {
        let terms = postings.keys.sorted()
        var shards: [(key: String, terms: [String])] = []
        split(terms[...], key: "", length: 2, maxBytes: maxBytes, into: &shards)
        return shards.sorted { $0.key < $1.key }
    }

    private func split(
        _ terms: ArraySlice<String>, key: String, length: Int, maxBytes: Int,
        into shards: inout [(key: String, terms: [String])]
    ) {
        // The terms shorter than `length` characters stay with `key`; the others are grouped by their first
        // `length` characters, in order, since the terms are sorted.
        var own: [String] = []
        var groups: [(key: String, terms: [String])] = []
        for term in terms {
            // Characters are counted as code points, as the script's `startsWith` compares them.
            guard term.unicodeScalars.count >= length else {
                // A one-character term is a shard of its own, so that a longer word never loads it; below the
                // top, the shorter term is the key itself.
                if key.isEmpty { groups.append((term, [term])) } else { own.append(term) }
                continue
            }
            let prefix = String(String.UnicodeScalarView(term.unicodeScalars.prefix(length)))
            if groups.last?.key == prefix {
                groups[groups.count - 1].terms.append(term)
            } else {
                groups.append((prefix, [term]))
            }
        }
        if !own.isEmpty { shards.append((key, own)) }
        for group in groups {
            if length < 6, group.terms.count > 1, bytes(of: group.terms) > maxBytes {
                split(group.terms[...], key: group.key, length: length + 1, maxBytes: maxBytes, into: &shards)
            } else {
                shards.append(group)
            }
        }
    }

    /// Roughly what a shard of `terms` weighs: each posting is two short numbers.
    private func bytes(of terms: [String]) -> Int {
        terms.reduce(0) { $0 + $1.utf8.count + 4 + 6 * (postings[$1]?.count ?? 0) }
    }

    /// Every file of the index with its address in the output: the manifest, the shards, the document chunks.
    public func files(maxBytes: Int = shardBytes) -> [(path: String, text: String)] {
        let shards = shards(maxBytes: maxBytes)
        var files: [(path: String, text: String)] = []
        var manifest: [UInt8] = []
        manifest += "hoithaoSearch.manifest({\"documents\":\(documents.count),\"chunk\":\(Self.chunkSize),".utf8
        manifest += "\"shards\":{".utf8
        for (index, shard) in shards.enumerated() {
            let path = Routes.searchTerms(shard.key)
            if index > 0 { manifest.append(UInt8(ascii: ",")) }
            Escape.appendJSON(shard.key, to: &manifest)
            manifest.append(UInt8(ascii: ":"))
            Escape.appendJSON(String(path.dropFirst(Routes.searchFolder.count + 1)), to: &manifest)
            files.append((path, shardText(shard)))
        }
        manifest += "}});\n".utf8
        files.insert((Routes.searchManifest, String(decoding: manifest, as: UTF8.self)), at: 0)
        for chunk in stride(from: 0, to: documents.count, by: Self.chunkSize) {
            files.append((Routes.searchDocuments(chunk / Self.chunkSize), chunkText(chunk)))
        }
        return files
    }

    /// `hoithaoSearch.terms("th",{"thieu":[3,41,2,1],…});`: each term's documents as the difference from the
    /// one before (small numbers are short), each followed by its score.
    private func shardText(_ shard: (key: String, terms: [String])) -> String {
        var text: [UInt8] = Array("hoithaoSearch.terms(".utf8)
        Escape.appendJSON(shard.key, to: &text)
        text += ",{".utf8
        for (index, term) in shard.terms.enumerated() {
            if index > 0 { text.append(UInt8(ascii: ",")) }
            Escape.appendJSON(term, to: &text)
            text += ":[".utf8
            var previous = 0
            for (number, posting) in (postings[term] ?? []).enumerated() {
                if number > 0 { text.append(UInt8(ascii: ",")) }
                text += "\(posting.document - previous),\(posting.score)".utf8
                previous = posting.document
            }
            text.append(UInt8(ascii: "]"))
        }
        text += "});\n".utf8
        return String(decoding: text, as: UTF8.self)
    }

    /// `hoithaoSearch.documents(0,[[address,title,kind,context,excerpt],…]);`
    private func chunkText(_ start: Int) -> String {
        var text: [UInt8] = Array("hoithaoSearch.documents(\(start / Self.chunkSize),[".utf8)
        for index in start..<min(start + Self.chunkSize, documents.count) {
            let document = documents[index]
            if index > start { text.append(UInt8(ascii: ",")) }
            text.append(UInt8(ascii: "["))
            for (number, value) in [
                document.address, document.title, document.kindLabel, document.context, document.excerpt,
            ].enumerated() {
                if number > 0 { text.append(UInt8(ascii: ",")) }
                Escape.appendJSON(value, to: &text)
            }
            text.append(UInt8(ascii: "]"))
        }
        text += "]);\n".utf8
        return String(decoding: text, as: UTF8.self)
    }

    /// The documents that hold every word of `query`, best first: the ranking `search.js` applies in the browser,
    /// stated here so that tests can pin it. The last word, still being typed, matches every term it starts (a
    /// whole-term match counting twice); the others match whole terms. A document's score is the sum over the
    /// words; ties keep the site's order.
    public func results(for query: String) -> [Int] {
        let words = SearchFolding.terms(query)
        let typing = !(query.last?.isWhitespace ?? true)
        var totals: [Int: Int]?
        for (number, word) in words.enumerated() {
            let isPrefix = typing && number == words.count - 1
            var found: [Int: Int] = [:]
            for posting in postings[word] ?? [] { found[posting.document] = 2 * posting.score }
            if isPrefix {
                for (term, list) in postings where term.hasPrefix(word) && term != word {
                    for posting in list { found[posting.document] = max(found[posting.document] ?? 0, posting.score) }
                }
            }
            if let previous = totals {
                var both: [Int: Int] = [:]
                for (document, score) in found {
                    if let before = previous[document] { both[document] = before + score }
                }
                totals = both
            } else {
                totals = found
            }
        }
        return (totals ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
