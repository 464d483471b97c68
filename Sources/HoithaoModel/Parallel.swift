import Dispatch
import Foundation

/// Work spread over all cores, with the results in the order of the inputs, so output stays deterministic.
public enum Parallel {
    /// `body(0) … body(count - 1)` on all cores.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, body(index)) }
        return slots.values
    }
}

/// One slot per input, filled from many threads.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        lock.withLock { storage[index] = value }
    }

    var values: [T] {
        lock.withLock { storage.compactMap { $0 } }
    }
}
