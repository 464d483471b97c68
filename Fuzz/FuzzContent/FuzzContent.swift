import Foundation
import HoithaoMarkdown
import Yams

@testable import HoithaoContent

/// libFuzzer entry: the bytes are tried as a plan, as a paper with front matter, and as Markdown; and whatever
/// `SimpleYAML` reads must be what Yams reads. Any crash, hang or sanitizer report is a bug; diagnostics are the
/// expected outcome for bad input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    let files = FileAccess.memory([
        "Content/site.yaml": Data("name: Fuzz\n".utf8),
        "Content/workshops/fuzz/plan.yaml": bytes,
        "Content/workshops/fuzz/papers/bai.md": bytes,
        "Content/pages/trang.md": bytes,
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
    return 0
}
