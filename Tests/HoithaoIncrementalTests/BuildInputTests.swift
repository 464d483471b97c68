import Foundation
import HoithaoIncremental
import HoithaoModel
import Testing

@Suite("Build settings: each declared once, stamped in the record and digested in what it reaches")
struct BuildInputTests {
    @Test("Each setting, changed alone, changes the record's stamp", arguments: BuildInput.allCases)
    func stamped(_ input: BuildInput) {
        let before = DigestFixture().settings
        let after = BuildSettings { $0 == input ? "other" : before[$0] }
        #expect(after.stamp != before.stamp)
    }

    @Test("Each setting, changed alone, makes again the files it reaches", arguments: BuildInput.allCases)
    func digested(_ input: BuildInput) {
        let before = DigestFixture()
        var after = before
        after.settings = BuildSettings { $0 == input ? "other" : before.settings[$0] }
        let remade = after.remade(since: before)
        let everything = Set(before.made.keys)
        switch input.reach {
        case .papers, .pages: #expect(remade == everything)
        case .books: #expect(remade == ["book.pdf", "mot.pdf", "hai.pdf"])
        case .home: #expect(remade == ["index.html"])
        }
    }

    @Test("Only the settings that reach the papers key the paper cache, with site.yaml's bytes")
    func paperKey() {
        let settings = DigestFixture().settings
        let key = IncrementalState.paperKey(settings, siteFile: Data("name: Cổng".utf8))
        for input in BuildInput.allCases {
            let changed = BuildSettings { $0 == input ? "other" : settings[$0] }
            let changes = IncrementalState.paperKey(changed, siteFile: Data("name: Cổng".utf8)) != key
            #expect(changes == (input.reach == .papers), "\(input)")
        }
        #expect(IncrementalState.paperKey(settings, siteFile: Data("name: Khác".utf8)) != key)
    }
}
