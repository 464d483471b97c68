import Foundation
import TestSupport
import Testing

/// What a run of the `hoithao` binary printed and how it ended.
struct Run {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs the built `hoithao` binary (`swift build` makes it) in `folder`.
func hoithao(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Run {
    let binary = Repository.root + "/.build/debug/hoithao"
    try #require(FileManager.default.isExecutableFile(atPath: binary), "run `swift build` before the tests")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
        status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
        errors: String(decoding: errorData, as: UTF8.self))
}

@Suite("The hoithao command line")
struct CommandLineTests {
    @Test("`check` on a plan with a word for a number prints file, line and column and exits 1")
    func checkReportsLocation() throws {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/plan.yaml"] = Fixtures.minimalPlan + "participants:\n  expected: \"bảy mươi\"\n"
        let site = try FixtureSite(files)
        let run = try hoithao(["check", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 1)
        #expect(
            run.errors.contains(
                "Content/workshops/toi-gian/plan.yaml:6:13: error: `participants.expected` must be a whole number"))
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("`check` on good content writes nothing and exits 0")
    func checkWritesNothing() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["check", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 0)
        #expect(run.output == "Checked 6 pages: no errors.\n")
        #expect(!FileManager.default.fileExists(atPath: site.outputPath))
    }

    @Test("`build` with the defaults writes Output/ and ends with one summary line")
    func build() throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(["build", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Built 6 pages and copied 3 files into Output in ") == true)
        #expect(FileManager.default.fileExists(atPath: site.outputPath + "/toi-gian/index.html"))
    }

    @Test(
        "Usage errors exit 2",
        arguments: [
            ["build", "--no-such-flag"], ["frobnicate"], ["build", "--base-url", "ftp://x"],
            ["build", "--output", "Content"],
        ])
    func usageErrors(arguments: [String]) throws {
        let site = try FixtureSite(Fixtures.minimalSite)
        let run = try hoithao(arguments + ["--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 2, "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: site.contentPath + "/site.yaml"))
    }

    @Test("`check --links` finds a link to a missing page and a missing anchor")
    func brokenLinks() throws {
        var files = Fixtures.minimalSite
        files["workshops/toi-gian/index.md"] =
            "[Chương trình](agenda/index.html) [sai](nowhere/index.html) [mục](#khong-co)\n"
        let site = try FixtureSite(files)
        let run = try hoithao(["check", "--links", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 1)
        #expect(
            run.errors.split(separator: "\n").prefix(2) == [
                "toi-gian/index.html:91:77: error: the link `nowhere/index.html` leads to no page, file or anchor of the "
                    + "site",
                "toi-gian/index.html:91:114: error: the link `#khong-co` leads to no page, file or anchor of the site",
            ])
        #expect(try hoithao(["check", "--theme", Repository.defaultTheme], in: site.root).status == 0)
    }

    @Test("`--timings` prints each step of the build with its time")
    func timings() throws {
        let site = try FixtureSite(fixture: "portal")
        let run = try hoithao(["build", "--timings", "--no-books", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 0)
        let steps = run.errors.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(steps == ["stamps", "load", "prepare", "downloads", "files", "pages", "sweep", "swap", "cache"])
        #expect(run.errors.split(separator: "\n").allSatisfy { $0.hasSuffix(" ms") })
    }

    @Test("`check --no-books` checks every page and link without typesetting the books")
    func checkWithoutBooks() throws {
        let site = try FixtureSite(fixture: "portal")
        let run = try hoithao(["check", "--links", "--no-books", "--theme", Repository.defaultTheme], in: site.root)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Checked 14 pages: no errors"))
    }

    @Test("`--version` prints the version")
    func version() throws {
        let run = try hoithao(["--version"], in: Repository.root)
        #expect(run.status == 0)
        // A literal, not `Hoithao.version`: the code compared with itself could not fail. A release changes it here.
        #expect(run.output == "0.1.0\n")
    }

    @Test("A missing content folder is a content error naming the folder")
    func missingContent() throws {
        let run = try hoithao(["check", "--content", "Nowhere"], in: FileManager.default.temporaryDirectory.path)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("Nowhere: error: the content folder does not exist"))
    }
}
