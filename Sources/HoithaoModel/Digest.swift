/// A stable 64-bit digest (FNV-1a) of the files a page is made from, to tell which pages must be re-rendered.
///
/// Not a security hash: it only has to change when the bytes change, and be the same in every run.
public struct Digest: Hashable, Sendable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// The digest with this value, as a cache stored it.
    public init(value: UInt64) {
        self.value = value
    }

    public init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        add(bytes)
    }

    public init(_ text: String) {
        add(text.utf8)
    }

    public mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        // Contiguous bytes (Data, arrays, native strings) are read through a pointer, not an iterator.
        if let done = bytes.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) }) { return done }
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
    }

    private mutating func add(_ buffer: UnsafeRawBufferPointer) {
        var value = value
        for byte in buffer {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.value = value
    }

    public mutating func add(_ text: String) {
        add(text.utf8)
        add([0])  // so "ab" + "c" differs from "a" + "bc"
    }

    public mutating func add(_ other: Digest) {
        withUnsafeBytes(of: other.value.littleEndian) { add($0) }
    }

    /// Sixteen hexadecimal digits.
    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
