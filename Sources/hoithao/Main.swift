import Foundation
import HoithaoCLI

@main
enum Main {
    static func main() async {
        exit(await Hoithao.main(arguments: Array(CommandLine.arguments.dropFirst())))
    }
}
