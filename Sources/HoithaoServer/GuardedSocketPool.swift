import FlyingSocks
import Foundation
import HoithaoSystem

/// FlyingFox's socket pool with two bounds it lacks: a connection that sends nothing for `idleTime` is closed,
/// and no more than `maximumWaiting` connections may wait for a request at once (a further one is closed), so
/// idle connections cannot use up the open-file limit and stop the server (`Accept, errno: 24`).
final class GuardedSocketPool: AsyncSocketPool, @unchecked Sendable {
    private let pool: any AsyncSocketPool
    let idleTime: Duration
    let maximumWaiting: Int
    private let lock = NSLock()
    private var waiting = 0

    init(_ pool: any AsyncSocketPool, idleTime: Duration = .seconds(60), maximumWaiting: Int = 200) {
        self.pool = pool
        self.idleTime = idleTime
        self.maximumWaiting = maximumWaiting
    }

    func prepare() async throws { try await pool.prepare() }

    func run() async throws { try await pool.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        // The listening socket waits for connections as long as it takes; writes are bounded by the client.
        guard events == [.read], !Self.isListening(socket) else {
            return try await pool.suspendSocket(socket, untilReadyFor: events)
        }
        let admitted = lock.withLock {
            guard waiting < maximumWaiting else { return false }
            waiting += 1
            return true
        }
        guard admitted else { throw SocketError.disconnected }
        defer { lock.withLock { waiting -= 1 } }
        let ready = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { [pool] in
                try await pool.suspendSocket(socket, untilReadyFor: events)
                return true
            }
            group.addTask { [idleTime] in
                try await Task.sleep(for: idleTime)
                return false
            }
            let first = try await group.next() ?? false
            group.cancelAll()
            return first
        }
        guard ready else { throw SocketError.disconnected }
    }

    private static func isListening(_ socket: Socket) -> Bool {
        Platform.isListening(socket.file.rawValue)
    }
}
