import ArgumentParser
import Foundation
import HoithaoContent
import HoithaoImport
import HoithaoModel

/// `hoithao export-plan`: prints a workshop's plan as a Kế hoạch, in Markdown or as a print-ready HTML page.
struct ExportPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-plan",
        abstract: "Print a workshop's plan as a Kế hoạch in the official layout (Markdown, HTML for printing, or Word)."
    )

    @Argument(help: "The workshop: its folder name under Content/workshops.")
    var workshop: String

    @Option(help: "The content folder.")
    var content = "Content"

    @Flag(help: "Print a print-ready HTML page instead of Markdown.")
    var html = false

    @Flag(help: "Write a Word document (.docx) to sign, in the official layout; needs --output.")
    var docx = false

    func validate() throws {
        if html, docx { throw ValidationError("give `--html` or `--docx`, not both") }
        if docx, output == nil {
            throw ValidationError("`--docx` writes a file: add `--output ke-hoach.docx`")
        }
    }

    @Option(help: "Write to this file instead of printing.")
    var output: String?

    func run() throws {
        let folder = content + "/workshops/" + workshop
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("\(folder): error: no such workshop; give the name of a folder under \(content)/workshops")
            throw ExitCode(2)
        }
        let (site, diagnostics) = ContentLoader(includeDrafts: true).load(from: content)
        let own = diagnostics.filter { $0.location.path.hasPrefix(folder + "/") }
        for diagnostic in own {
            Console.error(diagnostic.description)
        }
        guard let plan = site?.workshops.first(where: { $0.slug == workshop })?.plan, !own.hasErrors else {
            Console.error("\(folder): error: the plan has errors; fix them first (`hoithao check` shows them all)")
            throw ExitCode(1)
        }
        let text = html ? KeHoachHTML.page(plan) : KeHoachMarkdown.text(plan)
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            let data = docx ? try KeHoachWord.document(plan) : Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Console.error("\(output): error: cannot write the file (\(error.localizedDescription))")
            throw ExitCode(1)
        }
    }
}
