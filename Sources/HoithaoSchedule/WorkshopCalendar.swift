import HoithaoModel

/// A workshop's calendar: one event for the workshop and one per agenda item (RFC 5545).
public struct WorkshopCalendar: Sendable {
    public let workshop: Workshop
    /// The workshop's public address (`https://…/slug/`), for URL properties; nil without a base URL.
    public let workshopURL: String?
    /// The host part of event UIDs, so they stay unique across sites and stable across builds.
    public let uidDomain: String

    private let zone: ZonedTime
    /// Times carry TZID when one STANDARD rule describes the zone, and are given in UTC otherwise.
    private let usesTimeZoneID: Bool

    public init(workshop: Workshop, workshopURL: String?, uidDomain: String) {
        self.workshop = workshop
        self.workshopURL = workshopURL
        self.uidDomain = uidDomain
        zone = ZonedTime(zone: workshop.plan.timeZone)
        usesTimeZoneID = zone.hasFixedOffset(in: workshop.plan.date.year)
    }

    private var plan: Plan { workshop.plan }

    /// `calendar.ics`: the workshop and every item.
    public var whole: String { files.whole }

    /// `calendar.ics`, one calendar per agenda day for the day's "add to calendar" link, and one per agenda
    /// item, by the day's and the item's ids; each item's event is written once for all three.
    public var files: (whole: String, days: [(id: String, text: String)], items: [(id: String, text: String)]) {
        let parts = self.parts
        let programme = Programme(plan.agenda)
        let whole = parts.head + workshopEvent().serialized + parts.events.map(\.text).joined() + parts.end
        let days = programme.dayIDs.enumerated().map { dayIndex, dayID in
            let events = zip(programme.entries, parts.events).filter { $0.0.dayIndex == dayIndex }.map(\.1.text)
            return (dayID, parts.head + events.joined() + parts.end)
        }
        return (whole, days, parts.events.map { ($0.id, parts.head + $0.text + parts.end) })
    }

    /// The pieces a calendar of some of the items is put together from, in the browser too (the visitor's
    /// own agenda): the header with its VTIMEZONE, each item's event by its id, and the end; each folded
    /// and ended by CRLF.
    public var parts: (head: String, events: [(id: String, text: String)], end: String) {
        let events = Programme(plan.agenda).entries.map { ($0.id, itemEvent($0).serialized) }
        return (calendarHeader, events, Self.calendarEnd)
    }

    /// When an item starts and ends, as seconds since 1970 in UTC, by its id; an item without an end time
    /// has none.
    public var instants: [(id: String, start: Int, end: Int?)] {
        Programme(plan.agenda).entries.map { entry in
            (
                entry.id, zone.instant(entry.day.date, entry.item.start),
                entry.item.end.map { zone.instant(entry.day.date, $0) }
            )
        }
    }

    private static let calendarEnd: String = {
        var end = ICalendarText()
        end.raw("END", "VCALENDAR")
        return end.serialized
    }()

    /// Everything before the events: the calendar's properties and, for a zone with one offset, its VTIMEZONE.
    private var calendarHeader: String {
        var text = ICalendarText()
        text.raw("BEGIN", "VCALENDAR")
        text.raw("VERSION", "2.0")
        text.raw("PRODID", "-//Hoithao//Hoithao//\(plan.language?.rawValue.uppercased() ?? "VI")")
        text.raw("CALSCALE", "GREGORIAN")
        text.raw("METHOD", "PUBLISH")
        text.text("X-WR-CALNAME", plan.title)
        if usesTimeZoneID {
            let offset = zone.isoOffset(on: plan.date).filter { $0 != ":" }
            text.raw("BEGIN", "VTIMEZONE")
            text.raw("TZID", plan.timeZone)
            text.raw("BEGIN", "STANDARD")
            text.raw("DTSTART", "19700101T000000")
            text.raw("TZOFFSETFROM", offset)
            text.raw("TZOFFSETTO", offset)
            text.text("TZNAME", zone.label(on: plan.date))
            text.raw("END", "STANDARD")
            text.raw("END", "VTIMEZONE")
        }
        return text.serialized
    }

