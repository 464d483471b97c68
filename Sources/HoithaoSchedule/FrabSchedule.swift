import HoithaoModel

/// The programme in the frab schedule JSON that conference schedule apps read.
public struct FrabSchedule: Sendable {
    public let workshop: Workshop
    public let workshopURL: String?

    public init(workshop: Workshop, workshopURL: String?) {
        self.workshop = workshop
        self.workshopURL = workshopURL
    }

    /// `schedule.json`: conference → days → rooms → events.
    public var json: String {
        JSONText.encode(["schedule": schedule])
    }

    var schedule: [String: Any] {
        let plan = workshop.plan
        let programme = Programme(plan.agenda)
        var conference: [String: Any] = [
            "acronym": acronym,
            "title": plan.title,
            "start": plan.date.iso,
            "end": plan.lastDate.iso,
            "daysCount": plan.agenda.count,
            "timeslot_duration": "00:05",
            "time_zone_name": plan.timeZone,
            "days": plan.agenda.indices.map { day(at: $0, programme) },
        ]
        conference["url"] = workshopURL
        var schedule: [String: Any] = [
            "version": plan.revisions.isEmpty ? "1" : "1.\(plan.revisions.count)", "conference": conference,
        ]
        schedule["base_url"] = workshopURL
        return schedule
    }

    /// The slug as the c3voc schedule schema wants an acronym: `_` for `-`, at least four characters.
    private var acronym: String {
        let underscored = String(workshop.slug.map { $0 == "-" ? "_" : $0 })
        return underscored + String(repeating: "_", count: max(0, 4 - underscored.count))
    }

    private func day(at index: Int, _ programme: Programme) -> [String: Any] {
        let agendaDay = workshop.plan.agenda[index]
        let zone = ZonedTime(zone: workshop.plan.timeZone)
        let entries = programme.entries.filter { $0.dayIndex == index }
        var rooms: [String: [[String: Any]]] = [:]
        for entry in entries {
            rooms[entry.room ?? workshop.plan.venue.name, default: []].append(event(entry, zone: zone))
        }
        let starts = entries.map(\.item.start)
        let ends = entries.map { $0.item.end ?? $0.item.start }
        var day: [String: Any] = ["index": index + 1, "date": agendaDay.date.iso, "rooms": rooms]
        day["day_start"] = starts.min().map { zone.iso(agendaDay.date, $0) }
        day["day_end"] = ends.max().map { zone.iso(agendaDay.date, $0) }
        return day
    }

    private func event(_ entry: Programme.Entry, zone: ZonedTime) -> [String: Any] {
        let item = entry.item
        let minutes = item.end.map { $0.minutesSinceMidnight - item.start.minutesSinceMidnight } ?? 0
        var event: [String: Any] = [
            "id": StableID.number("\(workshop.slug)/\(entry.id)"),
            "guid": StableID.uuid("\(workshop.slug)/\(entry.id)"),
            "date": zone.iso(entry.day.date, item.start),
            "start": item.start.text,
            "duration": "\(twoDigits(minutes / 60)):\(twoDigits(minutes % 60))",
            "room": entry.room ?? workshop.plan.venue.name,
            "slug": "\(workshop.slug)-\(entry.id)",
            "title": item.title,
            "subtitle": "",
            "track": entry.session.title ?? "",
            "type": item.kind.id,
            "language": (workshop.plan.language ?? .vietnamese).rawValue,
            "abstract": "",
            "description": "",
            "persons": item.speakers.enumerated().map { index, speaker in
                ["id": StableID.number("\(workshop.slug)/\(entry.id)/\(index)"), "public_name": speaker.name]
                    as [String: Any]
            },
            "links": [] as [Any],
            "attachments": [] as [Any],
        ]
        event["url"] = workshopURL.map { $0 + "agenda/#" + entry.id }
        return event
    }
}

/// Identifiers derived from content, so they stay the same between builds (FNV-1a).
enum StableID {
    static func hash(_ text: String, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var value = seed
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// A positive number that fits in JSON and 32-bit clients.
    static func number(_ text: String) -> Int {
        Int(hash(text) % 2_000_000_000) + 1
    }

    /// A UUID-shaped id (version 8, content-derived).
    static func uuid(_ text: String) -> String {
        let high = hash(text)
        let low = hash(text, seed: 0x8422_2325_cbf2_9ce4)
        let hex = String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16)
        var characters = Array(hex)
        characters[12] = "8"
        characters[16] = ["8", "9", "a", "b"][Int(low >> 62)]
        let text = String(characters)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(
                text[
                    text.index(
                        text.startIndex, offsetBy: range.lowerBound)..<text.index(
                            text.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
