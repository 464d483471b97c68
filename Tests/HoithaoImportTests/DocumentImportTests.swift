import Foundation
import HoithaoImport
import HoithaoModel
import TestSupport
import Testing

@Suite("Importing the seed from Word and from a PDF")
struct DocumentImportTests {
    let seed: String
    /// The seed's plan as the Markdown path reads it.
    let expected: PlanDraft

    init() throws {
        seed = try ImportFixtures.seed
        expected = PlanImporter.run(seed, source: "seed").draft
    }

    func imported(_ data: Data, _ path: String) throws -> ImportResult {
        switch PlanImporter.run(document: data, path: path) {
        case .success(let result): return result
        case .failure(let refusal): throw DocumentFixtures.Failure(description: refusal.message)
        }
    }

    @Test("A Word plan, headings by style or by Word's numbering, gives every field the Markdown seed gives")
    func word() throws {
        let plans = try DocumentFixtures.wordPlans()
        for (name, data) in [("styles.docx", plans.styles), ("numbering.docx", plans.numbering)] {
            let result = try imported(data, name)
            #expect(result.draft == expected, "\(name)")
            // The agency comes from the header table, so the issuer is no longer a guess.
            #expect(result.report.finding("document.issuer")?.guess == nil, "\(name)")
            #expect(result.report.finding("document.issuer")?.source == "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
            // Numbers start again in each part, as Word shows them.
            #expect(result.report.finding("organizing_units")?.source == "1. Phòng Quản lý Khoa học", "\(name)")
            // Word's bullets are quoted as a text plan's are.
            #expect(result.report.finding("purposes")?.source.hasPrefix("- Hội thảo lấy ý kiến") == true)
            #expect(result.report.missing == ["end_time", "agenda"], "\(name)")
            #expect(result.report.unplaced.isEmpty, "\(name): \(result.report.unplaced)")
            #expect(try ImportFixtures.load(result).diagnostics.isEmpty)
        }
    }

    @Test("A text PDF typeset from the seed gives every field the Markdown seed gives")
    func pdf() throws {
        let result = try imported(try DocumentFixtures.pdfPlan(seed), "ke-hoach.pdf")
        #expect(result.draft == expected)
        #expect(result.report.finding("document.issuer")?.guess == nil)
        #expect(result.report.missing == ["end_time", "agenda"])
        #expect(try ImportFixtures.load(result).diagnostics.isEmpty)
    }

    func refusal(_ data: Data, _ path: String) -> DocumentRefusal? {
        if case .failure(let refusal) = PlanImporter.run(document: data, path: path) { return refusal }
        return nil
    }

    @Test("A PDF with no text layer (a scan) is refused, and the message says to import the Word file or run OCR")
    func scannedPDF() throws {
        let refused = refusal(ScannedPDF.make(pages: 2), "scan.pdf")
        #expect(refused == .scanned(pages: 2))
        #expect(refused?.message.contains("ocrmypdf") == true)
        #expect(refused?.message.contains("Word file") == true)
    }

    @Test("Files that are not what their name says are refused with what to do, never read as text")
    func notTheirKind() {
        #expect(
            refusal(Data("Kế hoạch".utf8), "plan.docx")
                == .notA("Word (.docx)", "it is not a zip file; a .doc from Word 97–2003 must be saved as .docx"))
        #expect(refusal(Data("Kế hoạch".utf8), "plan.pdf") == .notA("PDF", "it does not start with %PDF-"))
        #expect(
            refusal(Data("%PDF-1.4\ngarbage".utf8), "plan.pdf").map { if case .notA = $0 { true } else { false } }
                == true)
    }

    @Test("A .docx whose document unpacks past the content's 5 MB limit (a zip bomb) is refused while unpacking")
    func zipBomb() throws {
        let bomb = try DocumentFixtures.zip(["word/document.xml": "0" * 6_000_000])
        #expect(bomb.count < 100_000)
        #expect(refusal(bomb, "bomb.docx") == .tooLarge("word/document.xml", 6_000_000))
        let liar = try DocumentFixtures.zip(["word/document.xml": "0" * 6_000_000], claiming: 1_000)
        // Refused once past the limit, before the whole part is unpacked.
        guard case .tooLarge("word/document.xml", let unpacked) = refusal(liar, "liar.docx") else {
            Issue.record("a zip that lies about its size is not refused")
            return
        }
        #expect(unpacked > 5_000_000 && unpacked < 6_000_000)
        let missing = try DocumentFixtures.zip(["word/other.xml": "<a/>"])
        #expect(refusal(missing, "empty.docx") == .missingPart("word/document.xml"))
        let broken = try DocumentFixtures.zip(["word/document.xml": "<w:document><w:body><w:p>"])
        #expect(refusal(broken, "broken.docx") == .notA("Word (.docx)", "word/document.xml is not well-formed XML"))
    }
}

/// A PDF of blank pages with a filled rectangle each, as a scanner's pages are pictures: no text to extract.
enum ScannedPDF {
    static func make(pages: Int) -> Data {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
        let kids = (0..<pages).map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages) >>")
        let drawing = "0.5 g 50 50 400 600 re f"
        for page in 0..<pages {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(4 + 2 * page) 0 R >>")
            objects.append("<< /Length \(drawing.utf8.count) >>\nstream\n\(drawing)\nendstream")
        }
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        pdf += offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Data(pdf.utf8)
    }
}

extension String {
    static func * (text: String, count: Int) -> String { String(repeating: text, count: count) }
}
