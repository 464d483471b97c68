import Foundation
import HoithaoModel

/// Wall-clock times in a workshop's own zone, turned into the forms calendars and schema.org need.
public struct ZonedTime: Sendable {
    public let zone: String
    /// Looked up once: finding a zone by name reads the system's zone data.
    private let timeZone: TimeZone?

    public init(zone: String) {
        self.zone = zone
        timeZone = TimeZone(identifier: zone)
    }

    /// The offset from UTC, in seconds, at noon on `date`.
    public func offsetSeconds(on date: CalendarDate) -> Int {
        guard let timeZone else { return 0 }
        let noon = Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400 + 43_200)
        return timeZone.secondsFromGMT(for: noon)
    }

    /// "GMT+7", as visitors read it.
    public func label(on date: CalendarDate) -> String {
        let total = offsetSeconds(on: date)
        guard total != 0 else { return "GMT" }
        let (sign, hours, minutes) = parts(total)
        return minutes == 0 ? "GMT\(sign)\(hours)" : "GMT\(sign)\(hours):\(twoDigits(minutes))"
    }

    /// "+07:00" for ISO 8601.
    public func isoOffset(on date: CalendarDate) -> String {
        let (sign, hours, minutes) = parts(offsetSeconds(on: date))
        return "\(sign)\(twoDigits(hours)):\(twoDigits(minutes))"
    }

    /// "2020-05-22T07:30:00+07:00".
    public func iso(_ date: CalendarDate, _ time: TimeOfDay) -> String {
        "\(date.iso)T\(time.text):00\(isoOffset(on: date))"
    }

    /// Seconds since 1970 of a local wall-clock time.
    public func instant(_ date: CalendarDate, _ time: TimeOfDay) -> Int {
        date.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60 - offsetSeconds(on: date)
    }

    /// Whether the zone keeps one offset all year, so a calendar may describe it with one STANDARD rule.
    public func hasFixedOffset(in year: Int) -> Bool {
        guard let timeZone, let start = CalendarDate(year: year, month: 1, day: 1)
        else { return true }
        let from = Date(timeIntervalSince1970: Double(start.daysSinceEpoch) * 86_400)
        guard let transition = timeZone.nextDaylightSavingTimeTransition(after: from) else { return true }
        return transition.timeIntervalSince1970 > Double(start.adding(days: 366).daysSinceEpoch) * 86_400
    }

    private func parts(_ seconds: Int) -> (String, Int, Int) {
        (seconds < 0 ? "-" : "+", abs(seconds) / 3600, abs(seconds) % 3600 / 60)
    }
}

func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
}
