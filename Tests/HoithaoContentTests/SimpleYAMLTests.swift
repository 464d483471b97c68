import Foundation
import TestSupport
import Testing
import Yams

@testable import HoithaoContent

/// Yams' reading of `text`, as Hoithao's nodes.
private func yams(_ text: String) -> YAMLNode? {
    (try? Yams.compose(yaml: text, .basic, .default, .utf8)).flatMap { $0 }.map { YAMLNode($0) }
}

/// Every YAML text of the fixtures and the sample portal: plans, `site.yaml`, strings, front matter.
private func repositoryYAML() throws -> [(path: String, text: String)] {
    var texts: [(String, String)] = []
    for folder in [Repository.root + "/Tests/Fixtures", Repository.sampleContent, Repository.defaultTheme] {
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".md") {
            guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { continue }
            if file.hasSuffix(".yaml") {
                texts.append((file, text))
            } else if case .success(let split) = FrontMatter.split(text), let yaml = split.yaml {
                texts.append((file, yaml))
            }
        }
    }
    return texts
}

@Suite("Plain YAML read without Yams")
struct SimpleYAMLTests {
    @Test("Every fixture and sample file it reads, it reads exactly as Yams does, marks included; it reads most")
    func sameAsYams() throws {
        let texts = try repositoryYAML()
        var read = 0
        for (path, text) in texts {
            guard let node = SimpleYAML.parse(text) else { continue }
            read += 1
            #expect(node == yams(text), "\(path)")
        }
        #expect(texts.count > 20)
        #expect(read * 10 >= texts.count * 7, "read \(read) of \(texts.count)")
    }

    @Test(
        "Plain forms are read as Yams reads them",
        arguments: [
            "title: Hội thảo\norder: 3\n",
            "title: \"Vải thiều: thị trường\"\nabstract: 'It''s here'\n",
            "keywords: [hợp tác xã, chính sách, vải thiều]\nempty: []\n",
            "authors:\n  - name: Trần Thị Hương\n    affiliation: \"Viện Rau quả\"\n  - Nguyễn Văn A\n",
            "authors:\n- name: A\n  orcid: 0000-0001\nsection: Một\n",
            "# comment\nvenue:\n  name: Hội trường A\n  latitude: 21.2731\n\n  directions: |\n    Dòng một.\n\n    - *Xe buýt:* tuyến 1.\n",
            "note: |-\n  Không có dòng cuối\nnext: x\n",
            "note: |\n  ends the text",
            "url: https://example.org/a#b\ntime: \"7:30\"\nname: -5\n",
            "list:\n  -\n    name: a\n",
        ])
    func plainForms(text: String) throws {
        let node = try #require(SimpleYAML.parse(text))
        #expect(node == yams(text))
    }

    @Test("Nesting deeper than 64 levels is left to Yams rather than recursed into")
    func deepNesting() {
        let deep = (0..<100).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " x\n"
        #expect(SimpleYAML.parse(deep) == nil)
        let shallow = (0..<10).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " x\n"
        #expect(SimpleYAML.parse(shallow) != nil)
    }

    @Test(
        "Anything else is left to Yams",
        arguments: [
            "a: b: c\n", "a: x # note\n", "a:\n", "a: &x 1\nb: *x\n", "a: \"esc\\n\"\n", "a: >\n  folded\n",
            "a: 1\na: 2\n", "a:\tb\n", "a: b\n  continued\n", "a: [x, [y]]\n", "a: {b: c}\n", "- - a\n",
            "a: |+\n  keep\n", "Hội: thảo\n", "a: \"open\n", "--- \na: 1\n", "a: 'x' y\n", "a: [x, ]\n", "a: - x\n",
            "a: x\u{85}y\n", "a: x\u{2028}y\n", "a: |\n    more\n  less\n", "",
        ])
    func leftToYams(text: String) {
        #expect(SimpleYAML.parse(text) == nil)
    }
}
