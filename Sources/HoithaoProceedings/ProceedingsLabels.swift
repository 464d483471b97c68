import HoithaoModel

/// The words the book prints around the content, in the workshop's language (from the theme's strings).
public struct ProceedingsLabels: Sendable {
    public var book: String
    public var contents: String
    public var foreword: String
    public var keyFacts: String
    public var date: String
    public var venue: String
    public var organizers: String
    public var theme: String
    public var project: String
    public var chairs: String
    public var abstract: String
    public var keywords: String
    /// The theme's long date pattern, such as `ngày {d} tháng {m} năm {y}`.
    public var datePattern: String
    public var months: [String]

    /// Takes the keys the default theme's strings files define (`contents`, `foreword`, `key_facts` …).
    public init(strings: [String: String], months: [String]) {
        func text(_ key: String, _ fallback: String) -> String { strings[key] ?? fallback }
        book = text("proceedings_book", "Proceedings")
        contents = text("contents", "Contents")
        foreword = text("foreword", "Foreword")
        keyFacts = text("key_facts", "Key facts")
        date = text("fact_date", "Date")
        venue = text("fact_venue", "Venue")
        organizers = text("organizers", "Organizers")
        theme = text("theme", "Theme")
        project = text("project", "Project")
        chairs = text("chairs", "Chairs")
        abstract = text("abstract", "Abstract")
        keywords = text("keywords", "Keywords")
        datePattern = text("date_long", "{d}/{m}/{y}")
        self.months = months
    }

    /// A date in the theme's long form.
    public func longDate(_ date: CalendarDate) -> String {
        let month = months.indices.contains(date.month - 1) ? months[date.month - 1] : String(date.month)
        return datePattern.replacingOccurrences(of: "{d}", with: String(date.day))
            .replacingOccurrences(of: "{month}", with: month)
            .replacingOccurrences(of: "{m}", with: String(date.month))
            .replacingOccurrences(of: "{y}", with: String(date.year))
    }

    /// The workshop's day, or its first and last days.
    public func dates(of plan: Plan) -> String {
        guard let end = plan.endDate, end != plan.date else { return longDate(plan.date) }
        return longDate(plan.date) + " – " + longDate(end)
    }
}
