import Foundation
import HoithaoModel

/// The page `serve` shows instead of the site while the content has errors; it goes away when they are fixed.
enum ErrorOverlay {
    static func page(_ diagnostics: [Diagnostic]) -> Data {
        let items = diagnostics.filter { $0.severity == .error }.map {
            "<li><code>\(Escape.html($0.description))</code></li>"
        }
        let html = """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Lỗi nội dung – Hoithao</title>
            <style>body{font-family:system-ui,sans-serif;margin:0;background:#fff5f5;color:#1b1f24}
            main{max-width:60rem;margin:2rem auto;padding:0 1rem}h1{color:#8a1c1c}
            li{margin:.6rem 0}code{white-space:pre-wrap;font-size:1rem}</style></head>
            <body><main>
            <h1>Nội dung có lỗi · The content has errors</h1>
            <p>Sửa các lỗi dưới đây và lưu tệp; trang sẽ tự tải lại. Fix these and save; this page reloads by itself.</p>
            <ul>
            \(items.joined(separator: "\n"))
            </ul>
            </main></body></html>
            """
        return Data(html.utf8)
    }
}