    private func workshopEvent() -> ICalendarText {
        var event = begin(uid: "\(workshop.slug)@\(uidDomain)", sequence: plan.revisions.count)
        if let start = plan.startTime {
            dateTime(&event, "DTSTART", plan.date, start)
            if let end = plan.endTime { dateTime(&event, "DTEND", plan.lastDate, end) }
        } else {
            event.raw("DTSTART;VALUE=DATE", compact(plan.date))
            event.raw("DTEND;VALUE=DATE", compact(plan.lastDate.adding(days: 1)))
        }
        event.text("SUMMARY", plan.title)
        event.text("LOCATION", Self.place([plan.venue.name, plan.venue.building, plan.venue.address]))
        if let theme = plan.theme { event.text("DESCRIPTION", theme) }
        if let workshopURL { event.raw("URL", workshopURL) }
        return finish(event)
    }

    private func itemEvent(_ entry: Programme.Entry) -> ICalendarText {
        let item = entry.item
        let changes = plan.revisions.filter { $0.itemTitles.contains(item.title) }.count
        var event = begin(uid: "\(workshop.slug)-\(entry.id)@\(uidDomain)", sequence: changes)
        dateTime(&event, "DTSTART", entry.day.date, item.start)
        if let end = item.end { dateTime(&event, "DTEND", entry.day.date, end) }
        event.text("SUMMARY", item.title)
        event.text(
            "LOCATION", Self.place([entry.room, plan.venue.name, plan.venue.building, plan.venue.address]))
        let speakers = item.speakers.map { [$0.name, $0.affiliation].compactMap { $0 }.joined(separator: ", ") }
        if !speakers.isEmpty { event.text("DESCRIPTION", speakers.joined(separator: "\n")) }
        event.text("CATEGORIES", item.kind.id)
        if let workshopURL { event.raw("URL", workshopURL + "agenda/#" + entry.id) }
        return finish(event)
    }

    /// The parts of a place joined by commas, leaving out a part that repeats another or is contained in one
    /// ("Hội trường A" beside "Hội trường A, tầng 3"), as a room and the venue's name often do; of two equal
    /// parts the later, the venue's own, stays.
    static func place(_ parts: [String?]) -> String {
        let parts = parts.compactMap { $0 }.filter { !$0.isEmpty }
        let kept = parts.indices.filter { index in
            !parts.indices.contains { other in
                other != index && (!PlaceNames.same(parts[other], parts[index]) || other > index)
                    && PlaceNames.mentions(parts[other], parts[index])
            }
        }
        return kept.map { parts[$0] }.joined(separator: ", ")
    }

    private func begin(uid: String, sequence: Int) -> ICalendarText {
        var event = ICalendarText()
        event.raw("BEGIN", "VEVENT")
        event.text("UID", uid)
        event.raw("DTSTAMP", stamp)
        event.raw("SEQUENCE", String(sequence))
        event.raw("STATUS", plan.status == .cancelled ? "CANCELLED" : "CONFIRMED")
        return event
    }

    private func finish(_ event: ICalendarText) -> ICalendarText {
        var event = event
        event.raw("END", "VEVENT")
        return event
    }

    private func dateTime(_ event: inout ICalendarText, _ name: String, _ date: CalendarDate, _ time: TimeOfDay) {
        if usesTimeZoneID {
            event.raw(
                "\(name);TZID=\(plan.timeZone)",
                compact(date) + "T" + time.text.filter { $0 != ":" } + "00")
        } else {
            event.raw(name, utc(zone.instant(date, time)))
        }
    }

    /// When the calendar was last changed, from the content (the latest revision, else the first day), so
    /// builds are reproducible.
    private var stamp: String {
        guard let latest = plan.revisions.last else { return utc(zone.instant(plan.date, TimeOfDay.midnight)) }
        return utc(zone.instant(latest.date, latest.time ?? TimeOfDay.midnight))
    }

    private func compact(_ date: CalendarDate) -> String {
        date.iso.filter { $0 != "-" }
    }

    private func utc(_ seconds: Int) -> String {
        let date = CalendarDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - date.daysSinceEpoch * 86_400
        return compact(date) + "T" + twoDigits(rest / 3600) + twoDigits(rest % 3600 / 60) + twoDigits(rest % 60) + "Z"
    }
}
