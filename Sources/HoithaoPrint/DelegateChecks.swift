import HoithaoModel
import HoithaoProceedings

/// What `hoithao check` says about a delegate list before anything is printed: a category the plan does not have,
/// a name too long for two lines on a table card, a delegate without an organization.
public enum DelegateChecks {
    public static func warnings(_ delegates: [Delegate], plan: Plan) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let categories = plan.participants.map(\.name)
        let canvas = try? PrintCanvas(width: Paper.a4.height, height: Paper.a4.width)
        for delegate in delegates {
            if let category = delegate.category, !categories.contains(category) {
                let known =
                    categories.isEmpty
                    ? "the plan has no `participants.categories`; add them to plan.yaml"
                    : "write one of " + categories.map { "“\($0)”" }.joined(separator: ", ")
                        + ", or add the category to plan.yaml"
                warnings.append(
                    .warning(
                        delegate.fieldLocations[.category] ?? delegate.location,
                        "“\(category)” is not one of the plan's participant categories; \(known)"))
            }
            if let canvas, NameCards.tableCardName.lineCount(delegate.name, on: canvas) > 2 {
                warnings.append(
                    .warning(
                        delegate.location,
                        "the name needs more than two lines on a table card even at its smallest size; shorten it "
                            + "(leave out a title such as PGS.TS. for the card)"))
            }
            if delegate.organization == nil {
                warnings.append(
                    .warning(
                        delegate.location,
                        "no `đơn vị`: the invitation, the card and the sign-in sheet will show no organization; "
                            + "write the delegate's organization"))
            }
        }
        return warnings
    }
}
