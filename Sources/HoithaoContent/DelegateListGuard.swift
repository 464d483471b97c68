import Foundation
import HoithaoModel

/// Finds delegate lists inside the content folder: names, phones and emails that would be published with the
/// files beside them. A list is known by its file name (`delegates.csv`, `dai-bieu.xlsx` …) or, for any CSV, by a
/// first row that names a delegate list's columns.
struct DelegateListGuard {
    let files: FileAccess

    static let spreadsheetEndings: Set<String> = ["csv", "xlsx", "xls", "ods"]
    /// A CSV's header is looked for in its first bytes only.
    static let headerBytes = 4096

    /// An error for each delegate list under `root`, links not followed.
    func scan(_ root: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for entry in (try? files.list(root)) ?? nil ?? [] where entry.linkTarget == nil {
            let path = root + "/" + entry.name
            if entry.isDirectory {
                found += scan(path)
            } else if isDelegateList(entry.name, at: path) {
                found.append(.error(SourceLocation(path: path), Self.message))
            }
        }
        return found
    }

    private func isDelegateList(_ name: String, at path: String) -> Bool {
        let parts = name.split(separator: ".")
        guard parts.count >= 2, let ending = parts.last?.lowercased(), Self.spreadsheetEndings.contains(ending) else {
            return false
        }
        if DelegateColumn.listNames.contains(Slug.make(from: parts.dropLast().joined(separator: "."))) { return true }
        guard ending == "csv", let data = try? files.read(path) else { return false }
        let head = data.prefix(Self.headerBytes)
        let firstLine = head.split(separator: 0x0A, omittingEmptySubsequences: true).first ?? head[...]
        guard let table = try? CSVTable(Data(firstLine)), let row = table.rows.first(where: { !$0.isEmpty }) else {
            return false
        }
        return DelegateColumn.isDelegateHeader(row.fields.map(\.text))
    }

    static let message =
        "a list of delegates is private (names, emails, phones) and everything in the content folder may be "
        + "published; move it out of Content/ (to `dai-bieu/delegates.csv` beside it, say) and print from it with "
        + "`hoithao print KIND WORKSHOP --delegates dai-bieu/delegates.csv`"
}
