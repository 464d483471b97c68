import Foundation
import HoithaoCLI

@main
enum Main {
    static func main() {
        exit(Hoithao.main(arguments: Array(CommandLine.arguments.dropFirst())))
    }
}
