import Foundation
import HoithaoContent
import HoithaoTheme

/// What every text of the context holds: a tag that must never come out raw from an escaped `{{value}}`.
let marker = "<hoithao-fuzz a=\"1\">&'"

/// libFuzzer entry: the bytes are a theme's template and partial, parsed and rendered with a context of every
/// kind of value. Any crash, hang or sanitizer report is a bug; syntax errors are the expected outcome. A template
/// that cannot print a value as it is (no `{{{`, `{{&` or `{{=`) must never print the marker's `<`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    // Every name the default theme includes is this same template, so its own templates, the seeds, render.
    let partials = ["base", "partials/card", "partials/download", "partials/facts", "partials/workshop-header"]
    var files: [String: Data] = [:]
    for name in ThemeLoader.requiredTemplates + partials { files["Theme/templates/\(name).mustache"] = bytes }
    let strings = Data(
        ("weekdays: [Hai, Ba, Tư, Năm, Sáu, Bảy, CN]\nmonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n"
            + "date_long: \"{d}/{m}/{y}\"\n").utf8)
    files["Theme/strings/vi.yaml"] = strings
    files["Theme/strings/en.yaml"] = strings
    guard let theme = ThemeLoader(files: .memory(files)).load(directory: "Theme").theme else { return 0 }
    let context: [String: Any] = [
        "title": "Hội thảo \(marker)", "yes": true, "no": false, "count": 3, "empty": [Any](),
        "items": [["name": marker, "items": [Any]()], ["name": "b"]], "nested": ["deep": ["value": marker]],
        "words": ["một", marker],
    ]
    guard let page = try? theme.render("page", context) else { return 0 }
    let template = String(decoding: bytes, as: UTF8.self)
    let tags = template.filter { !$0.isWhitespace }
    let printsRaw = ["{{{", "{{&", "{{="].contains { tags.contains($0) } || template.contains("hoithao-fuzz")
    if !printsRaw, String(decoding: page, as: UTF8.self).contains("<hoithao-fuzz") {
        fatalError("an escaped value came out raw:\n\(template)")
    }
    return 0
}
