import Foundation
import HoithaoModel
import HoithaoSchedule

/// libFuzzer entry: the bytes are a workshop's title, venue and agenda item titles; its schedule JSON and its
/// JSON-LD must parse, hold no raw `<`, and give back each title with its line breaks as LF.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let fields = fuzzFields(start, count, minimum: 3)
    let workshop = fuzzWorkshop(fields)
    let schedule = FrabSchedule(workshop: workshop, workshopURL: nil).json
    let structured = EventStructuredData(workshop: workshop, site: SiteConfig(name: fields[1]), workshopURL: nil).json
    for text in [schedule, structured] {
        require(!text.contains("<"), "a raw < that could end a script block")
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        require(parsed != nil, "not valid JSON: \(text.debugDescription)")
        let strings = Set(parsed.map(allStrings) ?? [])
        require(strings.contains(PlainText.normalized(fields[0])), "the workshop's title is not whole")
        if text == schedule {
            for title in fields.dropFirst(2) {
                require(
                    strings.contains(PlainText.normalized(title)), "the item \(title.debugDescription) is not whole")
            }
        }
    }
    return 0
}

/// Every string anywhere in a parsed JSON value.
private func allStrings(_ value: Any) -> [String] {
    switch value {
    case let text as String: [text]
    case let object as [String: Any]: object.values.flatMap(allStrings)
    case let list as [Any]: list.flatMap(allStrings)
    default: []
    }
}
