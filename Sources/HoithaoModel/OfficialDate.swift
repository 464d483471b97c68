/// Dates as an administrative document writes them (Nghị định 30/2020/NĐ-CP, Phụ lục I): a day under 10 and the
/// months January and February with a leading zero, so that no one can turn them into 11 or 12.
public enum OfficialDate {
    /// "05", "22".
    public static func day(_ day: Int) -> String { day < 10 ? "0\(day)" : "\(day)" }

    /// "02", "9", "12".
    public static func month(_ month: Int) -> String { month <= 2 ? "0\(month)" : "\(month)" }

    /// "Bắc Giang, ngày 05 tháng 02 năm 2020"; a part `date` lacks is `blank`, to be written by hand.
    public static func placeAndDate(place: String?, date: PartialDate?, year: Int?, blank: String) -> String {
        let day = date?.day.map(Self.day) ?? blank
        let month = date?.month.map(Self.month) ?? blank
        let yearText = date.map { String($0.year) } ?? year.map(String.init) ?? blank
        let when = "ngày \(day) tháng \(month) năm \(yearText)"
        return place.map { "\($0), \(when)" } ?? when
    }

    /// Whether a title names its own kind of meeting ("Hội thảo “…”", "Hội nghị …"), so that "Hội thảo" is not
    /// said twice before it.
    public static func namesMeeting(_ title: String) -> Bool {
        let lowered = title.lowercased()
        return ["hội thảo", "hội nghị", "tọa đàm", "toạ đàm"].contains { lowered.hasPrefix($0) }
    }
}
