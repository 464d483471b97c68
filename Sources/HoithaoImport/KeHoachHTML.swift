import HoithaoModel

/// The plan as a print-ready HTML page in the official Kế hoạch layout (A4, Times New Roman),
/// every value escaped.
public enum KeHoachHTML {
    static let style = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", "Noto Serif", serif; font-size: 14pt; line-height: 1.4; max-width: 165mm; margin: 0 auto; }
        table.header, table.footer { width: 100%; border-collapse: collapse; }
        table.header td, table.footer td { vertical-align: top; text-align: center; width: 50%; padding: 0; }
        .issuer, .motto, .title, .part { font-weight: bold; }
        .motto, .place-date { white-space: nowrap; }
        .issuer::after { content: ""; display: block; width: 33%; margin: 2pt auto 0; border-top: 1px solid; }
        .motto .rule { display: inline-block; border-bottom: 1px solid; padding-bottom: 1pt; }
        .number { white-space: pre; }
        .place-date { font-style: italic; margin-top: 6pt; }
        h1 { font-size: 14pt; text-align: center; margin: 1.5em 0 0; }
        p.title { text-align: center; margin-top: 0; }
        h2 { font-size: 14pt; font-weight: normal; margin: 1em 0 0.3em; }
        h3 { font-size: 14pt; font-weight: bold; margin: 0.5em 0 0.2em; }
        p { text-align: justify; margin: 0.3em 0; text-indent: 1.27cm; }
        ul { margin: 0.2em 0; padding-left: 1.27cm; list-style: "- "; }
        table.footer td.recipients { text-align: left; font-size: 11pt; }
        .recipients b { font-style: italic; font-size: 12pt; }
        .signer-name { margin-top: 4em; font-weight: bold; }
        """

    public static func page(_ plan: Plan) -> String {
        let document = KeHoachDocument(plan)
        var html = [
            "<!DOCTYPE html>", "<html lang=\"vi\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>Kế hoạch – \(Escape.html(document.subject))</title>", "<style>", style, "</style>",
            "</head>", "<body>", "<table class=\"header\"><tr>",
            "<td>" + (document.supervisingAgency.map { "<div>\(Escape.html($0.uppercased()))</div>" } ?? "")
                + "<div class=\"issuer\">\(Escape.html(document.issuer?.uppercased() ?? ""))</div>"
                + (document.number.map { "<div class=\"number\">Số: \(Escape.html(Self.keepingBlank($0)))</div>" } ?? "")
                + "</td>",
            "<td><div class=\"motto\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>"
                + "<div class=\"motto\"><span class=\"rule\">Độc lập - Tự do - Hạnh phúc</span></div>"
                + (document.placeAndDate.map { "<div class=\"place-date\">\(Escape.html($0))</div>" } ?? "") + "</td>",
            "</tr></table>", "<h1>KẾ HOẠCH</h1>",
            "<p class=\"title\">\(Escape.html(document.subject))</p>",
            "<p>\(Escape.html(document.preamble))</p>",
        ]
        for (index, part) in document.parts.enumerated() {
            let value = part.value.map { ":</span> " + Escape.html($0) } ?? "</span>"
            html.append(
                "<h2><span class=\"part\">\(Roman.numeral(index + 1)). \(Escape.html(part.heading))\(value)</h2>")
            for block in part.blocks {
                switch block {
                case .labeled(let label, let text):
                    html.append("<p><b>\(Escape.html(label))</b> \(Escape.html(text))</p>")
                case .heading(let text): html.append("<h3>\(Escape.html(text))</h3>")
                case .bullets(let items): html.append(list(items))
                case .programme(let entries):
                    html.append(
                        "<ul>"
                            + entries.map { "<li>\(Escape.html($0.item))\($0.speakers.map { list([$0]) } ?? "")</li>" }
                            .joined() + "</ul>")
                }
            }
        }
        html.append("<p>\(Escape.html(document.closing))</p>")
        html.append("<table class=\"footer\"><tr><td class=\"recipients\">")
        if !document.recipients.isEmpty { html += ["<b>Nơi nhận:</b>", list(document.recipients)] }
        if !document.electronicRecipients.isEmpty {
            html += ["<b>Bản điện tử:</b>", list(document.electronicRecipients)]
        }
        html.append("</td><td>")
        html += document.signerTitles.map { "<div class=\"issuer\">\(Escape.html($0))</div>" }
        if let name = document.signerName { html.append("<div class=\"signer-name\">\(Escape.html(name))</div>") }
        html += ["</td></tr></table>", "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// A number without its own digits ("/KH-KHCN") keeps room for them before the symbol, for the clerk.
    static func keepingBlank(_ number: String) -> String {
        number.hasPrefix("/") ? String(repeating: " ", count: 8) + number : number
    }

    private static func list(_ items: [String]) -> String {
        "<ul>" + items.map { "<li>\(Escape.html($0))</li>" }.joined() + "</ul>"
    }

}
