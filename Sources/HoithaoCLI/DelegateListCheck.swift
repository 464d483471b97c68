import ArgumentParser
import HoithaoContent
import HoithaoModel
import HoithaoPrint

/// `check --delegates`: reads a private delegate list and checks it against a workshop's plan.
struct DelegateListCheck {
    var path: String
    var workshop: String
    var site: SiteOptions

    /// Prints the list's diagnostics and returns how many warnings; exits 1 on errors, 2 for an unknown workshop.
    func run() throws -> Int {
        let (loaded, _) = ContentLoader(includeDrafts: site.drafts).load(from: site.content)
        guard let plan = loaded?.workshops.first(where: { $0.slug == workshop })?.plan else {
            Console.error(
                "\(site.content)/workshops/\(workshop): error: no such workshop; give `--workshop` the name of a folder "
                    + "under \(site.content)/workshops")
            throw ExitCode(2)
        }
        var reader = DelegateReader(path: path)
        let delegates = reader.read()
        let diagnostics = reader.diagnostics + DelegateChecks.warnings(delegates ?? [], plan: plan)
        for diagnostic in diagnostics { Console.error(diagnostic.description) }
        if diagnostics.hasErrors {
            let count = diagnostics.filter { $0.severity == .error }.count
            Console.error("\(count) error\(count == 1 ? "" : "s") in the delegate list")
            throw ExitCode(1)
        }
        return diagnostics.count
    }
}
