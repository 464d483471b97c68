import ArgumentParser
import Foundation
import HoithaoContent
import HoithaoModel
import HoithaoPrint

extension PrintKind: ExpressibleByArgument {}

/// `hoithao print`: a workshop's printed documents from its plan and a private delegate list, into a folder
/// outside the site.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract:
            "Print a workshop's paper documents as PDF: sign-in sheets, name cards, invitations, certificates and more.",
        discussion: "KIND is one of: " + PrintKind.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    @Argument(help: "What to print: sign-in, name-cards, invitations, certificates, programme or report.")
    var kind: PrintKind

    @Argument(help: "The workshop: its folder name under Content/workshops.")
    var workshop: String

    @Option(help: "The private delegate list (CSV), kept outside the content folder.")
    var delegates: String?

    @Option(help: "The folder to write the PDFs to (default: In/WORKSHOP); never inside Output/ or Content/.")
    var output: String?

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The public address of the site, for the programme's QR code, overriding base_url in site.yaml.")
    var baseURL: String?

    @Option(help: "The invitations' number, blanks kept (default: the plan's symbol with GM for KH: `   /GM-KHCN`).")
    var number: String?

    @Option(help: "The date the documents are issued, D/M/YYYY (default: the plan's document date).")
    var date: String?

    func validate() throws {
        if let baseURL, BaseURL.normalize(baseURL) == nil {
            throw ValidationError(
                "`--base-url \(baseURL)` is not an http(s) address; write `--base-url https://hoithao.example.vn/`")
        }
    }

    func run() throws {
        let folder = output ?? "In/" + workshop
        try refuseInside(folder, of: "Output", why: "the site's folder, which a build replaces and publishes")
        try refuseInside(folder, of: content, why: "the content folder, whose files may be published")
        let (site, diagnostics) = ContentLoader(includeDrafts: true).load(from: content)
        let path = content + "/workshops/" + workshop
        let own = diagnostics.filter { $0.location.path.hasPrefix(path + "/") }
        for diagnostic in own { Console.error(diagnostic.description) }
        guard let found = site?.workshops.first(where: { $0.slug == workshop }) else {
            Console.error("\(path): error: no such workshop; give the name of a folder under \(content)/workshops")
            throw ExitCode(site == nil ? 1 : 2)
        }
        guard !own.hasErrors else {
            Console.error("\(path): error: the plan has errors; fix them first (`hoithao check` shows them all)")
            throw ExitCode(1)
        }
        var kit = PrintKit(
            workshop: found, delegates: try readDelegates(),
            baseURL: baseURL.flatMap(BaseURL.normalize) ?? site?.config.baseURL)
        kit.number = number
        kit.issued = try issueDate()
        let files: [PrintedFile]
        do {
            files = try kit.make(kind)
        } catch let error as PrintError {
            Console.error("error: \(error.description)")
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                try file.data.write(to: URL(fileURLWithPath: folder + "/" + file.name), options: .atomic)
                Console.output("Wrote \(folder)/\(file.name)")
            }
        } catch {
            Console.error("\(folder): error: cannot write the documents (\(error.localizedDescription))")
            throw ExitCode(1)
        }
    }

    private func readDelegates() throws -> [Delegate] {
        guard let delegates else {
            guard !kind.needsDelegates else {
                Console.error(
                    "error: `print \(kind.rawValue)` needs the delegate list: add `--delegates dai-bieu/delegates.csv`")
                throw ExitCode(2)
            }
            return []
        }
        if Self.isInside(delegates, content) {
            Console.error(
                "\(delegates): error: a delegate list inside \(content)/ may be published with the site; move it out "
                    + "(to `dai-bieu/delegates.csv` beside \(content)/, say) and give that path")
            throw ExitCode(2)
        }
        var reader = DelegateReader(path: delegates)
        let list = reader.read()
        for diagnostic in reader.diagnostics { Console.error(diagnostic.description) }
        guard let list, !reader.diagnostics.hasErrors else { throw ExitCode(1) }
        return list
    }

    private func issueDate() throws -> PartialDate? {
        guard let date else { return nil }
        let parts = date.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, let day = CalendarDate(year: parts[2], month: parts[1], day: parts[0]) else {
            Console.error("error: `--date \(date)` is not a date; write the day, month and year: `--date 5/2/2020`")
            throw ExitCode(2)
        }
        return PartialDate(year: day.year, month: day.month, day: day.day)
    }

    /// Whether `path` is `parent` or under it, links resolved.
    private static func isInside(_ path: String, _ parent: String) -> Bool {
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: parent).standardizedFileURL.resolvingSymlinksInPath().path
        return resolved == root || resolved.hasPrefix(root + "/")
    }

    /// Refuses an output folder at or under `parent`: printed documents name delegates.
    private func refuseInside(_ folder: String, of parent: String, why: String) throws {
        guard Self.isInside(folder, parent) else { return }
        Console.error(
            "\(folder): error: the documents name delegates and must not go into \(parent)/ (\(why)); "
                + "write them elsewhere, such as `--output In/\(workshop)`")
        throw ExitCode(2)
    }
}
