import Foundation
import HoithaoModel

/// The UTC offset of a zone on a given day, written as visitors read it: "GMT+7".
enum TimeZoneOffset {
    static func seconds(_ identifier: String, on date: CalendarDate) -> Int {
        guard let zone = TimeZone(identifier: identifier) else { return 0 }
        let noon = Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400 + 43_200)
        return zone.secondsFromGMT(for: noon)
    }

    static func label(_ identifier: String, on date: CalendarDate) -> String {
        let total = seconds(identifier, on: date)
        let sign = total < 0 ? "-" : "+"
        let hours = abs(total) / 3600
        let minutes = abs(total) % 3600 / 60
        if total == 0 { return "GMT" }
        return minutes == 0 ? "GMT\(sign)\(hours)" : "GMT\(sign)\(hours):\(String(minutes).leftPadded(to: 2))"
    }
}
