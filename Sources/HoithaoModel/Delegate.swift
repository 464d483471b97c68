/// A delegate of a workshop's private list (`delegates.csv`), which Hoithao prints and never publishes.
public struct Delegate: Sendable, Hashable {
    public var name: String
    /// Chức vụ.
    public var position: String?
    /// Đơn vị: the organization.
    public var organization: String?
    /// Nhóm: one of the plan's participant categories.
    public var category: String?
    /// Xưng hô: Ông, Bà; nil prints "Ông/Bà".
    public var salutation: String?
    public var email: String?
    public var phone: String?
    /// Whether the delegate came (`có mặt`), when the list records it after the event.
    public var attended: Bool?
    /// The documents printed for the delegate beyond the sign-in sheet.
    public var documents: Set<DelegateDocument>
    /// Where the delegate's row starts in the list.
    public var location: SourceLocation
    /// Where each value the row gives is.
    public var fieldLocations: [DelegateColumn: SourceLocation] = [:]

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
        documents = DelegateDocument.standard
    }

    /// "Ông", "Bà", or "Ông/Bà" when the list does not say.
    public var address: String { salutation ?? "Ông/Bà" }
}

/// A document printed per delegate, as the list's `tài liệu` column names it.
public enum DelegateDocument: String, Sendable, Hashable, CaseIterable {
    case invitation, nameCard, certificate

    /// What a delegate gets when the column is empty: an invitation and a name card.
    public static let standard: Set<DelegateDocument> = [.invitation, .nameCard]

    /// The words that name it in the column, as slugs (`Giấy mời` is `giay-moi`); the first is the one to write.
    public var words: [String] {
        switch self {
        case .invitation: ["giay-moi", "thu-moi", "invitation"]
        case .nameCard: ["the", "the-deo", "bien-ten", "name-card", "badge"]
        case .certificate: ["chung-nhan", "giay-chung-nhan", "certificate"]
        }
    }

    /// The word to write, as a person writes it.
    public var written: String {
        switch self {
        case .invitation: "giấy mời"
        case .nameCard: "thẻ"
        case .certificate: "chứng nhận"
        }
    }

    /// The document a word names, compared as a slug.
    public static func named(_ word: String) -> DelegateDocument? {
        let slug = Slug.make(from: word)
        return allCases.first { $0.words.contains(slug) }
    }
}

/// A column of the delegate list, by its Vietnamese header and its English aliases.
public enum DelegateColumn: String, Sendable, CaseIterable {
    case name, position, organization, category, salutation, email, phone, documents, attended, note

    /// The header as the example list writes it.
    public var header: String {
        switch self {
        case .name: "họ tên"
        case .position: "chức vụ"
        case .organization: "đơn vị"
        case .category: "nhóm"
        case .salutation: "xưng hô"
        case .email: "email"
        case .phone: "điện thoại"
        case .documents: "tài liệu"
        case .attended: "có mặt"
        case .note: "ghi chú"
        }
    }

    /// Every header read as this column, as slugs.
    var aliases: [String] {
        switch self {
        case .name: ["ho-ten", "ho-va-ten", "name", "full-name"]
        case .position: ["chuc-vu", "position", "job-title"]
        case .organization: ["don-vi", "co-quan", "organization", "organisation", "affiliation"]
        case .category: ["nhom", "thanh-phan", "category", "group"]
        case .salutation: ["xung-ho", "danh-xung", "salutation"]
        case .email: ["email", "e-mail", "thu-dien-tu"]
        case .phone: ["dien-thoai", "so-dien-thoai", "phone", "telephone"]
        case .documents: ["tai-lieu", "documents"]
        case .attended: ["co-mat", "attended", "present"]
        case .note: ["ghi-chu", "note", "notes"]
        }
    }

    /// The column a header names, ignoring case, marks and spacing.
    public static func named(_ header: String) -> DelegateColumn? {
        let slug = Slug.make(from: header)
        return allCases.first { $0.aliases.contains(slug) }
    }

    /// The header row of a list, for messages and the example; a note is the organizer's own and never printed.
    public static var headerRow: String { allCases.map(\.header).joined(separator: ",") }

    /// Whether a table's first row names a delegate list's columns: a name and one more of its columns.
    public static func isDelegateHeader(_ headers: [String]) -> Bool {
        let columns = Set(headers.compactMap(named))
        return columns.contains(.name) && columns.count >= 2
    }

    /// The file names an organizer gives a delegate list, as slugs of the name without its extension.
    public static let listNames: Set<String> = ["delegates", "dai-bieu", "danh-sach-dai-bieu", "ds-dai-bieu"]
}
