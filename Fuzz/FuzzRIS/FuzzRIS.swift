import HoithaoModel
import HoithaoSchedule

/// libFuzzer entry: the bytes are a paper's title, abstract, keywords and author; its RIS record must read back,
/// one `TAG  - value` a line, as one record with each field whole (its line breaks as spaces).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let fields = fuzzFields(start, count, minimum: 3)
    let physical = fuzzCitation(fields).ris.components(separatedBy: "\r\n")
    require(physical.last == "", "the record does not end with CRLF")
    var record: [(tag: String, value: String)] = []
    for line in physical.dropLast() {
        // By scalars, as RIS readers read: a value that starts with a combining mark makes it one Character with
        // the space before it, and the value would lose it.
        let scalars = line.unicodeScalars
        let tag = scalars.prefix(2)
        require(
            scalars.count >= 6 && tag.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
                && scalars.dropFirst(2).starts(with: "  - ".unicodeScalars),
            "not a RIS line: \(line.debugDescription)")
        record.append((String(String.UnicodeScalarView(tag)), String(String.UnicodeScalarView(scalars.dropFirst(6)))))
    }
    require(record.filter { $0.tag == "TY" }.count == 1 && record.last?.tag == "ER", "not one record")
    func values(_ tag: String) -> [String] { record.filter { $0.tag == tag }.map(\.value) }
    require(values("TI") == [PlainText.singleLine(fields[2])], "the title is not whole: \(values("TI"))")
    require(values("AB") == [PlainText.singleLine(fields[1])], "the abstract is not whole")
    require(values("KW") == fields.dropFirst(3).map(PlainText.singleLine), "the keywords are not whole")
    return 0
}
