import Foundation
import HoithaoImport
import HoithaoModel
import Testing

@Suite("Importing text damaged by PDF extraction")
struct DamagedImportTests {
    let seed: String

    init() throws {
        seed = try ImportFixtures.seed
    }

    /// The structure every damaged variant must keep: it is what makes the plan usable.
    func expectSeedStructure(_ result: ImportResult) throws {
        let draft = result.draft
        #expect(draft.date == CalendarDate(year: 2020, month: 5, day: 22))
        #expect(draft.startTime == TimeOfDay(hour: 7, minute: 30))
        #expect(draft.document.number == "/KH-KHCN")
        #expect(draft.document.date == PartialDate(year: 2020, month: 5))
        #expect(draft.purposes.count == 2)
        #expect(draft.chairs.count == 2)
        #expect(draft.topics.count == 3)
        #expect(draft.participants.map(\.members.count) == [6, 3, 1, 2])
        #expect(draft.organizingUnits.map(\.tasks.count) == [1, 1, 1, 1])
        #expect(draft.recipients.count == 2)
        #expect(draft.electronicRecipients.count == 4)
        #expect(draft.signer != nil)
        #expect(draft.venue?.name.hasSuffix("5") == true)
        #expect(result.report.unplaced.isEmpty, "\(result.report.unplaced)")
        let (plan, diagnostics) = try ImportFixtures.load(result)
        #expect(plan != nil)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test(
        "A third of the letters with diacritics dropped (seeded): same structure, damaged lines flagged",
        arguments: 1...6)
    func droppedLetters(seed generatorSeed: UInt64) throws {
        let text = DocumentVariants.droppedDiacritics(seed, rate: 0.3, seed: generatorSeed)
        let result = PlanImporter.run(text, source: "dropped")
        try expectSeedStructure(result)
        #expect(result.draft.expectedDelegates == 70)
        #expect(result.report.found.count >= 21)
        #expect(result.report.damaged.count >= 25, "\(result.report.damaged.count) lines flagged")
        let flagged = Set(result.report.damaged.map(\.line))
        let lost = Set(
            zip(
                seed.split(separator: "\n", omittingEmptySubsequences: false),
                text.split(separator: "\n", omittingEmptySubsequences: false)
            )
            .enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 })
        // Only lines that lost letters are flagged, and five in six of them at least: a line is missed when what its
        // lost letters leave still looks like words (`gi`, `ạo`), or is in capitals, as abbreviations are.
        #expect(flagged.isSubset(of: lost), "\(flagged.subtracting(lost).sorted()) flagged but not damaged")
        let missed = lost.subtracting(flagged)
        #expect(missed.count * 6 <= lost.count, "\(missed.count) of \(lost.count) damaged lines not flagged")
    }

    @Test("Like pdftotext: wrapped, page numbers and form feeds, stray spaces, NFD and dropped letters")
    func pdfLike() throws {
        let plain = DocumentVariants.plainText(seed)
        let damaged = DocumentVariants.droppedDiacritics(DocumentVariants.wrapped(plain), rate: 0.3, seed: 7)
        let text = DocumentVariants.nfd(DocumentVariants.straySpaces(DocumentVariants.paged(damaged)))
        let result = PlanImporter.run(text, source: "pdf")
        try expectSeedStructure(result)
        #expect(result.report.skipped.map(\.text) == ["2", "3", "4"])
        #expect(result.report.skipped.allSatisfy { $0.reason == "a page number" })
        #expect(result.report.found.count == 22)
        #expect(result.report.damaged.count >= 30)
    }

    @Test("Every letter with a diacritic dropped: still no crash, the structure found, guesses said so")
    func everyLetterDropped() throws {
        let result = PlanImporter.run(DocumentVariants.droppedDiacritics(seed, rate: 1, seed: 1), source: "all")
        try expectSeedStructure(result)
        let guessed = Set(result.report.guessed.map(\.field))
        #expect(guessed.isSuperset(of: ["theme", "venue", "signer"]))
        #expect(result.planYAML?.contains("# guessed (line 64): an item of the time-and-venue part") == true)
        #expect(result.report.damaged.count >= 45)
        #expect(result.report.text(source: "all").contains("Possibly damaged; retype these lines"))
    }

    @Test(
        "Text that is not a plan gives no plan.yaml and reports its lines as not placed",
        arguments: [
            "", "\n\n\n", "KẾ HOẠCH\n", "xin chào\n- một\n- hai\n", "\u{FFFD}\u{FFFD}\n12\n", "I.\nII.\n1.\n-\n",
        ])
    func notAPlan(_ text: String) {
        let result = PlanImporter.run(text, source: "junk")
        #expect(result.planYAML == nil)
        #expect(result.report.missing.contains("date"))
    }

    @Test("A decoding error (U+FFFD) marks its line as damaged")
    func replacementCharacter() {
        let text = try? ImportFixtures.seed.replacingOccurrences(
            of: "Lục Ngạn, Lục Nam", with: "L\u{FFFD}c Ngạn, Lục Nam")
        let result = PlanImporter.run(text ?? "", source: "fffd")
        #expect(result.report.damaged.map(\.line) == [53])
    }
}
