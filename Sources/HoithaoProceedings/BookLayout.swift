/// The book's page: its size, margins, typefaces and sizes, in PostScript points.
public struct BookLayout: Sendable {
    public var pageWidth: Double
    public var pageHeight: Double
    /// The margin on the binding side: left on right-hand (odd) pages.
    public var innerMargin: Double
    public var outerMargin: Double
    public var topMargin: Double
    public var bottomMargin: Double
    public var serif = "Noto Serif"
    public var sans = "Noto Sans"
    public var mono = "Noto Mono"
    public var bodySize = 10.5
    /// Characters the content uses beyond English, Vietnamese and common punctuation (math signs,
    /// arrows, other scripts): the fonts Pango falls back on for them count toward the files Cairo
    /// keeps open (`FontBudget`). They change nothing on the page.
    public var unusualCharacters = ""
    /// Line height as a multiple of the font's own.
    public var lineSpacing = 1.2

    public init(
        pageWidth: Double, pageHeight: Double, innerMargin: Double = 72, outerMargin: Double = 60,
        topMargin: Double = 72, bottomMargin: Double = 72
    ) {
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.innerMargin = innerMargin
        self.outerMargin = outerMargin
        self.topMargin = topMargin
        self.bottomMargin = bottomMargin
    }

    /// ISO A4, 210 × 297 mm.
    public static let a4 = BookLayout(pageWidth: 595.276, pageHeight: 841.89)
    /// ISO A5, 148 × 210 mm, with narrower margins.
    public static let a5 = BookLayout(
        pageWidth: 419.528, pageHeight: 595.276, innerMargin: 54, outerMargin: 42, topMargin: 54, bottomMargin: 54)

    public var textWidth: Double { pageWidth - innerMargin - outerMargin }
    public var bodyHeight: Double { pageHeight - topMargin - bottomMargin }

    /// The family for `role` ("serif", "sans" or "mono").
    public func family(_ role: String) -> String {
        role == "sans" ? sans : role == "mono" ? mono : serif
    }

    /// The left edge of the text block; page numbers count from 1, odd pages are right-hand pages.
    public func left(onPage number: Int) -> Double {
        number % 2 == 1 ? innerMargin : outerMargin
    }
}
