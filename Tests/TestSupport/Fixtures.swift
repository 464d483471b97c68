/// Small content files for fixture sites.
public enum Fixtures {
    public static let site = """
        name: Cổng hội thảo thử nghiệm
        host: Sở Khoa học và Công nghệ
        language: vi

        """

    /// A plan with only what is required: a title, a date and a venue.
    public static let minimalPlan = """
        title: Hội thảo tối giản
        date: 22/5/2020
        venue:
          name: Hội trường tầng 5

        """

    /// A site with one minimal workshop.
    public static var minimalSite: [String: String] {
        ["site.yaml": site, "workshops/toi-gian/plan.yaml": minimalPlan]
    }
}
