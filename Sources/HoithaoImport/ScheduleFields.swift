import Foundation
import HoithaoModel

/// Dates, times, part of day and the venue ("7 giờ 30 ngày 22/5/2020 (Thứ Sáu)", "dự kiến ngày 18/8/2023").
extension PlanImporter {
    static let numericDate = TextPattern(
        #"(?:^|[^\d])(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"#)
    static let longDate = TextPattern(
        TextPattern.kw("ngày") + #"\s*(\d{1,2})\s*"# + TextPattern.kw("tháng") + #"\s*(\d{1,2})\s*"#
            + TextPattern.kw("năm") + #"\s*(\d{4})"#)
    static let time = TextPattern(
        #"(?:^|[^\d/])(\d{1,2})\s*(?:h(?![a-z])|"# + TextPattern.kw("giờ") + #"(?![a-z])|:)\s*(\d{2})?(?![\d/])"#)
    static let weekday = TextPattern(
        TextPattern.kw("thứ") + #"\s*("#
            + ["hai", "ba", "tư", "năm", "sáu", "bảy"].map(TextPattern.kw)
            .joined(separator: "|") + #"|[2-7])(?![a-z])|("# + TextPattern.kw("chủ nhật") + ")")
    static let duration = TextPattern(#"(?:^|[^\d/])(\d{1,2})\s*"# + TextPattern.kw("ngày") + #"(?!\s*\d)"#)
    static let expected = TextPattern(TextPattern.any(["dự kiến", "khoảng"]))
    static let partsOfDay: [(String, PartOfDay)] = [
        ("buổi sáng", .morning), ("sáng ngày", .morning), ("buổi chiều", .afternoon), ("chiều ngày", .afternoon),
        ("buổi tối", .evening), ("tối ngày", .evening), ("cả ngày", .allDay),
    ]

    mutating func readTime(_ lines: [DocumentLine]) {
        let text = FoldedText(lines.map(\.text).joined(separator: " "))
        var dates: [CalendarDate] = []
        for match in Self.numericDate.matches(in: text) {
            guard let day = match.group(1).flatMap(Int.init), let month = match.group(3).flatMap(Int.init),
                let year = match.group(4).flatMap(Int.init), let date = CalendarDate(year: year, month: month, day: day)
            else { continue }
            dates.append(date)
            if let last = match.group(2).flatMap(Int.init), let end = CalendarDate(year: year, month: month, day: last)
            {
                dates.append(end)
            }
        }
        for match in Self.longDate.matches(in: text) {
            if let day = match.group(1).flatMap(Int.init), let month = match.group(2).flatMap(Int.init),
                let year = match.group(3).flatMap(Int.init), let date = CalendarDate(year: year, month: month, day: day)
            {
                dates.append(date)
            }
        }
        guard let date = dates.first else { return }
        let isExpected = Self.expected.firstMatch(in: text) != nil
        if let earlier = draft.date, earlier != date {
            // A later "Thời gian" line moves the workshop: an end date read with the earlier date no longer
            // belongs to it, and kept it could fall before the new start, which no plan loads.
            draft.endDate = nil
            report.found.removeAll { $0.field == "end_date" }
        }
        draft.date = date
        found("date", lines, guess: isExpected ? "the plan says “dự kiến”: the date is expected, not fixed" : nil)
        if let end = dates.dropFirst().first(where: { $0 > date }) {
            draft.endDate = end
            found("end_date", lines)
        }
        readTimes(text, lines)
        readDuration(text, lines)
        checkWeekday(text, date)
    }

    private mutating func readTimes(_ text: FoldedText, _ lines: [DocumentLine]) {
        let times = Self.time.matches(in: text).compactMap { match -> TimeOfDay? in
            guard let hour = match.group(1).flatMap(Int.init) else { return nil }
            return TimeOfDay(hour: hour, minute: match.group(2).flatMap(Int.init) ?? 0)
        }
        if let start = times.first {
            draft.startTime = start
            found("start_time", lines)
        }
        if times.count > 1, let start = times.first, let end = times.dropFirst().first(where: { $0 > start }) {
            draft.endTime = end
            found("end_time", lines)
        }
        for (words, part) in Self.partsOfDay where draft.partOfDay == nil {
            if TextPattern(TextPattern.kw(words)).firstMatch(in: text) != nil {
                draft.partOfDay = part
                found("part_of_day", lines)
            }
        }
    }

    /// "01 ngày" says the workshop takes the whole day; "02 ngày" that it ends the next day.
    private mutating func readDuration(_ text: FoldedText, _ lines: [DocumentLine]) {
        guard let days = Self.duration.firstMatch(in: text)?.group(1).flatMap(Int.init), days >= 1,
            let date = draft.date
        else { return }
        if days == 1, draft.partOfDay == nil, draft.startTime == nil {
            draft.partOfDay = .allDay
            found("part_of_day", lines, guess: "the plan says the workshop takes \(days) ngày")
        } else if days > 1, draft.endDate == nil {
            draft.endDate = date.adding(days: days - 1)
            found("end_date", lines, guess: "the plan says \(days) ngày from the first day; no end date is written")
        }
    }

    private mutating func checkWeekday(_ text: FoldedText, _ date: CalendarDate) {
        guard let match = Self.weekday.firstMatch(in: text) else { return }
        let names = ["hai": 1, "ba": 2, "tu": 3, "nam": 4, "sau": 5, "bay": 6]
        let word = match.group(1).map { FoldedText.fold($0).replacingOccurrences(of: " ", with: "") }
        let weekday = match.group(2) != nil ? 7 : word.flatMap { names[$0] ?? Int($0).map { $0 - 1 } }
        guard let weekday, let written = match.group(1) ?? match.group(2) else { return }
        if weekday == date.isoWeekday {
            note("the weekday written (Thứ \(written)) agrees with the date \(date.day)/\(date.month)/\(date.year)")
        } else {
            note(
                "the weekday written (\(written)) does NOT agree with \(date.day)/\(date.month)/\(date.year); check the date"
            )
        }
    }

    /// "Phòng họp … - Sở KH&CN, đường …": the room before the dash, the building up to the first comma, then the address.
    mutating func readVenue(_ lines: [DocumentLine], source: [DocumentLine]) {
        var text = Self.trimmed(lines.map(\.text).joined(separator: " "))
        if let match = TextPattern("^" + TextPattern.kw("tại") + #"\s+"#).firstMatch(in: FoldedText(text)) {
            text = match.rest
        }
        guard !text.isEmpty else { return }
        var venue: Venue
        if let dash = text.range(of: " - ") ?? text.range(of: " – ") {
            let rest = String(text[dash.upperBound...])
            let comma = rest.range(of: ", ")
            venue = Venue(
                name: String(text[..<dash.lowerBound]),
                building: comma.map { String(rest[..<$0.lowerBound]) } ?? rest,
                address: comma.map { String(rest[$0.upperBound...]) })
        } else if let comma = text.range(of: ", ") {
            venue = Venue(name: String(text[..<comma.lowerBound]), address: String(text[comma.upperBound...]))
        } else {
            venue = Venue(name: text)
        }
        venue.building = venue.building.map(Self.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        venue.address = venue.address.map(Self.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        draft.venue = venue
        let split = venue.building != nil || venue.address != nil
        found(
            "venue", source,
            guess: split ? "the place was split into room, building and address at “ - ” and “, ”" : nil)
    }

    /// A plan with no time part: the first line anywhere in the parts that holds a date.
    mutating func searchScheduleEverywhere(_ outline: DocumentOutline) {
        for line in outline.parts.flatMap(\.bodyLines) + outline.preamble where draft.date == nil {
            let folded = line.folded
            if Self.numericDate.firstMatch(in: folded) != nil || Self.longDate.firstMatch(in: folded) != nil {
                readTime([line])
                if let index = report.found.firstIndex(where: { $0.field == "date" }), report.found[index].guess == nil
                {
                    report.found[index].guess = "no “Thời gian” item; the first date in the text is taken"
                }
            }
        }
    }
}
