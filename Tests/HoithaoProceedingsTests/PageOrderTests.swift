import Foundation
import Testing

@testable import HoithaoProceedings

@Suite("Reordering the pages of a PDF Cairo wrote")
struct PageOrderTests {
    static let tree = "1 0 obj\n<< /Type /Pages\n   /Kids [ 2 0 R 12 0 R 104 0 R 7 0 R ]\n   /Count 4\n>>\nendobj\n"

    @Test("the last pages move to the front and every byte after the page tree stays where it was")
    func rotates() throws {
        let moved = try PageOrder.movingToFront(last: 1, of: Data(Self.tree.utf8), pageCount: 4)
        #expect(
            String(decoding: moved, as: UTF8.self)
                == Self.tree.replacingOccurrences(of: "2 0 R 12 0 R 104 0 R 7 0 R", with: "7 0 R 2 0 R 12 0 R 104 0 R"))
        #expect(moved.count == Self.tree.utf8.count)
    }

    @Test(
        "a page tree in another form is an error, never a damaged file",
        arguments: [
            "<< /Type /Pages /Kids [ 2 0 R ] >>",
            "<< /Type /Pages\n   /Kids [ 2 0 R 3 0 ]\n>>",
            Self.tree + Self.tree,
        ])
    func refuses(_ text: String) {
        #expect(throws: ProceedingsError.self) {
            try PageOrder.movingToFront(last: 1, of: Data(text.utf8), pageCount: 1)
        }
    }

    @Test("a tree of another number of pages than were drawn, or moving more than it holds, is an error")
    func wrongCount() {
        #expect(throws: ProceedingsError.self) {
            try PageOrder.movingToFront(last: 1, of: Data(Self.tree.utf8), pageCount: 3)
        }
        #expect(throws: ProceedingsError.self) {
            try PageOrder.movingToFront(last: 5, of: Data(Self.tree.utf8), pageCount: 4)
        }
    }
}

@Suite("Repairing the cross-reference table Cairo wrote")
struct CrossReferencesTests {
    static let pdf = """
        %PDF-1.5
        1 0 obj
        [ 2 0 R ]
        endobj
        xref
        0 3
        0000000000 65535 f \n0000000009 00000 n \n0000000009 00000 n \ntrailer
        << /Size 3 /Root 1 0 R >>
        startxref
        34
        %%EOF

        """

    @Test("an object listed but never written becomes free; a written one stays")
    func freesUnwritten() throws {
        let repaired = String(
            decoding: try CrossReferences.freeingUnwrittenObjects(in: Data(Self.pdf.utf8)), as: UTF8.self)
        #expect(repaired.contains("0000000002 65535 f \n0000000009 00000 n \n0000000000 00001 f \n"))
        #expect(repaired.utf8.count == Self.pdf.utf8.count)
    }

    @Test("a file without the table where `startxref` says is an error")
    func refusesDamage() {
        let broken = Self.pdf.replacingOccurrences(of: "startxref\n34", with: "startxref\n35")
        #expect(throws: ProceedingsError.self) { try CrossReferences.freeingUnwrittenObjects(in: Data(broken.utf8)) }
    }
}
