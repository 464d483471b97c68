import Foundation
import HoithaoContent
import HoithaoImport
import HoithaoModel

/// libFuzzer entry: the bytes are imported as a Kế hoạch document (any encoding, any damage). Beyond not
/// crashing, the import keeps its promise: a plan.yaml it writes loads without an error, as `hoithao build` reads
/// it, and when it writes none its report says which of the required fields it did not find.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = PlanImporter.decode(Data(bytes: start, count: count))
    let result = PlanImporter.run(text, source: "fuzz.txt")
    guard let yaml = result.planYAML else {
        if result.report.missing.isEmpty { fatalError("no plan.yaml was written, and the report says nothing missing") }
        return 0
    }
    let files = FileAccess.memory([
        "Content/site.yaml": Data("name: Cổng thử\nlanguage: vi\n".utf8),
        "Content/workshops/imported/plan.yaml": Data(yaml.utf8),
        "Content/workshops/imported/index.md": Data(result.indexMarkdown.utf8),
    ])
    let errors = ContentLoader(files: files).load(from: "Content").diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
        fatalError("the imported plan does not load:\n\(errors.map(\.description).joined(separator: "\n"))\n\(yaml)")
    }
    return 0
}
