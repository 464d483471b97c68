import Foundation
import HoithaoMarkdown
import HoithaoModel
import Testing

@Suite("One Markdown escaper: plain text written into Markdown shows as written")
struct MarkdownEscapeTests {
    let renderer = MarkdownRenderer()

    @Test(
        "Each text renders as one paragraph of exactly its characters, whatever Markdown would make of it raw",
        arguments: [
            "- không phải danh sách", "+ cộng", "* sao", "1. Mục một", "2020) năm", "# Tiêu đề", "> trích dẫn",
            "*nhấn* _mạnh_ **đậm**", "`mã`", "[liên kết](x.html)", "![hình](a.png)", "<b>thẻ</b>",
            "&amp; &#39; và Sở KH&CN", "a | b | c", "~~~", "~~gạch~~", "x^2^ và H~2~O", "===", "---", "\\ gạch chéo",
            "[^1] chú thích",
            "Hội thảo: “Giải pháp” và 'số 1'", "dòng một\n- dòng hai\n1. dòng ba\n# dòng bốn", "    thụt lề",
        ])
    func showsAsWritten(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.drop(while: { $0 == " " }))
        }
        // cmark writes `&`, `<`, `>` and `"` as entities and leaves `'` as it is.
        let shown = Escape.html(lines.joined(separator: "\n")).replacingOccurrences(of: "&#39;", with: "'")
        let expected = "<p>" + shown + "</p>\n"
        #expect(renderer.render(Escape.markdown(text)).html == expected)
    }
}

extension MarkdownEscapeTests {
    @Test("Text after other text on its line keeps a leading number or dash as written, and still shows literally")
    func midLine() {
        let text = "1. Thời gian: *sáng* - 7 giờ"
        #expect(Escape.markdown(text, startsLine: false) == "1. Thời gian: \\*sáng\\* - 7 giờ")
        #expect(
            renderer.render("**" + Escape.markdown(text, startsLine: false) + "**").html
                == "<p><strong>1. Thời gian: *sáng* - 7 giờ</strong></p>\n")
    }
}
