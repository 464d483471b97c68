import HoithaoMarkdown
import Testing

@Suite("Pipe tables over libcmark, by the GFM spec's table examples")
struct PipeTableTests {
    let renderer = MarkdownRenderer()

    /// GFM's expected HTML in Hoithao's form: the table in its scrolling box, header cells with `scope`,
    /// alignment as a class.
    static func table(head: [String], rows: [[String]] = [], aligns: [String] = []) -> String {
        func attributes(_ column: Int) -> String {
            column < aligns.count && !aligns[column].isEmpty ? " class=\"align-\(aligns[column])\"" : ""
        }
        var html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Bảng\">\n<table>\n"
        html += "<thead>\n<tr>\n"
        html += head.enumerated().map { "<th scope=\"col\"\(attributes($0))>\($1)</th>" }.joined() + "\n"
        html += "</tr>\n</thead>\n"
        if !rows.isEmpty {
            html += "<tbody>\n"
            for row in rows {
                html += "<tr>\n" + row.enumerated().map { "<td\(attributes($0))>\($1)</td>" }.joined() + "\n</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }

    @Test("GFM 198: a header row, a delimiter row and a row")
    func simple() {
        #expect(
            renderer.render("| foo | bar |\n| --- | --- |\n| baz | bim |\n").html
                == Self.table(head: ["foo", "bar"], rows: [["baz", "bim"]]))
    }

    @Test("GFM 199: alignment from the colons; outer pipes are optional")
    func alignment() {
        #expect(
            renderer.render("| abc | defghi |\n:-: | -----------:\nbar | baz\n").html
                == Self.table(head: ["abc", "defghi"], rows: [["bar", "baz"]], aligns: ["center", "right"]))
    }

    @Test("GFM 200: an escaped pipe is a pipe in a cell, also inside code and strong")
    func escapedPipes() {
        #expect(
            renderer.render("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n").html
                == Self.table(head: ["f|oo"], rows: [["b <code>|</code> az"], ["b <strong>|</strong> im"]]))
    }

    @Test("GFM 201 and 202: a block quote ends the table; a lazy line is a row; a blank line ends it")
    func tableEnds() {
        #expect(
            renderer.render("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n").html
                == Self.table(head: ["abc", "def"], rows: [["bar", "baz"]])
                + "<blockquote>\n<p>bar</p>\n</blockquote>\n")
        #expect(
            renderer.render("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n").html
                == Self.table(head: ["abc", "def"], rows: [["bar", "baz"], ["bar", ""]]) + "<p>bar</p>\n")
    }

    @Test("GFM 203: a delimiter row with another number of cells makes no table")
    func mismatch() {
        #expect(
            renderer.render("| abc | def |\n| --- |\n| bar |\n").html
                == "<p>| abc | def |\n| --- |\n| bar |</p>\n")
    }

    @Test("GFM 204: short rows get empty cells, long rows lose the extra")
    func ragged() {
        #expect(
            renderer.render("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n").html
                == Self.table(head: ["abc", "def"], rows: [["bar", ""], ["bar", "baz"]]))
    }

    @Test("GFM 205: a table of a header only has no body")
    func headerOnly() {
        #expect(renderer.render("| abc | def |\n| --- | --- |\n").html == Self.table(head: ["abc", "def"]))
    }

    @Test("A cell holds inlines only: text that would open a block stays text; marks and links work in cells")
    func cellsAreInline() {
        let html = renderer.render("| a | b |\n|---|---|\n| # 1 | - x |\n| CO~2~ | www.example.org |\n").html
        #expect(html.contains("<td># 1</td>"))
        #expect(html.contains("<td>- x</td>"))
        #expect(html.contains("<td>CO<sub>2</sub></td>"))
        #expect(html.contains("<td><a href=\"http://www.example.org\">www.example.org</a></td>"))
    }

    @Test("Lines above the header row stay a paragraph; a table in a block quote is read without its marks")
    func tableAfterText() {
        let html = renderer.render("Some text\n| a | b |\n|---|---|\n| 1 | 2 |\n").html
        #expect(html.hasPrefix("<p>Some text</p>\n<div class=\"table-scroll\""))
        let quoted = renderer.render("> | a | b |\n> |---|---|\n> | 1 | 2 |\n").html
        #expect(quoted.contains("<td>1</td><td>2</td>"))
    }

    @Test("A table in code stays code")
    func codeStaysCode() {
        #expect(
            renderer.render("```\n| a | b |\n|---|---|\n```\n").html
                == "<pre><code>| a | b |\n|---|---|\n</code></pre>\n")
    }
}
