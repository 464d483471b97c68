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

extension AgendaSession {
    /// From the first item's start to the last item's end (or start), in minutes since midnight.
    public var span: ClosedRange<Int>? {
        guard let first = items.first?.start.minutesSinceMidnight else { return nil }
        let last = items.map { ($0.end ?? $0.start).minutesSinceMidnight }.max() ?? first
        return first...max(first, last)
    }
}

extension AgendaDay {
    /// The day's sessions grouped into runs that overlap in time: a run of more than one is held in parallel.
    public var parallelGroups: [[AgendaSession]] {
        var groups: [(span: ClosedRange<Int>?, sessions: [AgendaSession])] = []
        let ordered = sessions.enumerated().sorted {
            ($0.element.span?.lowerBound ?? 0, $0.offset) < ($1.element.span?.lowerBound ?? 0, $1.offset)
        }
        for (_, session) in ordered {
            if let last = groups.last, let span = last.span, let next = session.span, span.upperBound > next.lowerBound
            {
                groups[groups.count - 1] = (
                    min(span.lowerBound, next.lowerBound)...max(span.upperBound, next.upperBound),
                    last.sessions + [session]
                )
            } else {
                groups.append((session.span, [session]))
            }
        }
        return groups.map(\.sessions)
    }
}
