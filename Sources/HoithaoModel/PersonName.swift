/// Names written family name first, as Vietnamese writes them, turned into the "Family, Given" form that
/// BibTeX, RIS and Google Scholar need; other names are left as written.
public enum PersonName {
    /// Common Vietnamese family names (họ); a name starting with one is family-name-first.
    static let vietnameseFamilyNames: Set<String> = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Đinh", "Trịnh", "Lưu", "Mai", "Đào", "Cao", "Lâm", "Tạ", "Hà", "Tô", "Lương", "Đoàn", "Vương", "Trương",
        "Kiều", "Thái", "La", "Chu", "Quách", "Lại", "Triệu", "Văn", "Châu", "Thân", "Mạc", "Nghiêm", "Khúc", "Tăng",
        "Giang", "Kim", "Lục", "Quan", "Doãn", "Phùng", "Tống", "Hứa", "Âu", "Tôn", "Ninh", "Khổng", "Từ", "Diệp",
    ]

    /// "Nguyễn Văn An" → "Nguyễn, Văn An"; "Jane Smith" stays "Jane Smith".
    public static func citationForm(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2, let family = words.first, vietnameseFamilyNames.contains(String(family).nfc) else {
            return name
        }
        return "\(family), \(words.dropFirst().joined(separator: " "))"
    }
}
