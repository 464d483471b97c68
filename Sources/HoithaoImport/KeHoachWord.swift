import Foundation
import HoithaoModel
import ZIPFoundation

/// The plan as a Word document (.docx) in the layout of Nghị định 30/2020/NĐ-CP, for the original an officer signs:
/// A4 with margins of 20 mm above and below, 30 mm left and 15 mm right; Times New Roman, 14 pt text; the header
/// table (supervising and issuing agency, number, quốc hiệu, tiêu ngữ, place and date) with its rules; page numbers
/// centred at the top from the second page; nơi nhận and the signer in a table at the end.
public enum KeHoachWord {
    /// The .docx's bytes; the same plan gives the same bytes.
    public static func document(_ plan: Plan) throws -> Data {
        let document = KeHoachDocument(plan)
        let archive = try Archive(accessMode: .create)
        var components = DateComponents(year: plan.date.year, month: plan.date.month, day: plan.date.day, hour: 12)
        components.timeZone = TimeZone(identifier: "UTC")
        let modified = Calendar(identifier: .gregorian).date(from: components) ?? Date(timeIntervalSince1970: 0)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", WordParts.contentTypes), ("_rels/.rels", WordParts.packageRelationships),
            ("word/_rels/document.xml.rels", WordParts.documentRelationships), ("word/styles.xml", WordParts.styles),
            ("word/header1.xml", WordParts.pageNumberHeader), ("word/document.xml", body(document)),
        ]
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static func body(_ document: KeHoachDocument) -> String {
        var xml = [header(document)]
        xml.append(paragraph([Run("KẾ HOẠCH", bold: true)], align: "center", before: 240))
        xml.append(paragraph([Run(document.subject, bold: true)], align: "center", after: 240))
        xml.append(paragraph([Run(document.preamble)], align: "both", firstLine: true))
        for (index, part) in document.parts.enumerated() {
            var runs = [
                Run("\(Roman.numeral(index + 1)). \(part.heading)" + (part.value == nil ? "" : ":"), bold: true)
            ]
            if let value = part.value { runs.append(Run(" " + value)) }
            xml.append(paragraph(runs, align: "both", before: 120))
            for block in part.blocks { xml += blocks(block) }
        }
        xml.append(paragraph([Run(document.closing)], align: "both", firstLine: true))
        xml.append(footer(document))
        xml.append(WordParts.section)
        return WordParts.documentStart + xml.joined() + "</w:body></w:document>"
    }

    private static func blocks(_ block: KeHoachDocument.Block) -> [String] {
        switch block {
        case .labeled(let label, let text):
            [paragraph([Run(label, bold: true), Run(" " + text)], align: "both", firstLine: true)]
        case .heading(let text): [paragraph([Run(text, bold: true)], align: "both", firstLine: true)]
        case .bullets(let items): items.map { paragraph([Run("- " + $0)], align: "both", firstLine: true) }
        case .programme(let entries):
            entries.flatMap { entry in
                [paragraph([Run("- " + entry.item)], align: "both", firstLine: true)]
                    + (entry.speakers.map { [paragraph([Run($0, italic: true)], align: "both", indent: 1134)] } ?? [])
            }
        }
    }

    /// The two-column header table without borders.
    private static func header(_ document: KeHoachDocument) -> String {
        var left: [String] = []
        if let agency = document.supervisingAgency {
            left.append(paragraph([Run(agency.uppercased(), size: 26)], align: "center"))
        }
        left.append(paragraph([Run((document.issuer ?? "").uppercased(), bold: true, size: 26)], align: "center"))
        left.append(WordParts.rule(indent: 1000))
        if let number = document.number {
            let shown = number.hasPrefix("/") ? String(repeating: " ", count: 8) + number : number
            left.append(paragraph([Run("Số: " + shown, size: 26)], align: "center", before: 120))
        }
        var right = [
            paragraph([Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24)], align: "center"),
            paragraph([Run("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26)], align: "center"),
            WordParts.rule(indent: 1150),
        ]
        if let when = document.placeAndDate {
            right.append(paragraph([Run(when, italic: true, size: 26)], align: "center", before: 120))
        }
        return WordParts.table(left: left, right: right, widths: (3600, 5754))
    }

    /// Nơi nhận on the left, the signer on the right.
    private static func footer(_ document: KeHoachDocument) -> String {
        var left: [String] = []
        let recipients = document.recipients + document.electronicRecipients.map { "Bản điện tử: " + $0 }
        if !recipients.isEmpty {
            left.append(paragraph([Run("Nơi nhận:", bold: true, italic: true, size: 24)], before: 240))
            for (index, recipient) in recipients.enumerated() {
                let end = index == recipients.count - 1 ? "." : ";"
                left.append(paragraph([Run("- " + recipient + end, size: 22)]))
            }
        }
        var right = document.signerTitles.map { paragraph([Run($0, bold: true)], align: "center") }
        if right.isEmpty { right.append(paragraph([], align: "center")) }
        right += Array(repeating: paragraph([], align: "center"), count: 4)
        if let name = document.signerName { right.append(paragraph([Run(name, bold: true)], align: "center")) }
        return WordParts.table(left: left.isEmpty ? [paragraph([])] : left, right: right, widths: (4677, 4677))
    }

    /// A run of text: bold, italic, and its size in half-points (28 is 14 pt).
    struct Run {
        var text: String
        var bold = false
        var italic = false
        var size: Int?

        init(_ text: String, bold: Bool = false, italic: Bool = false, size: Int? = nil) {
            self.text = text
            self.bold = bold
            self.italic = italic
            self.size = size
        }

        var xml: String {
            var properties = ""
            if bold { properties += "<w:b/>" }
            if italic { properties += "<w:i/>" }
            if let size { properties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
            let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
            return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(Escape.html(text))</w:t></w:r>"
        }
    }

    /// A paragraph: `align` is Word's (`left`, `center`, `both`), spacing in twentieths of a point, a first line
    /// indented 1 cm as the body of a Kế hoạch is.
    static func paragraph(
        _ runs: [Run], align: String = "left", before: Int = 0, after: Int = 0, firstLine: Bool = false,
        indent: Int = 0
    ) -> String {
        var properties = "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/>"
        if firstLine || indent > 0 {
            properties += "<w:ind w:left=\"\(indent)\"" + (firstLine ? " w:firstLine=\"567\"" : "") + "/>"
        }
        properties += "<w:jc w:val=\"\(align)\"/>"
        return "<w:p><w:pPr>\(properties)</w:pPr>" + runs.map(\.xml).joined() + "</w:p>"
    }
}
