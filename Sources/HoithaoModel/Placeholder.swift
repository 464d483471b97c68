/// A sample value `hoithao new` writes for the user to replace. `build` and `check` recognise it by its exact
/// text at its place and warn until it is changed, so a site never goes out with the example in it.
public struct Placeholder: Sendable, Equatable {
    /// Where the value is: a key path such as `venue.name` or `authors[1].name`, or nil for a line of the body.
    public let key: String?
    public let text: String
    /// What to write instead.
    public let advice: String

    public init(key: String?, _ text: String, _ advice: String) {
        self.key = key
        self.text = text
        self.advice = advice
    }
}

extension Placeholder {
    /// The title `new workshop` makes from the folder's name when no `--title` is given.
    public static func workshopTitle(slug: String) -> Placeholder {
        Placeholder(key: "title", "Hội thảo \(slug)", titleAdvice)
    }

    /// The title of the example workshop `new site` makes.
    public static let firstWorkshopTitle = Placeholder(key: "title", "Hội thảo đầu tiên", titleAdvice)
    private static let titleAdvice = "write the workshop's full title, as its Kế hoạch gives it"

    public static let projectTitle = Placeholder(
        key: "project.title", "Tên đề tài", "write the title of the project the workshop serves, or delete `project`")
    public static let theme = Placeholder(key: "theme", "Chủ đề của hội thảo", "write the theme, or delete the line")
    public static let topics = [
        Placeholder(key: "topics[1]", "Thực trạng.", "write a topic the workshop will clarify, or delete it"),
        Placeholder(key: "topics[2]", "Giải pháp.", "write a topic the workshop will clarify, or delete it"),
    ]
    public static let date = Placeholder(key: "date", "22/5/2030", "write the workshop's (first) day")
    public static let endDate = Placeholder(key: "end_date", "22/5/2030", "write the last day, or delete the line")
    public static let venueName = Placeholder(
        key: "venue.name", "Tên hội trường", "write the room or hall, e.g. `Hội trường tầng 5`")
    public static let venueAddress = Placeholder(
        key: "venue.address", "Số nhà, đường, phường (xã), tỉnh (thành phố)", "write the venue's address")
    public static let venueDirections = Placeholder(
        key: "venue.directions", "Lối vào, chỗ để xe.", "say how to find the room, or delete `directions`")

    /// A plan's placeholders, besides its title.
    public static let plan =
        [projectTitle, theme] + topics + [date, endDate, venueName, venueAddress, venueDirections]

    public static let introduction = [
        Placeholder(
            key: nil, "Giới thiệu hội thảo, viết bằng **Markdown**.", "introduce the workshop in your own words"),
        Placeholder(key: nil, "Vì sao tổ chức hội thảo.", "say why the workshop is held"),
    ]

    /// The title of the sample paper `new workshop` writes.
    public static let samplePaperTitle = Placeholder(
        key: "title", "Tham luận mẫu", "this is the sample paper: write a real paper's title, or delete the file")
    public static let authorName = Placeholder(
        key: "authors[1].name", "Họ và tên tác giả", "write the author's name, family name first")
    public static let authorAffiliation = Placeholder(
        key: "authors[1].affiliation", "Tên cơ quan", "write the author's institution, or delete the line")
    public static let abstract = Placeholder(key: "abstract", "Tóm tắt tham luận.", "write the paper's abstract")
    public static let keyword = Placeholder(key: "keywords[1]", "từ khoá", "write the paper's keywords")
    public static let paperBody = Placeholder(key: nil, "Nội dung tham luận.", "write the paper's text")

    public static let paper = [samplePaperTitle, authorName, authorAffiliation, abstract, keyword, paperBody]

    /// The about page `new site` writes.
    public static let aboutPage = [
        Placeholder(
            key: nil, "Cổng thông tin đăng kế hoạch, chương trình và kỷ yếu các hội thảo.",
            "say who runs the portal and what it is for")
    ]
}
