import Testing

@testable import HoithaoContent

@Suite("Front matter")
struct FrontMatterTests {
    @Test(
        "The block between the --- lines is the YAML; the rest is the body, its line offset kept",
        arguments: [
            ("---\ntitle: A\n---\nBody\n", "title: A", "Body\n", 3),
            ("---\n---\nBody", "", "Body", 2),
            ("---\na: 1\nb: 2\n...\n", "a: 1\nb: 2", "", 4),
            ("---\ntitle: A\n---", "title: A", "", 3),
            ("No front matter\n---\n", nil, "No front matter\n---\n", 0),
        ] as [(String, String?, String, Int)])
    func split(text: String, yaml: String?, body: String, offset: Int) throws {
        let result = try FrontMatter.split(text).get()
        #expect(result.yaml == yaml)
        #expect(result.body == body)
        #expect(result.bodyLineOffset == offset)
    }

    @Test("A block that never closes is an error")
    func unclosed() {
        #expect(throws: FrontMatterError.self) { try FrontMatter.split("---\ntitle: A\nBody\n").get() }
    }
}
