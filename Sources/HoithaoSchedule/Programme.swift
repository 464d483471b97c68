import HoithaoModel

/// A workshop's agenda with a stable anchor id for every day and item, shared by the agenda page,
/// the calendars and the schedule so their links agree.
public struct Programme: Sendable {
    /// One agenda item with where it sits and its id.
    public struct Entry: Sendable {
        public let dayIndex: Int
        public let sessionIndex: Int
        public let itemIndex: Int
        public let day: AgendaDay
        public let session: AgendaSession
        public let item: AgendaItem
        /// `ngay-1-0730`, unique in the workshop.
        public let id: String
        public var room: String? { item.room ?? session.room }
    }

    /// `ngay-1`, `ngay-2`, …
    public let dayIDs: [String]
    /// Items in the order the agenda page shows them: day by day, parallel sessions together.
    public let entries: [Entry]
    private let idsByPosition: [[Int]: String]

    public init(_ agenda: [AgendaDay]) {
        var ids = AnchorIDs(reserved: ["main", "facts-heading"])
        var dayIDs: [String] = []
        var entries: [Entry] = []
        var positions: [[Int]: String] = [:]
        for (dayIndex, day) in agenda.enumerated() {
            let dayID = ids.claim("ngay-\(dayIndex + 1)")
            dayIDs.append(dayID)
            for sessionIndex in day.parallelGroups.joined() {
                let session = day.sessions[sessionIndex]
                for (itemIndex, item) in session.items.enumerated() {
                    let id = ids.claim("\(dayID)-\(item.start.text.filter { $0 != ":" })")
                    positions[[dayIndex, sessionIndex, itemIndex]] = id
                    entries.append(
                        Entry(
                            dayIndex: dayIndex, sessionIndex: sessionIndex, itemIndex: itemIndex, day: day,
                            session: session, item: item, id: id))
                }
            }
        }
        self.dayIDs = dayIDs
        self.entries = entries
        self.idsByPosition = positions
    }

    /// The id of the item at a position of the agenda.
    public func id(day: Int, session: Int, item: Int) -> String {
        idsByPosition[[day, session, item]] ?? "ngay-\(day + 1)"
    }
}
