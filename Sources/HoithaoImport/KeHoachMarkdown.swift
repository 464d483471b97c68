import HoithaoModel

/// The plan as a Kế hoạch in Markdown, laid out as the seed documents are.
public enum KeHoachMarkdown {
    public static func text(_ plan: Plan) -> String {
        let document = KeHoachDocument(plan)
        var blocks: [String] = []
        if let issuer = document.issuer { blocks.append("**\(escaped(issuer.uppercased()))**") }
        blocks.append("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**")
        if let number = document.number { blocks.append("Số: " + escaped(number)) }
        if let when = document.placeAndDate { blocks.append(escaped(when)) }
        blocks.append("## KẾ HOẠCH")
        blocks.append("### Tổ chức Hội thảo “\(escaped(document.title))”")
        blocks.append(escaped(document.preamble))
        for (index, part) in document.parts.enumerated() {
            let value = part.value.map { " " + escaped($0) } ?? ""
            let heading = "\(Roman.numeral(index + 1)). \(part.heading)"
            blocks.append(part.value == nil ? "#### \(heading)" : "**\(heading):**\(value)")
            for block in part.blocks {
                switch block {
                case .labeled(let label, let text): blocks.append("**\(escaped(label))** \(escaped(text))")
                case .heading(let text): blocks.append("##### " + escaped(text))
                case .bullets(let items): blocks.append(items.map { "- " + escaped($0) }.joined(separator: "\n"))
                case .programme(let entries):
                    blocks.append(
                        entries.map { "- " + escaped($0.item) + ($0.speakers.map { "\n  - " + escaped($0) } ?? "") }
                            .joined(separator: "\n"))
                }
            }
        }
        blocks.append(escaped(document.closing))
        if !document.recipients.isEmpty {
            blocks.append(
                "***Nơi nhận:***\n\n" + document.recipients.map { "- " + escaped($0) }.joined(separator: "\n"))
        }
        if !document.electronicRecipients.isEmpty {
            blocks.append(
                "***Bản điện tử:***\n\n"
                    + document.electronicRecipients.map { "- " + escaped($0) }.joined(separator: "\n"))
        }
        blocks += document.signerTitles.map { "**\(escaped($0))**" }
        if let name = document.signerName { blocks.append("**\(escaped(name))**") }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Text shown literally: Markdown's inline markup characters escaped (the numbering is ours, not the text's).
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
