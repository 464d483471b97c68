import HoithaoTheme
import Testing

@Suite("Template contexts: every value a template value once set")
struct TemplateContextTests {
    @Test("Texts, flags, numbers, lists and nested contexts become their template values")
    func values() {
        let nested: TemplateContext = ["name": "Nguyễn Văn A"]
        let context: TemplateContext = ["title": "Hội thảo", "example": true, "count": 3, "authors": [nested]]
        #expect(context.values["title"] == .text("Hội thảo"))
        #expect(context.values["example"] == .flag(true))
        #expect(context.values["count"] == .number(3))
        #expect(context.values["authors"] == .list([.object(["name": .text("Nguyễn Văn A")])]))
    }

    @Test("A nil value, in a literal or set, leaves its key out, so the template's section is left out too")
    func nilsAreLeftOut() {
        let missing: String? = nil
        let group: TemplateContext? = nil
        var context: TemplateContext = ["theme": missing, "past": group, "title": "A"]
        #expect(context.values.keys.sorted() == ["title"])
        context["title"] = missing
        #expect(context.values.isEmpty)
    }

    @Test("Merging takes the other context's value for a key both have")
    func merging() {
        let layout: TemplateContext = ["title": "Trang", "lang": "vi"]
        #expect(layout.merging(["title": "Tham luận"]).values == ["title": .text("Tham luận"), "lang": .text("vi")])
    }
}
