import HoithaoModel

/// The plan as a Kế hoạch in Markdown, laid out as the seed documents are.
public enum KeHoachMarkdown {
    public static func text(_ plan: Plan) -> String {
        let document = KeHoachDocument(plan)
        var blocks: [String] = []
        if let issuer = document.issuer {
            blocks.append("**\(Escape.markdown(issuer.uppercased(), startsLine: false))**")
        }
        blocks.append("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**")
        if let number = document.number { blocks.append("Số: " + Escape.markdown(number, startsLine: false)) }
        if let when = document.placeAndDate { blocks.append(Escape.markdown(when)) }
        blocks.append("## KẾ HOẠCH")
        blocks.append("### Tổ chức Hội thảo “\(Escape.markdown(document.title, startsLine: false))”")
        blocks.append(Escape.markdown(document.preamble))
        for (index, part) in document.parts.enumerated() {
            let value = part.value.map { " " + Escape.markdown($0, startsLine: false) } ?? ""
            let heading = "\(Roman.numeral(index + 1)). \(part.heading)"
            blocks.append(part.value == nil ? "#### \(heading)" : "**\(heading):**\(value)")
            for block in part.blocks {
                switch block {
                case .labeled(let label, let text):
                    blocks.append(
                        "**\(Escape.markdown(label, startsLine: false))** \(Escape.markdown(text, startsLine: false))")
                case .heading(let text): blocks.append("##### " + Escape.markdown(text, startsLine: false))
                case .bullets(let items):
                    blocks.append(items.map { "- " + Escape.markdown($0) }.joined(separator: "\n"))
                case .programme(let entries):
                    blocks.append(
                        entries.map {
                            "- " + Escape.markdown($0.item) + ($0.speakers.map { "\n  - " + Escape.markdown($0) } ?? "")
                        }
                        .joined(separator: "\n"))
                }
            }
        }
        blocks.append(Escape.markdown(document.closing))
        if !document.recipients.isEmpty {
            blocks.append(
                "***Nơi nhận:***\n\n" + document.recipients.map { "- " + Escape.markdown($0) }.joined(separator: "\n"))
        }
        if !document.electronicRecipients.isEmpty {
            blocks.append(
                "***Bản điện tử:***\n\n"
                    + document.electronicRecipients.map { "- " + Escape.markdown($0) }.joined(separator: "\n"))
        }
        blocks += document.signerTitles.map { "**\(Escape.markdown($0, startsLine: false))**" }
        if let name = document.signerName { blocks.append("**\(Escape.markdown(name, startsLine: false))**") }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
