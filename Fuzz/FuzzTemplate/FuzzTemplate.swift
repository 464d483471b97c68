import Foundation
import HoithaoContent
import HoithaoTheme

/// libFuzzer entry: the bytes are a theme's template and partial, parsed and rendered with a context of every
/// kind of value. Any crash, hang or sanitizer report is a bug; syntax errors are the expected outcome.
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
        "title": "<Hội thảo & \"vải\">", "yes": true, "no": false, "count": 3, "empty": [Any](),
        "items": [["name": "a", "items": [Any]()], ["name": "b"]], "nested": ["deep": ["value": "x"]],
        "words": ["một", "hai"],
    ]
    _ = try? theme.render("page", context)
    return 0
}
