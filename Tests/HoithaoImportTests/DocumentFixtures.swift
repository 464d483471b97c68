import Foundation
import HoithaoContent
import HoithaoModel
import HoithaoProceedings
import TestSupport

/// Word and PDF plans made from the seed in the test set-up: .docx files written by python-docx
/// (`Tests/Fixtures/import/word-plans.py`) and PDFs typeset by the project's own Pango/Cairo code.
enum DocumentFixtures {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A new temporary folder.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hoithao-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        return path.path
    }

    /// The seed as Word files: `styles.docx` (headings by style) and `numbering.docx` (Word's numbering).
    static func wordPlans() throws -> (styles: Data, numbering: Data) {
        let out = try folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try ExternalTool.text([
            "python3", ImportFixtures.folder + "/word-plans.py", ImportFixtures.folder + "/ke-hoach-vai-thieu-2020.md",
            out,
        ])
        return (
            try Data(contentsOf: URL(fileURLWithPath: out + "/styles.docx")),
            try Data(contentsOf: URL(fileURLWithPath: out + "/numbering.docx"))
        )
    }

    /// A zip of `files` (deflated), written by Python's zipfile; `claiming` a size, every entry's headers say it
    /// unpacks to that many bytes, as a zip bomb lies.
    static func zip(_ files: [String: String], claiming size: UInt32? = nil) throws -> Data {
        let out = try folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        for (name, text) in files {
            try FileManager.default.createDirectory(
                atPath: out + "/in/" + (name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: out + "/in/" + name))
        }
        try ExternalTool.text([
            "python3", "-c",
            "import os,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1]+'/f.zip','w',zipfile.ZIP_DEFLATED)\n"
                + "for d,_,fs in os.walk(sys.argv[1]+'/in'):\n for f in fs:\n  p=os.path.join(d,f)\n"
                + "  z.write(p,os.path.relpath(p,sys.argv[1]+'/in'))\nz.close()",
            out,
        ])
        var zip = try Data(contentsOf: URL(fileURLWithPath: out + "/f.zip"))
        if let size {
            // The uncompressed size: 22 bytes into each local header (PK 3 4), 24 into each central one (PK 1 2).
            let bytes = withUnsafeBytes(of: size.littleEndian) { Data($0) }
            for (signature, offset) in [(Data([0x50, 0x4B, 0x03, 0x04]), 22), (Data([0x50, 0x4B, 0x01, 0x02]), 24)] {
                var start = zip.startIndex
                while let found = zip.range(of: signature, in: start..<zip.endIndex) {
                    zip.replaceSubrange((found.lowerBound + offset)..<(found.lowerBound + offset + 4), with: bytes)
                    start = found.upperBound
                }
            }
        }
        return zip
    }

    /// The seed typeset as a paper of the proceedings: the parent body as its title, the agency and number beside
    /// the quốc hiệu and date in a table, then the plan; the PDF has a running header and page numbers.
    static func pdfPlan(_ seed: String) throws -> Data {
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let number = lines.first { $0.hasPrefix("Số:") } ?? ""
        let date = lines.first { $0.hasPrefix("Bắc Giang, ngày") } ?? ""
        let body = lines.filter { $0 != number && $0 != date }.joined(separator: "\n")
        let header = """
            | SỞ KHOA HỌC VÀ CÔNG NGHỆ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            |---|---|
            | \(number) | Độc lập - Tự do - Hạnh phúc |
            |  | \(date) |

            """
        let site = try FixtureSite([
            "site.yaml": "name: Cổng hội thảo\nlanguage: vi\n",
            "workshops/ke-hoach/plan.yaml": "title: Hội thảo\ndate: 22/5/2020\nvenue: {name: Hội trường}\n",
            "workshops/ke-hoach/papers/ke-hoach.md": "---\ntitle: UBND TỈNH BẮC GIANG\n---\n\n" + header + body,
        ])
        let (loaded, diagnostics) = ContentLoader().load(from: site.contentPath)
        guard let loaded, let workshop = loaded.workshops.first, let paper = workshop.papers.first else {
            throw Failure(description: "the plan as a paper does not load: \(diagnostics)")
        }
        let path = Repository.defaultTheme + "/strings/vi.yaml"
        let strings = StringsFile.read(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        let proceedings = Proceedings(
            workshop: workshop, site: loaded.config,
            labels: ProceedingsLabels(strings: strings.texts, months: strings.lists["months"] ?? []),
            readFile: FileAccess.disk.confined(to: [site.contentPath]).read)
        return try proceedings.paperPDF(paper)
    }
}
