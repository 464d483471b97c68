/// Hands out unique anchor ids: the second "Kết luận" becomes `ket-luan-2`.
public struct AnchorIDs: Sendable {
    private var taken: Set<String>

    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    public mutating func claim(_ wanted: String) -> String {
        let base = wanted.isEmpty ? "muc" : wanted
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
