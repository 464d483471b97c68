import Foundation
import HoithaoContent
import HoithaoMarkdown

/// libFuzzer entry: the bytes are tried as a plan, as a paper with front matter, and as Markdown.
/// Any crash, hang or sanitizer report is a bug; diagnostics are the expected outcome for bad input.
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
        _ = MarkdownRenderer().render(text)
        _ = MarkdownRenderer(allowsRawHTML: true).blocks(text)
    }
    return 0
}
