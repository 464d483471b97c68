import ArgumentParser
import Foundation
import HoithaoBuild

/// `hoithao pack`: builds the site, then zips it for a USB stick or a CD.
struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Build the site, then pack it as one zip (index.html at its root) with a SHA256SUMS manifest.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The folder the site is built into first.")
    var outputFolder = "Output"

    @Option(help: "The zip file to write.")
    var output = "site.zip"

    func validate() throws {
        let zip = URL(fileURLWithPath: output).standardizedFileURL.path
        for folder in [outputFolder, site.content] {
            let inside = URL(fileURLWithPath: folder).standardizedFileURL.path + "/"
            if zip.hasPrefix(inside) {
                throw ValidationError("--output \(output) is inside \(folder); write the zip somewhere else")
            }
        }
    }

    func run() throws {
        let report = try site.run(output: outputFolder, baseURL: nil)
        let count: Int
        do {
            count = try SitePack.pack(folder: outputFolder, into: output, date: BuildOptions.defaultToday())
        } catch {
            Console.error("\(output): error: cannot write the zip (\(error))")
            throw ExitCode(1)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print(
            "Built \(plural(report.pagesWritten, "page")) and packed \(plural(count, "file")) into \(output) "
                + "(\(String(format: "%.1f", Double(size) / 1_000_000)) MB); after unpacking, `sha256sum -c SHA256SUMS` checks every file."
        )
    }
}
