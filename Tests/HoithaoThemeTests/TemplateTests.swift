import Testing

@testable import HoithaoTheme

/// Renders `text` with `context`, with `partials` available to `{{>name}}` and `{{<name}}`.
private func render(_ text: String, _ context: [String: Any] = [:], partials: [String: String] = [:]) throws
    -> String
{
    let main = try Template(text)
    var templates = try partials.mapValues { text throws(TemplateSyntaxError) in try Template(text) }
    templates["main"] = main
    var renderer = TemplateRenderer(templates: templates, context: TemplateValue(context))
    renderer.render(main.nodes)
    return String(decoding: renderer.output, as: UTF8.self)
}

/// The syntax error `text` has, as `line:column: message`.
private func syntaxError(_ text: String) -> String? {
    do {
        _ = try Template(text)
        return nil
    } catch {
        return error.description
    }
}

@Suite("Templates render the Mustache language")
struct TemplateTests {
    @Test("`{{value}}` escapes the five HTML characters; `{{{value}}}` and `{{&value}}` do not")
    func escaping() throws {
        let context = ["x": "<a href=\"v\">'Tôi' & bạn</a>"]
        #expect(try render("{{x}}", context) == "&lt;a href=&quot;v&quot;&gt;&#39;Tôi&#39; &amp; bạn&lt;/a&gt;")
        #expect(
            try render("{{{x}}}|{{& x }}", context) == "<a href=\"v\">'Tôi' & bạn</a>|<a href=\"v\">'Tôi' & bạn</a>")
        #expect(try render("{{% CONTENT_TYPE: TEXT }}{{x}}", ["x": "<b>"]) == "<b>")
    }

    @Test("Missing values show nothing; numbers and flags show as written")
    func values() throws {
        #expect(try render("[{{missing}}] {{n}} {{yes}}", ["n": 42, "yes": true]) == "[] 42 true")
    }

    @Test("A section shows once for true, once per list item, inside an object, and not for false or empty")
    func sections() throws {
        let context: [String: Any] = [
            "yes": true, "no": false, "none": [Any](), "items": [["n": "a"], ["n": "b"]],
            "person": ["name": "Lan"], "name": "outer",
        ]
        #expect(
            try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#none}}E{{/none}}{{#missing}}M{{/missing}}", context) == "Y")
        #expect(try render("{{#items}}<{{n}}>{{/items}}", context) == "<a><b>")
        #expect(try render("{{#person}}{{name}}{{/person}} {{name}}", context) == "Lan outer")
        #expect(
            try render("{{^no}}1{{/no}}{{^none}}2{{/none}}{{^missing}}3{{/missing}}{{^yes}}4{{/yes}}", context) == "123"
        )
    }

    @Test("Names are looked up in the enclosing values; dotted names go inside; `.name` only in the current one")
    func lookup() throws {
        let context: [String: Any] = ["site": "S", "a": ["b": ["c": "deep"]], "items": [["x": "1"]]]
        #expect(try render("{{#items}}{{x}}{{site}}{{/items}}", context) == "1S")
        #expect(try render("{{a.b.c}}|{{#a}}{{b.c}}{{/a}}", context) == "deep|deep")
        #expect(try render("{{#items}}[{{.site}}]{{/items}}", context) == "[]")
        #expect(try render("{{#list}}{{.}},{{/list}}", ["list": ["x", "y"]]) == "x,y,")
    }

    @Test("`first()`, `last()`, `index()` and value transforms")
    func transforms() throws {
        let context: [String: Any] = ["items": ["a", "b", "c"], "name": "lan"]
        #expect(try render("{{#items}}{{.}}{{^last()}}, {{/last()}}{{/items}}", context) == "a, b, c")
        #expect(try render("{{#items}}{{#first()}}^{{/first()}}{{index()}}{{/items}}", context) == "^012")
        #expect(
            try render("{{uppercased(name)}} {{count(items)}} {{#empty(items)}}x{{/empty(items)}}", context) == "LAN 3 "
        )
    }

    @Test("A tag alone on its line leaves no blank line behind")
    func standaloneLines() throws {
        #expect(try render("| A\n{{#yes}}\n|\n{{/yes}}\n| B\n", ["yes": true]) == "| A\n|\n| B\n")
        #expect(try render("| A\n  {{! a comment }}\n| B", [:]) == "| A\n| B")
        #expect(try render("  {{#yes}}x{{/yes}}\n", ["yes": true]) == "  x\n")
    }

    @Test("A partial alone on an indented line is indented as a whole")
    func indentedPartial() throws {
        let output = try render(
            "\\\n {{>partial}}\n/\n", ["content": "<\n->"], partials: ["partial": "|\n{{{content}}}\n|\n"])
        #expect(output == "\\\n |\n <\n->\n |\n/\n")
    }

    @Test("A template extends another: its blocks replace the parent's, the outermost override wins")
    func inheritance() throws {
        let partials = [
            "base": "<title>{{$title}}Default{{/title}}</title>\n<main>\n{{$main}}{{/main}}</main>\n",
            "middle": "{{<base}}{{$title}}Middle{{/title}}{{$main}}middle{{/main}}{{/base}}",
        ]
        #expect(
            try render("{{<base}}\n{{$main}}\n  <p>{{x}}</p>\n{{/main}}\n{{/base}}\n", ["x": "&"], partials: partials)
                == "<title>Default</title>\n<main>\n<p>&amp;</p>\n</main>\n")
        #expect(try render("{{<middle}}{{$title}}Top{{/title}}{{/middle}}", partials: partials).hasPrefix("<title>Top"))
    }

    @Test("Partials nest as deep as the data goes, and no deeper than the limit when one includes itself")
    func recursivePartials() throws {
        let tree: [String: Any] = [
            "name": "a", "children": [["name": "b", "children": [["name": "c", "children": [Any]()]]]],
        ]
        #expect(
            try render("{{>node}}", tree, partials: ["node": "({{name}}{{#children}}{{>node}}{{/children}})"])
                == "(a(b(c)))")
        let loop = try Template("x{{>loop}}")
        var renderer = TemplateRenderer(templates: ["loop": loop], context: TemplateValue([String: Any]()))
        renderer.render(loop.nodes)
        #expect(renderer.runaway?.name == "loop" && renderer.runaway?.limit == .depth)
        #expect(renderer.output.count == TemplateRenderer.maximumDepth + 1)
    }

    @Test("Partials that each include the next twice stop at the expansion limit instead of doubling per level")
    func doublingPartials() throws {
        // 40 levels of doubling would be 2^40 partials; the limit stops it after maximumExpansions.
        var templates: [String: Template] = ["level40": try Template("x")]
        for level in 0..<40 {
            templates["level\(level)"] = try Template("{{>level\(level + 1)}}{{>level\(level + 1)}}")
        }
        var renderer = TemplateRenderer(templates: templates, context: TemplateValue([String: Any]()))
        renderer.render(try Template("{{>level0}}").nodes)
        #expect(renderer.runaway?.limit == .expansions)
        #expect(renderer.output.count <= TemplateRenderer.maximumExpansions)
    }

    @Test("Delimiters can be changed")
    func delimiters() throws {
        #expect(try render("{{=<% %>=}}<% x %>{{x}}", ["x": "1"]) == "1{{x}}")
    }

    @Test(
        "A syntax error says where and what to write",
        arguments: [
            (
                "a\n{{#s}}\n{{/t}}",
                "3:4: a section is closed with a different name than it was opened with; close it with `{{/s}}`"
            ),
            ("{{#s}}\nopen", "2:5: the section `s` is never closed; add `{{/s}}`"),
            ("x {{name", "1:9: a tag is not finished; close it with `}}`"),
            ("{{! no end", "1:1: a comment is not closed; end it with `}}`"),
            ("{{a(b}}", "1:3: `a(b` is not a name or a transform like `uppercased(name)`"),
            ("{{<base}}{{x}}{{/base}}", "1:1: inside `{{<base}}` only `{{$block}}…{{/block}}` overrides may appear"),
        ])
    func syntaxErrors(_ text: String, _ expected: String) {
        #expect(syntaxError(text) == expected)
    }
}
