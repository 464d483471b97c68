import Foundation
import HoithaoImport
import HoithaoModel
import Testing

/// The seed as it reaches organizers in other shapes; each variant is made from the seed in code.
enum Variant: String, CaseIterable, CustomTestStringConvertible {
    case plain, crlf, nfd, wrapped, wrappedCRLFNFD, reordered

    var testDescription: String { rawValue }

    func text(_ seed: String) -> String {
        let plain = DocumentVariants.plainText(seed)
        switch self {
        case .plain: return plain
        case .crlf: return DocumentVariants.crlf(seed)
        case .nfd: return DocumentVariants.nfd(seed)
        case .wrapped: return DocumentVariants.wrapped(plain)
        case .wrappedCRLFNFD: return DocumentVariants.nfd(DocumentVariants.crlf(DocumentVariants.wrapped(plain)))
        case .reordered: return DocumentVariants.reordered(seed, order: [5, 3, 0, 2, 1, 4])
        }
    }
}

@Suite("Importing the seed in other shapes: plain text, CRLF, NFD, wrapped, reordered, parts missing")
struct VariantImportTests {
    let seed: String
    let expected: PlanDraft

    init() throws {
        seed = try ImportFixtures.seed
        expected = PlanImporter.run(seed, source: "seed").draft
    }

    @Test("The variant gives exactly the seed's plan, every line placed and none flagged", arguments: Variant.allCases)
    func sameAsSeed(_ variant: Variant) throws {
        let result = PlanImporter.run(variant.text(seed), source: variant.rawValue)
        #expect(result.draft == expected)
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
        #expect(result.report.damaged.isEmpty, "\(result.report.damaged)")
        #expect(result.report.missing == ["end_time", "agenda"])
        #expect(try ImportFixtures.load(result).diagnostics.isEmpty)
    }

    @Test("Lines broken at 70 columns are joined again, and the report names every line they came from")
    func wrappedLineNumbers() {
        let wrapped = DocumentVariants.wrapped(DocumentVariants.plainText(seed))
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 70 })
        let result = PlanImporter.run(wrapped, source: "wrapped")
        let funding = result.report.finding("funding")
        #expect((funding?.lines.count ?? 0) >= 3)
    }

    @Test("Without parts III and V: no participants and no funding, said in the report; the rest as in the seed")
    func missingParts() throws {
        let result = PlanImporter.run(DocumentVariants.reordered(seed, order: [0, 1, 3, 5]), source: "missing")
        var draft = expected
        draft.expectedDelegates = nil
        draft.participants = []
        draft.funding = nil
        #expect(result.draft == draft)
        #expect(
            result.report.missing == [
                "end_time", "participants.expected", "participants.categories", "funding", "agenda",
            ])
        #expect(try ImportFixtures.load(result).diagnostics.isEmpty)
    }
}
