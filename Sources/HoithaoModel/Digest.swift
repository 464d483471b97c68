/// A stable 64-bit digest of the files a page is made from, to tell which pages must be re-rendered.
///
/// Not a security hash: it only has to change when the bytes change, and be the same in every run. Eight bytes
/// at a time are mixed in (rotate, xor, multiply by an odd constant: FxHash's step), each step a one-to-one map
/// of the state, so two inputs of one length that differ in one word always differ. Byte at a time (FNV-1a) it
/// had been 3 % of a build.
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
        Array(bytes).withUnsafeBytes { add($0) }
    }

    private mutating func add(_ buffer: UnsafeRawBufferPointer) {
        var value = value
        var index = 0
        while index + 8 <= buffer.count {
            value = Self.step(value, buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian)
            index += 8
        }
        if index < buffer.count {
            // The last one to seven bytes, with their count in the top byte.
            var tail = UInt64(buffer.count - index) << 56
            for offset in index..<buffer.count { tail |= UInt64(buffer[offset]) << (8 * (offset - index)) }
            value = Self.step(value, tail)
        }
        self.value = value
    }

    private static func step(_ value: UInt64, _ word: UInt64) -> UInt64 {
        ((value << 5 | value >> 59) ^ word) &* 0x517c_c1b7_2722_0a95
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
