import HoithaoSearch
import Testing

@Suite("The search index: ranking, shards and files")
struct SearchIndexTests {
    static func document(_ title: String, _ fields: [SearchField], address: String? = nil) -> SearchDocument {
        SearchDocument(
            address: address ?? "a/\(title.count)/", title: title, kindLabel: "Tham luận", context: "", excerpt: "",
            fields: [SearchField(title, .title)] + fields)
    }

    /// A fixed corpus: the same word in a body, an abstract, keywords, authors and titles.
    static let corpus = [
        document("Bảo quản lạnh", [SearchField("Vải thiều được bảo quản trong kho lạnh. Vải, vải, vải.", .body)]),
        document("Chuỗi giá trị", [SearchField("Giá vải thiều xuất khẩu", .summary)]),
        document("Thị trường nông sản", [SearchField("vải thiều", .keywords)]),
        document("Vải thiều Lục Ngạn", [SearchField("Lịch sử vùng trồng", .body)]),
        document("Đặng Văn Vải", [SearchField("Viện Nghiên cứu Rau quả", .names)]),
        document("Kho lạnh", [SearchField("Đặng Thị Hoa", .names), SearchField("Vải", .body)]),
    ]

    @Test("A title hit ranks above names, keywords, a summary and a body; ties keep the site's order")
    func rankingOrder() {
        let index = SearchIndex(Self.corpus)
        #expect(index.results(for: "vai thieu ") == [3, 2, 1, 0])
        #expect(index.results(for: "vai") == [3, 4, 2, 1, 0, 5])
    }

    @Test("Every word must be found; the last one, still being typed, matches the terms it starts")
    func everyWordAndPrefix() {
        let index = SearchIndex(Self.corpus)
        #expect(index.results(for: "vai thieu luc ngan") == [3])
        #expect(index.results(for: "dang") == [4, 5])
        #expect(index.results(for: "kho la") == [5, 0])
        #expect(index.results(for: "kho la ") == [])
        #expect(index.results(for: "Đặng thi") == [5])
    }

    @Test("A term's documents ascend and each carries its score: points per occurrence, up to the field's cap")
    func postings() {
        let index = SearchIndex(Self.corpus)
        let vai = index.postings["vai"] ?? []
        #expect(vai.map(\.document) == [0, 1, 2, 3, 4, 5])
        #expect(vai.map(\.score) == [3, 4, 8, 40, 40, 1])
    }

    @Test("Shards split by the terms' first two characters, and a big shard again by one more")
    func shardSplitting() {
        let words = ["nga", "ngan", "nganh", "nghe", "nghien", "ngu", "nguoi", "ng", "tha", "x"]
        let documents = (0..<40).map { number in
            Self.document("tai lieu \(number)", [SearchField(words.joined(separator: " "), .body)])
        }
        let index = SearchIndex(documents)
        let small = index.shards(maxBytes: 1 << 20)
        #expect(small.map(\.key) == (["li", "ng", "ta", "th", "x"] + (0..<40).map(String.init)).sorted())
        let split = index.shards(maxBytes: 800)
        let ng = split.filter { $0.key.hasPrefix("ng") }
        #expect(ng.map(\.key) == ["ng", "nga", "ngh", "ngu"])
        #expect(ng.first?.terms == ["ng"])
        #expect(ng.map(\.terms).joined().sorted() == ["ng", "nga", "ngan", "nganh", "nghe", "nghien", "ngu", "nguoi"])
        // Every term is in exactly one shard.
        #expect(split.flatMap(\.terms).sorted() == index.postings.keys.sorted())
    }

    @Test("The files: a manifest naming every shard, the shards, and the documents in chunks; the same bytes twice")
    func files() {
        let documents = (0..<70).map { Self.document("Bài \($0) </script>", [], address: "p/\($0)/index.html") }
        let files = SearchIndex(documents).files()
        let paths = files.map(\.path)
        #expect(paths.first == "search/manifest.js")
        #expect(paths.filter { $0.hasPrefix("search/d-") } == ["search/d-0.js", "search/d-1.js", "search/d-2.js"])
        let manifest = files[0].text
        #expect(manifest.hasPrefix("hoithaoSearch.manifest({\"documents\":70,\"chunk\":32,\"shards\":{"))
        for path in paths where path.hasPrefix("search/t-") {
            #expect(manifest.contains("\"\(path.dropFirst("search/".count))\""))
        }
        let chunk = files.first { $0.path == "search/d-2.js" }?.text ?? ""
        #expect(chunk.hasPrefix("hoithaoSearch.documents(2,[[\"p/64/index.html\",\"Bài 64 \\u003c/script\\u003e\""))
        #expect(!files.contains { $0.text.contains("</script>") })
        #expect(SearchIndex(documents).files().map(\.text) == files.map(\.text))
        #expect(
            files.first { $0.path == "search/t-ba.js" }?.text.hasPrefix(
                "hoithaoSearch.terms(\"ba\",{\"bai\":[0,40,1,40,") == true)
    }
}
