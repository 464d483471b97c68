import Foundation
import HoithaoImport

/// libFuzzer entry: the bytes are imported as a Kế hoạch document (any encoding, any damage).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = PlanImporter.decode(Data(bytes: start, count: count))
    _ = PlanImporter.run(text, source: "fuzz.txt")
    return 0
}
