import ArgumentParser
import Foundation
import HoithaoImport
import HoithaoModel

/// `hoithao import`: turns a Kế hoạch document into a workshop folder (plan.yaml and index.md).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Read a Kế hoạch (Word .docx, a text PDF, Markdown or plain text) and write a workshop's plan.yaml and index.md."
    )

    @Argument(help: "The plan document: a Word file (.docx), a PDF with a text layer, Markdown, or plain text.")
    var file: String

    @Option(help: "The workshop folder to write (default: Content/workshops/<slug of the title>).")
    var into: String?

    @Option(help: "The content folder, for the default --into.")
    var content = "Content"

    @Flag(help: "Write nothing; print the plan, index.md and the report.")
    var dryRun = false

    @Flag(help: "Replace plan.yaml and index.md of an existing workshop.")
    var force = false

    func validate() throws {
        if let into, !Slug.isValid((into as NSString).lastPathComponent) {
            let suggestion = Slug.make(from: (into as NSString).lastPathComponent)
            throw ValidationError(
                "--into must end in a slug (lowercase letters, digits and -), such as `\(suggestion)`")
        }
    }

    func run() throws {
        let data = try readDocument(file)
        let result: ImportResult
        switch PlanImporter.run(document: data, path: file) {
        case .success(let imported): result = imported
        case .failure(let refusal):
            Console.error("\(file): error: \(refusal.message)")
            throw ExitCode(1)
        }
        let report = result.report.text(source: file)
        guard let yaml = result.planYAML, let slug = result.slug else {
            Console.output(report, terminator: "")
            let missing = ["title", "date", "venue"].filter { result.report.missing.contains($0) }
            Console.error(
                "\(file): error: the plan's \(missing.joined(separator: ", ")) could not be found; nothing was written")
            throw ExitCode(1)
        }
        let folder = into ?? content + "/workshops/" + slug
        if dryRun {
            Console.output("== \(folder)/plan.yaml\n\(yaml)\n== \(folder)/index.md\n\(result.indexMarkdown)\n\(report)")
            return
        }
        try write(yaml: yaml, index: result.indexMarkdown, to: folder)
        Console.output(report + "\nWrote \(folder)/plan.yaml and \(folder)/index.md.")
    }

    private func write(yaml: String, index: String, to folder: String) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder), !force {
            Console.error(
                "\(folder): error: the workshop already exists; pass --force to replace its plan and index.md")
            throw ExitCode(2)
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder + "/plan.yaml"), options: .atomic)
            if !index.isEmpty {
                try Data(index.utf8).write(to: URL(fileURLWithPath: folder + "/index.md"), options: .atomic)
            }
        } catch {
            Console.error("\(folder): error: cannot write the workshop (\(error.localizedDescription))")
            throw ExitCode(1)
        }
    }
}

/// The bytes of the document at `path`; one that cannot be read is `path: error:` and exit status 1.
func readDocument(_ path: String) throws -> Data {
    do {
        return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
        Console.error("\(path): error: cannot read the file (\(error.localizedDescription))")
        throw ExitCode(1)
    }
}
