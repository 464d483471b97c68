import Foundation
import HoithaoModel

/// The outcome of importing one Kế hoạch document.
public struct ImportResult: Sendable {
    public var draft: PlanDraft
    public var report: ImportReport
    /// The plan.yaml text; nil when a required field (title, date, venue) was not found.
    public var planYAML: String?
    public var indexMarkdown: String
    /// The folder name the workshop gets by default: the slug of its title.
    public var slug: String?
}

/// Reads a Kế hoạch (Markdown, plain text, a Word file or a PDF's text) into a workshop plan.
public struct PlanImporter {
    var draft = PlanDraft()
    var report = ImportReport()
    /// The line numbers whose content went into a field or into index.md.
    var placed: Set<Int> = []

    /// Imports `text`; `source` names the document in comments and the report.
    public static func run(_ text: String, source: String) -> ImportResult {
        let restoration = LetterRestoration(printable(text))
        return run(LineReader(restoration.text), source: source, restoration: restoration)
    }

    /// Imports a document by its kind: a Word file (.docx), a PDF with a text layer, or else text (Markdown or
    /// plain); a Word file's line numbers in the report count its paragraphs.
    public static func run(document data: Data, path: String) -> Result<ImportResult, DocumentRefusal> {
        switch (path as NSString).pathExtension.lowercased() {
        case "docx":
            do {
                return .success(run(LineReader(paragraphs: try WordDocument.lines(data)), source: path))
            } catch {
                return .failure(error)
            }
        case "pdf": return PDFText.text(data).map { run($0, source: path) }
        default:
            guard data.count <= DocumentRefusal.textLimit else { return .failure(.tooLarge("the file", data.count)) }
            return .success(run(decode(data), source: path))
        }
    }

    /// Imports the lines `reader` read; `restoration` is what was done to the text's damaged words (a Word file's
    /// text has no such damage).
    static func run(_ reader: LineReader, source: String, restoration: LetterRestoration? = nil) -> ImportResult {
        var importer = PlanImporter()
        if let restoration {
            importer.report.restored = restoration.restored
            importer.report.unrestored = restoration.unresolved
        }
        let outline = DocumentOutline(reader.lines)
        importer.readHeader(outline)
        importer.readPreamble(outline.preamble)
        for part in outline.parts {
            importer.readPart(part)
        }
        if importer.draft.date == nil { importer.searchScheduleEverywhere(outline) }
        importer.settleAgenda()
        importer.readClosing(outline.closing)
        importer.readTail(outline.tail)
        importer.finish(reader)
        let yaml =
            importer.draft.title != nil && importer.draft.date != nil && importer.draft.venue != nil
            ? PlanYAML(draft: importer.draft, report: importer.report, source: source).text : nil
        return ImportResult(
            draft: importer.draft, report: importer.report, planYAML: yaml,
            indexMarkdown: IndexMarkdown.text(importer.draft),
            slug: importer.draft.title.map { Self.folderName(for: $0) })
    }

    /// The title's slug, cut at a word boundary to at most 60 characters: a folder name and an address
    /// people can still read and type ("phat-trien-cum-tuong-ho-trong-san-xuat-va-tieu-thu-vai-thieu").
    static func folderName(for title: String) -> String {
        var name = ""
        for word in Slug.make(from: title).split(separator: "-") {
            let next = name.isEmpty ? String(word) : name + "-" + word
            if next.count > 60, !name.isEmpty { break }
            name = next
        }
        return name
    }

    /// The document's text: UTF-8 (with or without a BOM), or UTF-16 with a BOM as Word and Notepad save
    /// "Unicode text". Bytes that are not UTF-8 become U+FFFD, and their lines are reported as damaged; line
    /// breaks become LF and other control characters are dropped.
    public static func decode(_ data: Data) -> String {
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF], let text = String(data: data, encoding: .utf16) {
            return PlainText.normalized(text)
        }
        // Control characters are damage (a terminal capture, a bad conversion), never part of the plan.
        return PlainText.normalized(String(decoding: data, as: UTF8.self))
    }

    /// `text` with every control character a text file cannot hold (NUL, and the others but tab, line ends and
    /// the form feeds of page breaks) as U+FFFD, like bytes that are not UTF-8: the line is then reported as
    /// damaged, and nothing written from it stops the workshop from loading.
    static func printable(_ text: String) -> String {
        let allowed: Set<UInt32> = [0x09, 0x0A, 0x0C, 0x0D]
        guard text.unicodeScalars.contains(where: { isControl($0.value) && !allowed.contains($0.value) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isControl(scalar.value) && !allowed.contains(scalar.value) ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }

    /// Records that `field` came from `lines`, and marks those lines placed.
    mutating func found(_ field: String, _ lines: [DocumentLine], guess: String? = nil) {
        guard let first = lines.first else { return }
        if let index = report.found.firstIndex(where: { $0.field == field }) {
            let numbers = Set(lines.flatMap(\.lineNumbers)).sorted()
            let known = report.found[index].lines
            // Lines mostly come in document order, one at a time: appending keeps the list sorted, and sorting
            // it all again for each line made a 20,000-line document take minutes.
            if let last = known.last, let next = numbers.first, next > last {
                report.found[index].lines += numbers
            } else {
                report.found[index].lines = Set(known + numbers).sorted()
            }
        } else {
            report.found.append(
                ImportReport.Finding(
                    field: field, lines: Set(lines.flatMap(\.lineNumbers)).sorted(), source: first.quoted, guess: guess)
            )
        }
        place(lines)
    }

    mutating func found(_ field: String, _ line: DocumentLine, guess: String? = nil) {
        found(field, [line], guess: guess)
    }

    mutating func place(_ lines: [DocumentLine]) {
        placed.formUnion(lines.flatMap(\.lineNumbers))
    }

    mutating func note(_ text: String) {
        report.notes.append(text)
    }

    private mutating func finish(_ reader: LineReader) {
        let fields: [(String, Bool)] = [
            ("title", draft.title != nil), ("document.number", draft.document.number != nil),
            ("document.place", draft.document.place != nil), ("document.date", draft.document.date != nil),
            ("document.issuer", draft.document.issuer != nil), ("organizers", !draft.organizers.isEmpty),
            ("project", draft.project != nil), ("theme", draft.theme != nil), ("chairs", !draft.chairs.isEmpty),
            ("purposes", !draft.purposes.isEmpty), ("topics", !draft.topics.isEmpty), ("date", draft.date != nil),
            ("start_time", draft.startTime != nil), ("end_time", draft.endTime != nil),
            ("part_of_day", draft.partOfDay != nil), ("venue", draft.venue != nil),
            ("participants.expected", draft.expectedDelegates != nil),
            ("participants.categories", !draft.participants.isEmpty), ("funding", draft.funding != nil),
            ("organizing_units", !draft.organizingUnits.isEmpty), ("recipients", !draft.recipients.isEmpty),
            ("signer", draft.signer != nil),
            ("agenda", !draft.agenda.isEmpty || !draft.untimedProgramme.isEmpty),
        ]
        report.missing = fields.filter { !$0.1 }.map(\.0)
        for line in reader.lines {
            if let damage = line.damage {
                report.damaged.append(.init(line: line.number, text: line.quoted, reason: damage))
            }
            if placed.isDisjoint(with: line.lineNumbers) {
                report.unplaced.append(.init(line: line.number, text: line.quoted, reason: ""))
            }
        }
        report.skipped = reader.skipped.map { .init(line: $0.number, text: $0.text, reason: $0.reason) }
    }
}
