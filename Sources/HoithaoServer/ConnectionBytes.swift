import FlyingSocks

/// The bytes of one connection as `serve` reads them: what was read past one request is kept for the next (or
/// for the WebSocket that follows an upgrade).
struct ConnectionBytes: Sendable {
    let socket: AsyncSocket
    var pending: [UInt8] = []

    /// Whatever is pending, or else the next bytes from the connection; throws once the peer has closed it.
    mutating func next() async throws -> [UInt8] {
        guard pending.isEmpty else {
            defer { pending = [] }
            return pending
        }
        return try await socket.read(atMost: 16 * 1024)
    }

    /// Exactly `count` bytes.
    mutating func take(_ count: Int) async throws -> [UInt8] {
        while pending.count < count { pending += try await socket.read(atMost: max(count - pending.count, 4096)) }
        defer { pending.removeFirst(count) }
        return Array(pending[..<count])
    }
}
