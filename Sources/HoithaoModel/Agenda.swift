/// One day of the programme.
public struct AgendaDay: Sendable, Hashable {
    public var date: CalendarDate
    public var sessions: [AgendaSession]

    public init(date: CalendarDate, sessions: [AgendaSession]) {
        self.date = date
        self.sessions = sessions
    }
}

/// A session: a run of items in one room under one chair; sessions may run in parallel.
public struct AgendaSession: Sendable, Hashable {
    public var title: String?
    public var room: String?
    public var chair: String?
    public var items: [AgendaItem]

    public init(title: String? = nil, room: String? = nil, chair: String? = nil, items: [AgendaItem]) {
        self.title = title
        self.room = room
        self.chair = chair
        self.items = items
    }
}

/// One entry of the programme: a time, what happens, who speaks.
public struct AgendaItem: Sendable, Hashable {
    public var start: TimeOfDay
    public var end: TimeOfDay?
    public var title: String
    public var kind: AgendaItemKind
    public var speakers: [Speaker]
    public var room: String?
    public var paperSlug: String?
    public var description: RenderedMarkdown?

    public init(
        start: TimeOfDay, end: TimeOfDay? = nil, title: String, kind: AgendaItemKind = .other,
        speakers: [Speaker] = [], room: String? = nil, paperSlug: String? = nil, description: RenderedMarkdown? = nil
    ) {
        self.start = start
        self.end = end
        self.title = title
        self.kind = kind
        self.speakers = speakers
        self.room = room
        self.paperSlug = paperSlug
        self.description = description
    }
}

/// The kinds of item in a Vietnamese workshop's programme, each styled on its own.
public enum AgendaItemKind: String, Sendable, CaseIterable {
    case registration, opening, keynote, paper, discussion
    case breakTime = "break"
    case lunch, closing, other
}

/// Someone who speaks at an agenda item.
public struct Speaker: Sendable, Hashable {
    public var name: String
    public var affiliation: String?

    public init(name: String, affiliation: String? = nil) {
        self.name = name
        self.affiliation = affiliation
    }
}
