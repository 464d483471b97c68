import FlyingSocks
import Foundation
import HoithaoSystem

/// FlyingFox's socket pool with two bounds it lacks: a connection that sends nothing for `idleTime` is closed,
/// and no more than `maximumWaiting` connections may wait for a request at once, so idle connections cannot use
/// up the open-file limit and stop the server (`Accept, errno: 24`).
final class GuardedSocketPool: AsyncSocketPool, @unchecked Sendable {
    private let pool: any AsyncSocketPool
    let idleTime: Duration
    let maximumWaiting: Int
    private let lock = NSLock()
    /// The connections waiting for a request, oldest first, each with the way to close it.
    private var waiting: [(id: Int, close: @Sendable () -> Void)] = []
    private var nextID = 0

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
        let wait = Task { [pool, idleTime] in
            try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask {
                    try await pool.suspendSocket(socket, untilReadyFor: events)
                    return true
                }
                group.addTask {
                    try await Task.sleep(for: idleTime)
                    return false
                }
                let first = try await group.next() ?? false
                group.cancelAll()
                return first
            }
        }
        // At the bound the oldest waiter is closed, not the newcomer: a visitor who has just connected is
        // served even while others hold connections open without a word.
        let (id, evicted) = lock.withLock {
            let id = nextID
            nextID += 1
            waiting.append((id, { wait.cancel() }))
            return (id, waiting.count > maximumWaiting ? waiting.removeFirst().close : nil)
        }
        evicted?()
        defer { lock.withLock { waiting.removeAll { $0.id == id } } }
        let ready =
            (try? await withTaskCancellationHandler {
                try await wait.value
            } onCancel: {
                wait.cancel()
            }) ?? false
        guard ready else { throw SocketError.disconnected }
    }

    private static func isListening(_ socket: Socket) -> Bool {
        Platform.isListening(socket.file.rawValue)
    }
}
