import Foundation
import HoithaoModel

/// One language's words of a theme, and its way of writing dates and times.
public struct ThemeStrings: Sendable {
    /// Every key of the strings file, for templates (`{{t.agenda}}`).
    public let table: [String: String]
    /// Thứ Hai … Chủ Nhật, Monday first as ISO counts.
    public let weekdays: [String]
    public let months: [String]
    /// The table as a template value, made once rather than for every page.
    public let templateValue: TemplateValue

    public init(table: [String: String], weekdays: [String], months: [String]) {
        self.table = table
        self.weekdays = weekdays
        self.months = months
        templateValue = .object(table.mapValues(TemplateValue.text))
    }

    public subscript(key: String) -> String {
        table[key] ?? key
    }

    /// "ngày 22 tháng 5 năm 2020" (the official form).
    public func longDate(_ date: CalendarDate) -> String {
        fill(self["date_long"], date)
    }

    /// "22/5/2020".
    public func shortDate(_ date: CalendarDate) -> String {
        fill(self["date_short"], date)
    }

    /// "Thứ Sáu, 22/5/2020".
    public func weekdayDate(_ date: CalendarDate) -> String {
        weekday(date) + ", " + shortDate(date)
    }

    public func weekday(_ date: CalendarDate) -> String {
        weekdays[date.isoWeekday - 1]
    }

    /// A date whose day or month may be blank, as written on a plan: "tháng 5 năm 2020".
    public func partialDate(_ date: PartialDate) -> String {
        guard let month = date.month else { return fill(self["date_year"], year: date.year) }
        guard let day = date.day, let full = CalendarDate(year: date.year, month: month, day: day) else {
            return fill(self["date_month"], year: date.year, month: month)
        }
        return longDate(full)
    }

    /// "7 giờ 30" or "7:30".
    public func time(_ time: TimeOfDay) -> String {
        self["time"].replacingOccurrences(of: "{h}", with: String(time.hour))
            .replacingOccurrences(of: "{hh}", with: time.text.prefix(2).description)
            .replacingOccurrences(of: "{mm}", with: time.text.suffix(2).description)
    }

    private func fill(_ pattern: String, _ date: CalendarDate) -> String {
        fill(pattern, year: date.year, month: date.month, day: date.day)
    }

    private func fill(_ pattern: String, year: Int, month: Int? = nil, day: Int? = nil) -> String {
        var text = pattern.replacingOccurrences(of: "{y}", with: String(year))
        if let month {
            text = text.replacingOccurrences(of: "{month}", with: months[month - 1])
                .replacingOccurrences(of: "{m}", with: String(month))
        }
        if let day { text = text.replacingOccurrences(of: "{d}", with: String(day)) }
        return text
    }
}
