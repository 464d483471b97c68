import BuildTestSupport
import Foundation
import HoithaoBuild
import HoithaoModel
import HoithaoScaffold
import TestSupport
import Testing
import Yams

/// The site `hoithao new site` writes, as a fixture site (its paths are relative to `Content/`).
private func scaffoldedSite() throws -> FixtureSite {
    let files = Scaffold().site(name: "Cổng hội thảo: “Khoa học” #1")
    var content: [String: String] = [:]
    for file in files {
        #expect(file.path.hasPrefix("Content/"), "\(file.path)")
        content[String(file.path.dropFirst("Content/".count))] = file.text
    }
    return try FixtureSite(content)
}

/// Every field's path in `field`, the list levels left out (`agenda.sessions.items.start`).
private func paths(_ field: SchemaField, under prefix: String = "") -> [String] {
    field.fields.flatMap { [prefix + $0.key] + paths($0, under: prefix + $0.key + ".") }
}

/// The key paths of a parsed YAML value, lists looked through.
private func keyPaths(_ value: Any, under prefix: String = "") -> Set<String> {
    if let list = value as? [Any] {
        return list.reduce(into: []) { $0.formUnion(keyPaths($1, under: prefix)) }
    }
    guard let mapping = value as? [String: Any] else { return [] }
    return mapping.reduce(into: []) { found, entry in
        found.insert(prefix + entry.key)
        found.formUnion(keyPaths(entry.value, under: prefix + entry.key + "."))
    }
}

@Suite("hoithao new: what it writes builds at once and explains every field")
struct ScaffoldTests {
    @Test("The new site builds and checks with no error; its only warnings are the sample values left to replace")
    func siteBuildsClean() throws {
        let site = try scaffoldedSite()
        for report in [try site.build(), try SiteBuilder(options: site.options(output: false)).run()] {
            #expect(report.succeeded, "\(report.diagnostics)")
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
            let others = report.diagnostics.filter {
                !$0.message.contains("still the example") && !$0.message.contains("base_url")
            }
            #expect(others.isEmpty, "\(others)")
        }
        #expect(try site.output("index.html").contains("Cổng hội thảo: “Khoa học” #1"))
    }

    @Test("A workshop and a paper added with `new workshop` and `new paper` build with no error, quotes in titles too")
    func addedWorkshopAndPaper() throws {
        let site = try scaffoldedSite()
        let folder = "workshops/hoi-thao-thu-hai/"
        for file in Scaffold().workshop(slug: "hoi-thao-thu-hai", title: "Hội thảo: \"lần hai\" #2") {
            try site.write(folder + file.path, file.text)
        }
        for file in try Scaffold().paper(title: "Vải thiều: “thị trường” & giá \\ 'mới'") {
            try site.write(folder + "papers/" + file.path, file.text)
        }
        let report = try site.build()
        #expect(report.succeeded && !report.diagnostics.hasErrors, "\(report.diagnostics)")
        #expect(try site.output("hoi-thao-thu-hai/index.html").contains("Hội thảo: &quot;lần hai&quot; #2"))
        let pages = site.outputFiles().filter { $0.hasPrefix("hoi-thao-thu-hai/") && $0.hasSuffix(".html") }
        let title = "Vải thiều: “thị trường” &amp; giá \\ &#39;mới&#39;"
        #expect(
            try pages.contains { try site.output($0).contains(title) }, "no page shows the paper's title as written")
    }

    @Test("The new plan parses, and names every field of the schema, as a key or in a comment under its parent")
    func planNamesEverySchemaField() throws {
        let text = newPlan(title: "Hội thảo: \"thử\" # một")
        let parsed = try #require(try Yams.load(yaml: text))
        #expect((parsed as? [String: Any])?["title"] as? String == "Hội thảo: \"thử\" # một")
        let present = keyPaths(parsed)
        let commented = Set(
            text.split(separator: "\n").compactMap { line -> String? in
                let body = line.drop(while: { $0 == " " })
                guard body.hasPrefix("#") else { return nil }
                let key = body.dropFirst().drop(while: { " -".contains($0) }).prefix(while: { $0 != ":" })
                return key.allSatisfy { $0.isLetter || $0 == "_" } && !key.isEmpty ? String(key) : nil
            })
        // A field is named by its key, or by a comment under a named parent. A day's `items` take the fields of a
        // session's (the schema's tests check they are the same), so the plan shows them once.
        func named(_ path: String) -> Bool {
            let shown = path.replacingOccurrences(of: "agenda.sessions.items", with: "agenda.items")
            let keys = shown.split(separator: ".")
            let parent = keys.dropLast().joined(separator: ".")
            return present.contains(shown)
                || (commented.contains(String(keys.last ?? "")) && (parent.isEmpty || named(parent)))
        }
        for path in paths(PlanSchema.root) {
            #expect(named(path), "plan.yaml does not name `\(path)`")
        }
    }

    @Test("Every field's comment is the schema's help, so the scaffold explains what the docs explain")
    func commentsAreTheSchemaHelp() {
        let text = newPlan(title: "Hội thảo")
        func check(_ field: SchemaField, _ path: String) {
            for child in field.fields {
                #expect(
                    text.contains("# " + (child.vietnamese.map { $0 + " / " } ?? "") + child.help),
                    "\(path)\(child.key)")
                if child.documentsFields { check(child, path + child.key + ".") }
            }
        }
        check(PlanSchema.root, "")
    }
}

/// The plan `hoithao new workshop` writes.
private func newPlan(title: String) -> String {
    Scaffold().workshop(slug: "hoi-thao", title: title).first { $0.path == "plan.yaml" }?.text ?? ""
}
