import HoithaoModel
import HoithaoSchedule

/// libFuzzer entry: the bytes are a workshop's title, venue and agenda item titles; its calendar must read back,
/// with a reader of RFC 5545 lines, as one event for the workshop and one per item, each title whole.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let fields = fuzzFields(start, count, minimum: 3)
    let workshop = fuzzWorkshop(fields)
    let text = WorkshopCalendar(workshop: workshop, workshopURL: nil, uidDomain: "example.org").whole
    let physical = text.components(separatedBy: "\r\n")
    require(physical.last == "", "the calendar does not end with CRLF")
    var lines: [String] = []
    for line in physical.dropLast() {
        require(
            !line.contains("\r") && !line.contains("\n"), "a raw line break inside a line: \(line.debugDescription)")
        require(line.utf8.count <= 75, "a line longer than 75 octets")
        // By bytes, not characters: a fold before a combining mark makes " " and the mark one Character.
        if line.utf8.first == UInt8(ascii: " ") {
            require(!lines.isEmpty, "a continuation line first")
            lines[lines.count - 1] += String(line.unicodeScalars.dropFirst())
        } else {
            lines.append(line)
        }
    }
    let events = lines.filter { $0 == "BEGIN:VEVENT" }.count
    require(events == fields.count - 1, "\(events) events for \(fields.count - 2) items")
    let summaries = lines.filter { $0.hasPrefix("SUMMARY:") }.map { unescaped(String($0.dropFirst(8))) }
    let expected = ([fields[0]] + fields.dropFirst(2)).map { PlainText.normalized($0) }
    require(summaries == expected, "titles \(summaries.debugDescription) are not \(expected.debugDescription)")
    return 0
}

/// An iCalendar TEXT value read back: `\n` a line break, `\\`, `\;` and `\,` themselves.
private func unescaped(_ value: String) -> String {
    var result = ""
    var escaped = false
    for scalar in value.unicodeScalars {
        if escaped {
            result += scalar == "n" || scalar == "N" ? "\n" : String(scalar)
            escaped = false
        } else if scalar == "\\" {
            escaped = true
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}
