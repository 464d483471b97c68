import ArgumentParser
import Foundation
import HoithaoModel
import HoithaoScaffold

/// `hoithao new site|workshop|paper`: files to start from, which build at once.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Start a new site, workshop or paper; never overwrites a file.",
        subcommands: [NewSite.self, NewWorkshop.self, NewPaper.self])
}

/// `hoithao new site DIR`.
struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site", abstract: "A portal with one example workshop and a copy of the default theme.")

    @Argument(help: "The folder to create.")
    var folder: String

    @Option(help: "The portal's name.")
    var name = "Cổng thông tin hội thảo khoa học"

    func run() throws {
        guard let theme = DefaultTheme.locate() else {
            Console.error("error: " + DefaultTheme.notFound)
            throw ExitCode(2)
        }
        let created = try create(Scaffold().site(name: name), in: folder)
        let themeTarget = folder + "/Themes/default"
        if !FileManager.default.fileExists(atPath: themeTarget) {
            try FileManager.default.createDirectory(atPath: folder + "/Themes", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: theme, toPath: themeTarget)
        }
        // A folder name with spaces or quotes must be quoted for the shell the newcomer pastes it into.
        let plain = folder.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
        let shellFolder = plain ? folder : "'" + folder.replacingOccurrences(of: "'", with: "'\\''") + "'"
        print("Created \(created.count) files and the theme in \(folder). Next: cd \(shellFolder) && hoithao serve")
    }
}

/// `hoithao new workshop SLUG`.
struct NewWorkshop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop", abstract: "A workshop folder with a plan whose every field is explained.")

    @Argument(help: "The workshop's folder name, which becomes its address (e.g. hoi-thao-vai-thieu-2030).")
    var slug: String

    @Option(help: "The workshop's title.")
    var title: String?

    @Option(help: "The content folder.")
    var content = "Content"

    func run() throws {
        try checkSlug(slug)
        let files = Scaffold().workshop(slug: slug, title: title)
        let created = try create(files, in: content + "/workshops/" + slug)
        print("Created \(content)/workshops/\(slug)/ (\(created.count) files). Edit plan.yaml, then hoithao build.")
    }
}

/// `hoithao new paper WORKSHOP "Title"`.
struct NewPaper: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paper", abstract: "A paper (tham luận) in a workshop.")

    @Argument(help: "The workshop's folder name.")
    var workshop: String

    @Argument(help: "The paper's title; its file name is made from it.")
    var title: String

    @Option(help: "The content folder.")
    var content = "Content"

    func run() throws {
        let folder = content + "/workshops/" + workshop
        guard FileManager.default.fileExists(atPath: folder + "/plan.yaml") else {
            Console.error("error: " + Scaffold.Refusal.noWorkshop(folder).description)
            throw ExitCode(2)
        }
        let files: [Scaffold.File]
        do {
            files = try Scaffold().paper(title: title.nfc)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(2)
        }
        let created = try create(files, in: folder + "/papers")
        print("Created \(created.joined(separator: ", ")).")
    }
}

private func checkSlug(_ name: String) throws {
    guard Slug.isValid(name) else {
        Console.error("error: " + Scaffold.Refusal.notASlug(name, suggestion: Slug.make(from: name)).description)
        throw ExitCode(2)
    }
    guard name.utf8.count <= Slug.maximumLength else {
        Console.error(
            "error: \"\(name)\" is longer than a name in an address may be (\(Slug.maximumLength) characters); "
                + "use `\(Slug.shortened(name))`")
        throw ExitCode(2)
    }
}

private func create(_ files: [Scaffold.File], in folder: String) throws -> [String] {
    do {
        return try Scaffold().write(files, into: folder)
    } catch {
        Console.error("error: \(error.description)")
        throw ExitCode(2)
    }
}
