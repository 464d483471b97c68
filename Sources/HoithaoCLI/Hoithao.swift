import ArgumentParser
import Foundation
import HoithaoBuild
import HoithaoModel

/// The `hoithao` command and its sub-commands.
public struct Hoithao: AsyncParsableCommand {
    public static let version = SiteBuilder.version

    public static let configuration = CommandConfiguration(
        commandName: "hoithao",
        abstract: "Build a static website for workshops (hội thảo) from Markdown and plan files.",
        version: version,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ImportCommand.self,
            ExportPlanCommand.self, PrintCommand.self, PackCommand.self, DeployConfigCommand.self,
        ],
        defaultSubcommand: nil
    )

    public init() {}

    /// Parses `arguments`, runs the command and returns the exit status: 0 success, 1 content errors, 2 usage.
    public static func main(arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Console.output(message)
                return 0
            }
            Console.error(message)
            return 2
        }
    }
}

/// Where messages go: results to standard output, problems to standard error; both without the escape
/// sequences and control characters content may hold, which would act on the terminal.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((PlainText.forTerminal(text) + "\n").utf8))
    }

    static func output(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((PlainText.forTerminal(text) + terminator).utf8))
    }
}
