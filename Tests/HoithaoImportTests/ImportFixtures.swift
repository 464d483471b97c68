import Foundation
import HoithaoContent
import HoithaoImport
import HoithaoModel
import TestSupport
import Testing

/// The seed plan and the loaded result of an import, shared by the import tests.
enum ImportFixtures {
    static let folder = Repository.root + "/Tests/Fixtures/import"

    /// The real Kế hoạch of the 2020 vải thiều workshop, as Markdown (a copy of the shared seed).
    static var seed: String {
        get throws { try String(contentsOfFile: folder + "/ke-hoach-vai-thieu-2020.md", encoding: .utf8) }
    }

    /// Loads an imported plan.yaml and index.md with the content loader, as `hoithao build` would.
    static func load(_ result: ImportResult) throws -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let yaml = try #require(result.planYAML, "no plan.yaml: \(result.report.text(source: "test"))")
        let files = FileAccess.memory([
            "Content/site.yaml": Data(Fixtures.site.utf8),
            "Content/workshops/imported/plan.yaml": Data(yaml.utf8),
            "Content/workshops/imported/index.md": Data(result.indexMarkdown.utf8),
        ])
        let (site, diagnostics) = ContentLoader(files: files).load(from: "Content")
        return (site?.workshops.first?.plan, diagnostics)
    }
}
