/// A workshop's plan (Kế hoạch): everything a formal plan document states, from `plan.yaml`.
public struct Plan: Sendable {
    public var title: String
    public var isExample: Bool = false
    public var isDraft: Bool = false
    public var language: Language?
    public var status: WorkshopStatus = .scheduled
    public var document: PlanDocument?
    public var organizers: [String] = []
    public var project: ResearchProject?
    public var theme: String?
    public var chairs: [String] = []
    public var purposes: [String] = []
    public var topics: [String] = []
    public var date: CalendarDate
    public var endDate: CalendarDate?
    public var startTime: TimeOfDay?
    public var endTime: TimeOfDay?
    public var partOfDay: PartOfDay?
    public var timeZone: String
    public var expectedDelegates: Int?
    public var venue: Venue
    public var participants: [ParticipantCategory] = []
    public var funding: String?
    public var organizingUnits: [OrganizingUnit] = []
    public var recipients: [String] = []
    public var electronicRecipients: [String] = []
    public var signer: Signer?
    public var documentTitles: [String: String] = [:]
    public var agenda: [AgendaDay] = []
    /// Changes after publication, oldest first.
    public var revisions: [Revision] = []

    public init(title: String, date: CalendarDate, timeZone: String, venue: Venue) {
        self.title = title
        self.date = date
        self.timeZone = timeZone
        self.venue = venue
    }

    /// The last day of the workshop.
    public var lastDate: CalendarDate { endDate ?? date }
}

/// Whether the workshop goes ahead as planned.
public enum WorkshopStatus: String, Sendable, CaseIterable {
    case scheduled, postponed, cancelled
}

/// The part of the day a short workshop takes (buổi sáng, buổi chiều …).
public enum PartOfDay: String, Sendable, CaseIterable {
    case morning, afternoon, evening
    case allDay = "all-day"
}

/// The plan document's own identity: its number, where and when it was issued, by whom.
public struct PlanDocument: Sendable, Hashable {
    public var number: String?
    public var place: String?
    public var date: PartialDate?
    /// Cơ quan chủ quản: the body the issuer answers to, printed above it.
    public var supervisingAgency: String?
    public var issuer: String?

    public init(
        number: String? = nil, place: String? = nil, date: PartialDate? = nil, supervisingAgency: String? = nil,
        issuer: String? = nil
    ) {
        self.number = number
        self.place = place
        self.date = date
        self.supervisingAgency = supervisingAgency
        self.issuer = issuer
    }
}

/// The research project (đề tài, nhiệm vụ) a workshop is held for.
public struct ResearchProject: Sendable, Hashable {
    public var title: String
    public var kind: String?

    public init(title: String, kind: String? = nil) {
        self.title = title
        self.kind = kind
    }
}

/// Where the workshop takes place.
public struct Venue: Sendable, Hashable {
    public var name: String
    public var building: String?
    public var address: String?
    public var coordinates: Coordinates?
    public var directions: RenderedMarkdown?

    public init(
        name: String, building: String? = nil, address: String? = nil, coordinates: Coordinates? = nil,
        directions: RenderedMarkdown? = nil
    ) {
        self.name = name
        self.building = building
        self.address = address
        self.coordinates = coordinates
        self.directions = directions
    }
}

/// A point on the map, in decimal degrees.
public struct Coordinates: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// A group of invited delegates (thành phần đại biểu) and the organizations in it.
public struct ParticipantCategory: Sendable, Hashable {
    public var name: String
    public var count: Int?
    /// How many came, recorded after the event.
    public var attended: Int?
    public var members: [String]

    public init(name: String, count: Int? = nil, attended: Int? = nil, members: [String] = []) {
        self.name = name
        self.count = count
        self.attended = attended
        self.members = members
    }
}

/// A unit with its tasks in carrying out the plan (tổ chức thực hiện).
public struct OrganizingUnit: Sendable, Hashable {
    public var name: String
    public var tasks: [String]

    public init(name: String, tasks: [String] = []) {
        self.name = name
        self.tasks = tasks
    }
}

/// The person who signs the plan: a title such as Giám đốc, and a name.
public struct Signer: Sendable, Hashable {
    public var title: String?
    public var name: String

    public init(title: String? = nil, name: String) {
        self.title = title
        self.name = name
    }
}
