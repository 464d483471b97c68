import ArgumentParser
import Foundation
import HoithaoImport
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

/// `hoithao new paper WORKSHOP "Title"`, or `hoithao new paper WORKSHOP --from bai-viet.docx`.
struct NewPaper: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paper", abstract: "A paper (tham luận) in a workshop, empty or read from a Word file.")

    @Argument(help: "The workshop's folder name.")
    var workshop: String

    @Argument(help: "The paper's title; its file name is made from it. With --from, the document's title if omitted.")
    var title: String?

    @Option(help: "A Word file (.docx) to read the paper from: its front matter, text, tables, pictures and notes.")
    var from: String?

    @Option(help: "The content folder.")
    var content = "Content"

    func validate() throws {
        if title == nil, from == nil {
            throw ValidationError("give the paper's title, or --from a Word file to read it from")
        }
    }

    func run() throws {
        let folder = content + "/workshops/" + workshop
        guard FileManager.default.fileExists(atPath: folder + "/plan.yaml") else {
            Console.error("error: " + Scaffold.Refusal.noWorkshop(folder).description)
            throw ExitCode(2)
        }
        if let from {
            try read(from, into: folder + "/papers")
            return
        }
        let files: [Scaffold.File]
        do {
            files = try Scaffold().paper(title: (title ?? "").nfc)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(2)
        }
        let created = try create(files, in: folder + "/papers")
        print("Created \(created.joined(separator: ", ")).")
    }

    /// Writes the paper read from the Word file `path`, and its pictures in a folder of its own beside it.
    private func read(_ path: String, into papers: String) throws {
        guard (path as NSString).pathExtension.lowercased() == "docx" else {
            Console.error(
                "\(path): error: a paper is read from a Word file (.docx); save it from Word as .docx (a .doc, .odt or "
                    + "PDF too), or copy its text into `hoithao new paper WORKSHOP \"Title\"`")
            throw ExitCode(1)
        }
        let data = try readDocument(path)
        let paper: WordPaper
        switch WordPaper.read(data, title: title) {
        case .success(let read): paper = read
        case .failure(let refusal):
            Console.error("\(path): error: \(refusal.message)")
            throw ExitCode(1)
        }
        let files =
            [Scaffold.File(path: paper.slug + ".md", text: paper.markdown)]
            + paper.pictures.map { Scaffold.File(path: paper.slug + "/" + $0.name, data: $0.data) }
        let created: [String]
        do {
            created = try Scaffold().write(files, into: papers)
        } catch .exists(let existing) {
            Console.error(
                "\(existing): error: the paper already exists and Hoithao never overwrites it; move it away, or give the "
                    + "new one another title: `hoithao new paper \(workshop) \"Another title\" --from \(path)`")
            throw ExitCode(2)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(2)
        }
        let pictures =
            paper.pictures.isEmpty ? "" : " and \(paper.pictures.count) picture(s) in \(papers)/\(paper.slug)/"
        var lines = ["Created \(created[0])\(pictures)."]
        if !paper.report.isEmpty {
            lines.append("Not carried over from \(path):")
            lines += paper.report.map { "  " + $0 }
        }
        lines.append("Check its front matter (title, authors, affiliations, abstract, keywords) against the document.")
        Console.output(lines.joined(separator: "\n"))
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
