import HoithaoModel

/// What the importer recovered from a Kế hoạch: every field optional, nothing invented.
public struct PlanDraft: Sendable, Equatable {
    public var title: String?
    public var document = PlanDocument()
    public var organizers: [String] = []
    public var project: ResearchProject?
    public var theme: String?
    public var chairs: [String] = []
    public var purposes: [String] = []
    public var topics: [String] = []
    public var date: CalendarDate?
    public var endDate: CalendarDate?
    public var startTime: TimeOfDay?
    public var endTime: TimeOfDay?
    public var partOfDay: PartOfDay?
    public var venue: Venue?
    public var expectedDelegates: Int?
    public var participants: [ParticipantCategory] = []
    public var funding: String?
    public var organizingUnits: [OrganizingUnit] = []
    public var recipients: [String] = []
    public var electronicRecipients: [String] = []
    public var signer: Signer?
    /// Programme days with their sessions and timed items; a day without a date is the first day.
    public var agenda: [DraftDay] = []
    /// Programme items without a time: the schema needs a start, so they go to index.md as a list.
    public var untimedProgramme: [String] = []
    /// The paragraphs before the first part (Thực hiện …, Căn cứ …).
    public var preamble: [String] = []
    /// Parts the importer has no field for, kept as prose for index.md.
    public var otherParts: [ProseSection] = []
    /// The closing paragraphs (Trên đây là kế hoạch …).
    public var closing: [String] = []

    public init() {}
}

/// A day of the programme as read; `date` is nil when the programme names no day (the workshop's first).
public struct DraftDay: Sendable, Equatable {
    public var date: CalendarDate?
    public var sessions: [AgendaSession]

    public init(date: CalendarDate? = nil, sessions: [AgendaSession] = []) {
        self.date = date
        self.sessions = sessions
    }
}

extension PlanDraft {
    /// Every timed programme item, in order.
    public var agendaItems: [AgendaItem] { agenda.flatMap { $0.sessions.flatMap(\.items) } }
}

/// A heading and its paragraphs, written to index.md as they are.
public struct ProseSection: Sendable, Equatable {
    public var heading: String
    public var paragraphs: [String]

    public init(heading: String, paragraphs: [String]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}
