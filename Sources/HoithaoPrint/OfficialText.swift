import HoithaoModel

/// The words and forms of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I).
enum OfficialText {
    static let nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let motto = "Độc lập - Tự do - Hạnh phúc"
    static let weekdays = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

    /// "Bắc Giang, ngày 05 tháng 02 năm 2020"; a part the date lacks is left blank to be written by hand.
    static func placeAndDate(place: String?, date: PartialDate?, year fallback: Int) -> String {
        OfficialDate.placeAndDate(place: place, date: date, year: fallback, blank: "     ")
    }

    /// "Thứ Sáu, ngày 22/5/2020".
    static func weekdayAndDate(_ date: CalendarDate) -> String {
        "\(weekdays[date.isoWeekday - 1]), ngày \(date.written)"
    }

    /// "7 giờ 30" or "8 giờ".
    static func time(_ time: TimeOfDay) -> String {
        time.minute == 0 ? "\(time.hour) giờ" : "\(time.hour) giờ \(time.minute < 10 ? "0" : "")\(time.minute)"
    }

    static func partOfDay(_ part: PartOfDay) -> String {
        switch part {
        case .morning: "buổi sáng"
        case .afternoon: "buổi chiều"
        case .evening: "buổi tối"
        case .allDay: "cả ngày"
        }
    }

    /// The signer's position as its lines, upper case: "KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC" is the two lines a deputy
    /// signs under (KT.), as are "TL. …" and "TM. …".
    static func signerLines(_ signer: Signer?) -> [String] {
        (signer?.title ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            .filter { !$0.isEmpty }
    }

    /// The workshop's days, first to last.
    static func days(of plan: Plan) -> [CalendarDate] {
        let count = max(0, plan.lastDate.daysSinceEpoch - plan.date.daysSinceEpoch) + 1
        return (0..<min(count, 31)).map { plan.date.adding(days: $0) }
    }

    /// "22/5/2020" or "22–23/5/2020" or "30/5/2020–1/6/2020", for a line saying when.
    static func dates(of plan: Plan) -> String {
        guard let end = plan.endDate, end != plan.date else { return plan.date.written }
        // Word joiners keep the range on one line.
        let dash = "\u{2060}–\u{2060}"
        if end.year == plan.date.year, end.month == plan.date.month { return "\(plan.date.day)\(dash)\(end.written)" }
        return "\(plan.date.written)\(dash)\(end.written)"
    }
}
