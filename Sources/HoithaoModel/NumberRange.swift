/// The range of every number read from content, as docs/safety.md and docs/content.md state them: a number
/// outside its range is an error at its place, and none of them can make a sum or a product overflow.
public enum NumberRange {
    /// An agenda item's `duration`, in minutes: at most a day.
    public static let minutes = 1...1440
    /// `participants.expected` and a category's `count`.
    public static let people = 0...1_000_000
    /// A paper's `order` in the proceedings.
    public static let order = 0...1_000_000
    /// The year of any date.
    public static let year = 1000...9999
    /// `venue.latitude` and `venue.longitude`, in degrees.
    public static let latitude = -90.0...90.0
    public static let longitude = -180.0...180.0
}
