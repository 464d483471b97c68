import Foundation
import HoithaoModel
import HoithaoPrint
import TestSupport
import Testing

@Suite("Name cards: folded table cards and badges")
struct NameCardTests {
    @Test("A table card a delegate: the name whole on the front face, on at most two lines, inside the card")
    func tableCards() throws {
        let pdf = try #require(try PrintFixture.print(.nameCards)["bien-ten-de-ban.pdf"])
        try PrintFixture.keepPicture(of: pdf, as: "table-cards")
        let pages = try PDFWords.pages(pdf)
        #expect(pages.count == PrintFixture.delegates.count)
        let millimetre = 72 / 25.4
        let width: Double = 297 * millimetre
        let half: Double = 105 * millimetre
        for (page, delegate) in zip(pages, PrintFixture.delegates) {
            let front = page.filter { $0.yMin > half }
            let name = try #require(front.phrase(delegate.name), "\(delegate.name) is not whole on its card")
            #expect(Set(name.map { Int($0.yMin) }).count <= 2)
            #expect(name.allSatisfy { $0.xMin >= 0 && $0.xMax <= width })
            #expect(name.allSatisfy { $0.height >= 30 }, "a name is set large enough to read across a table")
        }
    }

    @Test("A name too long for one line is made smaller or set on two lines, never cut")
    func longName() throws {
        var kit = try PrintFixture.kit()
        let long = "Tôn Nữ Thị Hoàng Phương Thảo Nguyên Khánh Linh Ngọc Bích Diễm Châu"
        kit.delegates = [Delegate(name: long, location: SourceLocation(path: "x.csv"))]
        let files = try PrintFixture.print(.nameCards, kit)
        let cards = try #require(files["bien-ten-de-ban.pdf"])
        let card = try #require(try PDFWords.pages(cards).first)
        let half: Double = 105 * 72 / 25.4
        let front = card.filter { $0.yMin > half }
        let name = try #require(front.phrase(long))
        #expect(Set(name.map { Int($0.yMin) }).count == 2)
        let badges = try #require(files["the-deo.pdf"])
        let badge = try #require(try PDFWords.pages(badges).first)
        let onBadge = try #require(badge.phrase(long))
        let millimetre = 72 / 25.4
        let right: Double = (210 + 85 * 2) / 2 * millimetre
        #expect(onBadge.allSatisfy { $0.xMax <= right })
    }

    @Test("Badges: ten a sheet, each with the name, position and organization inside its own card")
    func badges() throws {
        let pdf = try #require(try PrintFixture.print(.nameCards)["the-deo.pdf"])
        try PrintFixture.keepPicture(of: pdf, as: "badges")
        let pages = try PDFWords.pages(pdf)
        #expect(pages.count == 3)
        let millimetre = 72 / 25.4
        let card: (width: Double, height: Double) = (85 * millimetre, 54 * millimetre)
        let left: Double = (210 - 2 * 85) / 2 * millimetre
        let top: Double = (297 - 5 * 54) / 2 * millimetre
        for (index, delegate) in PrintFixture.delegates.enumerated() {
            let page = pages[index / 10]
            let place = index % 10
            let x = left + Double(place % 2) * card.width
            let y = top + Double(place / 2) * card.height
            let inside = PrintFixture.words(of: page, inX: x, y: y, width: card.width, height: card.height)
            #expect(inside.phrase(delegate.name) != nil, "\(delegate.name)")
            if let organization = delegate.organization {
                #expect(inside.map(\.text).joined(separator: " ").contains(organization), "\(organization)")
            }
        }
    }
}
