import Foundation
import HoithaoMarkdown
import HoithaoModel
import Yams

@testable import HoithaoContent

/// libFuzzer entry: the bytes are tried as a plan, as a paper with front matter, as Markdown, and as a CSV file in
/// the content folder (which the delegate-list guard reads); whatever `SimpleYAML` reads must be what Yams reads, and
/// any table `CSVTable` reads must come back the same when written again with every field quoted. Any crash, hang or sanitizer report is a bug; diagnostics are the
/// expected outcome for bad input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    let files = FileAccess.memory([
        "Content/site.yaml": Data("name: Fuzz\n".utf8),
        "Content/workshops/fuzz/plan.yaml": bytes,
        "Content/workshops/fuzz/papers/bai.md": bytes,
        "Content/pages/trang.md": bytes,
        "Content/static/bang.csv": bytes,
    ])
    _ = ContentLoader(files: files).load(from: "Content")
    if let text = String(data: bytes, encoding: .utf8) {
        if let simple = SimpleYAML.parse(text) {
            let yams = (try? Yams.compose(yaml: text, .basic, .default, .utf8)).flatMap { $0 }.map { YAMLNode($0) }
            if simple != yams { fatalError("SimpleYAML and Yams read differently: \(text.debugDescription)") }
        }
        _ = MarkdownRenderer().render(text)
        _ = MarkdownRenderer(allowsRawHTML: true).blocks(text)
    }
    checkTableRoundTrip(bytes)
    return 0
}

/// Every field quoted, quotes doubled, rows on lines of their own: the same table, field for field.
private func checkTableRoundTrip(_ bytes: Data) {
    guard let table = try? CSVTable(bytes) else { return }
    let written = table.rows.map { row in
        row.fields.map { "\"" + $0.text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
    }.joined(separator: "\n")
    let again = try? CSVTable(Data(written.utf8))
    guard again?.rows.map({ $0.fields.map(\.text) }) == table.rows.map({ $0.fields.map(\.text) }) else {
        fatalError("CSVTable reads its own writing differently: \(written.debugDescription)")
    }
}
