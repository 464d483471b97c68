import Foundation

/// Whether a zone name is one the system's time zone database knows.
enum TimeZoneCheck {
    static func isKnown(_ identifier: String) -> Bool {
        TimeZone(identifier: identifier) != nil
    }
}
