import Foundation
import HoithaoModel

/// Reads a private delegate list (`delegates.csv`) into delegates, with a diagnostic at the line and column of each
/// problem: blank rows are skipped, unknown columns and repeated delegates are warned about (a repeat is printed
/// once), a row without a name or with more values than the header has columns is an error.
public struct DelegateReader {
    /// A list past this size is refused: a workshop's delegates fit in far less.
    public static let maximumBytes = 5_000_000
    public static let maximumDelegates = 10_000

    public let path: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(path: String) {
        self.path = path
    }

    /// The delegates of the file at `path`, read from disk; nil when it cannot be read at all.
    public mutating func read() -> [Delegate]? {
        if path.lowercased().hasSuffix(".xlsx") || path.lowercased().hasSuffix(".xls")
            || path.lowercased().hasSuffix(".ods")
        {
            report(.error(SourceLocation(path: path), Self.spreadsheetMessage))
            return nil
        }
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > Self.maximumBytes {
                report(
                    .error(
                        SourceLocation(path: path),
                        "the list is \(size) bytes, over the \(Self.maximumBytes) a delegate list may have; "
                            + "is this the right file?"))
                return nil
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            report(
                .error(
                    SourceLocation(path: path),
                    "cannot read the delegate list (\(error.localizedDescription)); give its path with `--delegates`"))
            return nil
        }
        return read(data)
    }

    /// The delegates of a list's bytes.
    public mutating func read(_ data: Data) -> [Delegate]? {
        let table: CSVTable
        do {
            table = try CSVTable(data)
        } catch let failure as CSVTable.Failure {
            report(.error(SourceLocation(path: path, line: failure.line, column: failure.column), failure.message))
            return nil
        } catch {
            report(.error(SourceLocation(path: path), "cannot read the delegate list (\(error))"))
            return nil
        }
        var rows = table.rows.filter { !$0.isEmpty }[...]
        guard let header = rows.popFirst(), let columns = columns(of: header) else { return nil }
        var delegates: [Delegate] = []
        var seen: [String: Int] = [:]
        for row in rows {
            guard delegates.count < Self.maximumDelegates else {
                report(
                    .error(
                        location(row.fields[0]),
                        "more than \(Self.maximumDelegates) delegates; split the list by workshop"))
                break
            }
            guard let delegate = delegate(row, columns: columns) else { continue }
            let key = Slug.make(from: delegate.name) + "|" + Slug.make(from: delegate.organization ?? "")
            if let first = seen[key] {
                report(
                    .warning(
                        delegate.location,
                        "the same delegate as on line \(first) (name and organization); only the first is printed, "
                            + "remove this row or tell them apart"))
                continue
            }
            seen[key] = row.line
            delegates.append(delegate)
        }
        return delegates
    }

    /// The column of each header field, nil for one not read; nil after an error.
    private mutating func columns(of header: CSVTable.Row) -> [DelegateColumn?]? {
        var columns: [DelegateColumn?] = []
        for field in header.fields {
            let column = DelegateColumn.named(field.text)
            if column == nil, !field.text.isEmpty {
                report(
                    .warning(
                        location(field),
                        "the column `\(field.text)` is not read; the columns are \(DelegateColumn.headerRow)"))
            }
            if let column, columns.contains(column) {
                report(
                    .error(
                        location(field), "a second `\(column.header)` column; keep one and rename or remove the other"))
                return nil
            }
            columns.append(column)
        }
        guard columns.contains(.name) else {
            report(
                .error(
                    SourceLocation(path: path, line: header.line, column: 1),
                    "the first row names the columns and needs `họ tên`; write `\(DelegateColumn.headerRow)`"))
            return nil
        }
        return columns
    }

    private mutating func delegate(_ row: CSVTable.Row, columns: [DelegateColumn?]) -> Delegate? {
        if row.fields.count > columns.count {
            let extra = row.fields[columns.count]
            report(
                .error(
                    location(extra),
                    "this row has \(row.fields.count) values and the first row \(columns.count) columns; put a value "
                        + "that holds `,` in quotes (\"Sở Khoa học, Công nghệ\")"))
            return nil
        }
        var values: [DelegateColumn: CSVTable.Field] = [:]
        for (field, column) in zip(row.fields, columns) where !field.text.isEmpty {
            if let column { values[column] = field }
        }
        guard let name = values[.name] else {
            report(
                .error(
                    SourceLocation(path: path, line: row.line, column: 1),
                    "this row has no name; write the delegate's full name in the `họ tên` column, or delete the row"))
            return nil
        }
        var delegate = Delegate(name: name.text, location: location(name))
        delegate.fieldLocations = values.mapValues(location)
        delegate.position = values[.position]?.text
        delegate.organization = values[.organization]?.text
        delegate.category = values[.category]?.text
        delegate.salutation = values[.salutation]?.text
        delegate.email = values[.email]?.text
        delegate.phone = values[.phone]?.text
        if let documents = values[.documents] { delegate.documents = self.documents(documents) }
        if let attended = values[.attended] { delegate.attended = self.attended(attended) }
        return delegate
    }

    /// The documents a `tài liệu` value names, separated by `,` or `;`; an unknown word is an error.
    private mutating func documents(_ field: CSVTable.Field) -> Set<DelegateDocument> {
        var documents: Set<DelegateDocument> = []
        for word in field.text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "+" }) {
            let word = word.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else { continue }
            guard let document = DelegateDocument.named(word) else {
                let known = DelegateDocument.allCases.map { "`\($0.written)`" }.joined(separator: ", ")
                report(.error(location(field), "`\(word)` is not a document Hoithao prints; write \(known)"))
                continue
            }
            documents.insert(document)
        }
        return documents
    }

    /// A tick in the `có mặt` column: `x`, `✓`, `có`, `1` for a delegate who came, `không`, `0` for one who did not.
    private mutating func attended(_ field: CSVTable.Field) -> Bool? {
        if ["✓", "✔", "☑"].contains(field.text) { return true }
        switch Slug.make(from: field.text) {
        case "x", "co", "1", "yes": return true
        case "khong", "0", "no": return false
        default:
            report(
                .error(
                    location(field),
                    "`\(field.text)` in `có mặt`: write `x` for a delegate who came, or leave it empty"))
            return nil
        }
    }

    private func location(_ field: CSVTable.Field) -> SourceLocation {
        SourceLocation(path: path, line: field.line, column: field.column)
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    static let spreadsheetMessage =
        "Hoithao reads delegate lists as CSV, not spreadsheets; in Excel choose File > Save As > "
        + "\"CSV UTF-8 (Comma delimited)\", in LibreOffice File > Save As > \"Text CSV\" with UTF-8, and give that file"
}
