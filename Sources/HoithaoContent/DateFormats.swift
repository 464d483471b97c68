import Foundation
import HoithaoModel

/// The ways an author may write a date or a time, and their parsers.
enum DateFormats {
    static let acceptedDates = "`22/5/2020`, `22/05/2020`, `2020-05-22` or `ngày 22 tháng 5 năm 2020` (a real date)"
    static let acceptedPartialDates = "a date such as `22/5/2020`, or with the day left out `5/2020`, or a year `2020`"
    static let acceptedTimes = "`7:30`, `07:30`, `7h30` or `7 giờ 30` (24-hour clock, so 2 pm is `14:00`)"

    static func date(_ text: String) -> CalendarDate? {
        guard let partial = partialDate(text), let month = partial.month, let day = partial.day else { return nil }
        return CalendarDate(year: partial.year, month: month, day: day)
    }

    /// `22/5/2020`, `5/2020`, `2020`, `2020-05-22`, `2020-05`, `ngày 22 tháng 5 năm 2020`, `tháng 5 năm 2020`.
    static func partialDate(_ text: String) -> PartialDate? {
        guard let written = writtenDate(text), written.impossibility == nil else { return nil }
        return written
    }

    /// Why a date written in an accepted form does not exist ("April has 30 days"), or nil when it is not one.
    static func whyNotADate(_ text: String) -> String? {
        guard let date = writtenDate(text), let reason = date.impossibility else { return nil }
        // 5/22/2020 is the American order; Vietnamese writes the day first.
        if text.contains("/"), let month = date.month, month > 12, let day = date.day, day <= 12 {
            return reason + "; the day comes first, as in `\(month)/\(day)/\(date.year)`"
        }
        return reason
    }

    /// The year, month and day as written, not yet checked against the calendar.
    private static func writtenDate(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        // Day first, as Vietnamese writes dates; ISO dates are turned around to match.
        let numbers: [Int]
        if trimmed.contains("năm") {
            numbers = vietnameseDateNumbers(trimmed)
        } else if trimmed.contains("-") {
            guard let parts = integers(trimmed, separator: "-") else { return nil }
            numbers = parts.reversed()
        } else {
            guard let parts = integers(trimmed, separator: "/") else { return nil }
            numbers = parts
        }
        guard (1...3).contains(numbers.count), let year = numbers.last, NumberRange.year.contains(year) else {
            return nil
        }
        return PartialDate(
            year: year, month: numbers.count >= 2 ? numbers[numbers.count - 2] : nil,
            day: numbers.count == 3 ? numbers[0] : nil)
    }

    /// `7:30`, `07:30`, `7h30`, `7h`, `7 giờ 30`, `7 giờ`.
    static func time(_ text: String) -> TimeOfDay? {
        // The usual `07:30`, without Foundation's string searching.
        let bytes = Array(text.utf8)
        if bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
            bytes.indices.allSatisfy({ $0 == 2 || (48...57).contains(bytes[$0]) })
        {
            let digit = { (index: Int) in Int(bytes[index] - 48) }
            return TimeOfDay(hour: digit(0) * 10 + digit(1), minute: digit(3) * 10 + digit(4))
        }
        let normalized = text.lowercased()
            .replacingOccurrences(of: "phút", with: "")
            .replacingOccurrences(of: "giờ", with: ":")
            .replacingOccurrences(of: "h", with: ":")
            .replacingOccurrences(of: " ", with: "")
        let parts = normalized.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), parts[0].count <= 2 else { return nil }
        let minuteText = parts.count == 2 ? parts[1] : ""
        guard minuteText.count <= 2 else { return nil }
        let minute = minuteText.isEmpty ? 0 : Int(minuteText)
        guard let minute else { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }

    private static func integers(_ text: String, separator: Character) -> [Int]? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        let numbers = parts.compactMap { $0.allSatisfy(\.isASCII) ? Int($0) : nil }
        return numbers.count == parts.count ? numbers : nil
    }

    /// The numbers after "ngày", "tháng" and "năm", in that order; a blank day or month is skipped.
    private static func vietnameseDateNumbers(_ text: String) -> [Int] {
        var numbers: [Int] = []
        for word in ["ngày", "tháng", "năm"] {
            guard let range = text.range(of: word) else { continue }
            let digits = text[range.upperBound...].drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(digits) { numbers.append(number) }
        }
        return numbers
    }
}
