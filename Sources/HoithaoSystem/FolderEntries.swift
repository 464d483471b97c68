import Foundation

/// The entries of a folder as `readdir` gives them, without `.` and `..`: each name with its type
/// (`DT_DIR`, `DT_REG`, …, or `DT_UNKNOWN` where the file system does not say). Nil when the folder cannot
/// be opened, with `errno` telling why.
public func folderEntries(_ path: String) -> [(name: String, type: UInt8)]? {
    guard let folder = opendir(path) else { return nil }
    defer { closedir(folder) }
    var entries: [(name: String, type: UInt8)] = []
    while let entry = readdir(folder) {
        var field = entry.pointee.d_name
        let size = MemoryLayout.size(ofValue: field)
        let name = withUnsafePointer(to: &field) {
            $0.withMemoryRebound(to: CChar.self, capacity: size) { String(cString: $0) }
        }
        if name != ".", name != ".." { entries.append((name, entry.pointee.d_type)) }
    }
    return entries
}
