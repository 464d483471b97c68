import Foundation
import HoithaoModel
import TestSupport
import Testing

@Suite("The plan's schema, declared once")
struct PlanSchemaTests {
    static let reference = Repository.root + "/docs/content.md"
    static let opening = "<!-- The table below is made from PlanSchema"
    static let closing = "<!-- end of the table made from PlanSchema -->"

    /// docs/content.md's table of plan.yaml's fields, or nil when its markers are missing.
    static func documentedTable(in text: String) -> Range<String.Index>? {
        guard let opening = text.range(of: opening), let closing = text.range(of: closing),
            let tableStart = text[opening.upperBound...].range(of: "-->\n")?.upperBound,
            tableStart <= closing.lowerBound
        else { return nil }
        return tableStart..<closing.lowerBound
    }

    @Test("docs/content.md's plan.yaml table is the schema's, row for row (HOITHAO_RECORD=1 rewrites it)")
    func documentationIsTheSchema() throws {
        var text = try String(contentsOfFile: Self.reference, encoding: .utf8)
        var table = try #require(Self.documentedTable(in: text), "the table's markers are missing in content.md")
        if Golden.isRecording {
            text.replaceSubrange(table, with: PlanSchema.root.reference)
            try text.write(toFile: Self.reference, atomically: true, encoding: .utf8)
            table = try #require(Self.documentedTable(in: text))
        }
        #expect(String(text[table]) == PlanSchema.root.reference)
    }

    @Test("every field has its help, and the keys of each mapping are its fields' keys, each once")
    func wellFormed() {
        func check(_ field: SchemaField, _ path: String) {
            #expect(!field.help.isEmpty, "\(path)")
            #expect(Set(field.keys).count == field.keys.count, "\(path)")
            for child in field.fields { check(child, path + "." + child.key) }
        }
        check(PlanSchema.root, "")
        #expect(PlanSchema.keys("").first == "title")
        #expect(PlanSchema.keys("agenda.items") == PlanSchema.keys("agenda.sessions.items"))
    }

    @Test("ranges and choices come from the values the readers use")
    func valuesInWords() {
        #expect(PlanSchema.field("participants.expected")?.values == "0–1,000,000")
        #expect(PlanSchema.field("agenda.items.duration")?.values == "1–1,440 minutes; instead of `end`")
        #expect(PlanSchema.field("venue.latitude")?.values == "-90 to 90; with `longitude`")
        #expect(PlanSchema.field("status")?.values == "`scheduled` (default), `postponed`, `cancelled`")
        #expect(PlanSchema.field("agenda.sessions.items.kind")?.values.hasPrefix("`registration`, `opening`") == true)
    }
}
