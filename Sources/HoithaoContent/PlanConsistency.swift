import HoithaoModel

/// Warnings for a plan that contradicts itself: its times against its agenda, its venue against the agenda's
/// rooms. Run only on a plan without errors, so that a mistake already said is not said again in other words.
struct PlanConsistency {
    let reader: YAMLReader
    let root: YAMLMapping

    func check(_ plan: Plan) {
        if checkTimes(plan), plan.lastDate == plan.date { checkPartOfDay(plan) }
        checkRooms(plan)
    }

    /// `start_time` against the agenda's first item and `end_time` against its last; false after a warning.
    private func checkTimes(_ plan: Plan) -> Bool {
        var agree = true
        if let start = plan.startTime, let first = items(plan, on: plan.date).min(by: { $0.start < $1.start }),
            first.start < start
        {
            reader.warning(
                at: root.value("start_time"),
                "`start_time` \(start.text) is after the agenda's first item, “\(first.title)”, starts at "
                    + "\(first.start.text); write `start_time: \"\(first.start.text)\"`, or fix the agenda")
            agree = false
        }
        if let end = plan.endTime, let last = items(plan, on: plan.lastDate).max(by: { finish($0) < finish($1) }),
            end < finish(last)
        {
            reader.warning(
                at: root.value("end_time"),
                "`end_time` \(end.text) is before the agenda's last item, “\(last.title)”, ends at "
                    + "\(finish(last).text); write `end_time: \"\(finish(last).text)\"`, or fix the agenda")
            agree = false
        }
        return agree
    }

    /// `part_of_day` against the hours the workshop's times and agenda span.
    private func checkPartOfDay(_ plan: Plan) {
        guard let declared = plan.partOfDay else { return }
        let items = items(plan, on: plan.date)
        guard let start = ([plan.startTime].compactMap { $0 } + items.map(\.start)).min() else { return }
        let end = ([plan.endTime].compactMap { $0 } + items.map(finish)).max()
        let noon = 12 * 60
        let minutes = (start: start.minutesSinceMidnight, end: end?.minutesSinceMidnight)
        let fits: Bool
        switch declared {
        case .morning: fits = minutes.start < noon && (minutes.end ?? 0) <= noon + 60
        case .afternoon: fits = (noon - 60..<18 * 60).contains(minutes.start)
        case .evening: fits = minutes.start >= 16 * 60
        case .allDay: fits = minutes.start < noon && (minutes.end ?? noon + 61) > noon + 60
        }
        guard !fits else { return }
        let fitting: PartOfDay =
            minutes.start >= 18 * 60
            ? .evening : minutes.start >= noon ? .afternoon : (minutes.end ?? 0) > noon + 60 ? .allDay : .morning
        let span = start.text + (end.map { "–" + $0.text } ?? "")
        reader.warning(
            at: root.value("part_of_day"),
            "`part_of_day: \(declared.rawValue)` does not fit the workshop's hours, \(span); "
                + "write `part_of_day: \(fitting.rawValue)`, or fix the times")
    }

    /// When every item has a room, the venue should be one of them (or hold them).
    private func checkRooms(_ plan: Plan) {
        let sessions = plan.agenda.flatMap(\.sessions)
        guard !sessions.contains(where: { session in session.room == nil && session.items.contains { $0.room == nil } })
        else { return }
        var rooms: [String] = []
        for room in sessions.compactMap(\.room) + sessions.flatMap(\.items).compactMap(\.room)
        where !rooms.contains(room) {
            rooms.append(room)
        }
        let venue = [plan.venue.name, plan.venue.building].compactMap { $0 }
        guard !rooms.isEmpty,
            !rooms.contains(where: { room in
                venue.contains { PlaceNames.mentions($0, room) || PlaceNames.mentions(room, $0) }
            })
        else { return }
        reader.warning(
            at: root.value("venue")?.value(at: "name") ?? root.value("venue"),
            "the venue, “\(plan.venue.name)”, is none of the agenda's rooms ("
                + rooms.map { "“\($0)”" }.joined(separator: ", ")
                + "); write the hall the agenda uses in `venue.name`, or correct the rooms")
    }

    private func items(_ plan: Plan, on date: CalendarDate) -> [AgendaItem] {
        plan.agenda.filter { $0.date == date }.flatMap { $0.sessions.flatMap(\.items) }
    }

    private func finish(_ item: AgendaItem) -> TimeOfDay { item.end ?? item.start }
}
