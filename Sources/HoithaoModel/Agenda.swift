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

/// What an agenda item is: one of the kinds of a Vietnamese workshop's programme, or a site's own.
public struct AgendaItemKind: Hashable, Sendable {
    /// The word written in the plan and used as a CSS class: `opening`, `field-trip`.
    public var id: String

    public init(_ id: String) {
        self.id = id
    }

    public static let registration = AgendaItemKind("registration")
    public static let opening = AgendaItemKind("opening")
    public static let keynote = AgendaItemKind("keynote")
    public static let paper = AgendaItemKind("paper")
    public static let discussion = AgendaItemKind("discussion")
    public static let breakTime = AgendaItemKind("break")
    public static let lunch = AgendaItemKind("lunch")
    public static let closing = AgendaItemKind("closing")
    public static let other = AgendaItemKind("other")

    /// The kinds every theme knows: đón tiếp, khai mạc, báo cáo đề dẫn, tham luận, thảo luận, giải lao, nghỉ trưa, bế mạc.
    public static let builtIn: [AgendaItemKind] = [
        .registration, .opening, .keynote, .paper, .discussion, .breakTime, .lunch, .closing, .other,
    ]
}

/// A change made to the plan after it was published, shown with the agenda.
public struct Revision: Hashable, Sendable {
    public var date: CalendarDate
    public var time: TimeOfDay?
    public var note: String
    /// Titles of the agenda items this change touched; their calendar events get a new SEQUENCE.
    public var itemTitles: [String]

    public init(date: CalendarDate, time: TimeOfDay? = nil, note: String, itemTitles: [String] = []) {
        self.date = date
        self.time = time
        self.note = note
        self.itemTitles = itemTitles
    }
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

extension AgendaSession {
    /// From the first item's start to the last item's end (or start), in minutes since midnight.
    public var span: ClosedRange<Int>? {
        guard let first = items.first?.start.minutesSinceMidnight else { return nil }
        let last = items.map { ($0.end ?? $0.start).minutesSinceMidnight }.max() ?? first
        return first...max(first, last)
    }
}

extension AgendaDay {
    /// The indices of the day's sessions grouped into runs that overlap in time, each run in time order:
    /// a run of more than one is held in parallel.
    public var parallelGroups: [[Int]] {
        var groups: [(span: ClosedRange<Int>?, sessions: [Int])] = []
        let ordered = sessions.indices.sorted {
            (sessions[$0].span?.lowerBound ?? 0, $0) < (sessions[$1].span?.lowerBound ?? 0, $1)
        }
        for index in ordered {
            let next = sessions[index].span
            if let last = groups.last, let span = last.span, let next, span.upperBound > next.lowerBound {
                groups[groups.count - 1] = (
                    min(span.lowerBound, next.lowerBound)...max(span.upperBound, next.upperBound),
                    last.sessions + [index]
                )
            } else {
                groups.append((next, [index]))
            }
        }
        return groups.map(\.sessions)
    }
}
