import FlyingFox
import Foundation

/// Tells open pages to reload after each build, over a WebSocket; only `hoithao serve` adds its script.
final class LiveReload: WSMessageHandler, @unchecked Sendable {
    static let path = "/__hoithao/live"

    /// The script put before `</body>` of every HTML page served: it reloads when the build number changes,
    /// and reconnects when the server restarts.
    static let script = """
        <script>(function(){var seen=null;function connect(){var socket=new WebSocket((location.protocol==="https:"?"wss://":"ws://")+location.host+"\(path)");\
        socket.onmessage=function(event){if(seen===null){seen=event.data;}else if(event.data!==seen){location.reload();}};\
        socket.onclose=function(){setTimeout(connect,500);};}connect();})();</script>
        """

    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    private var build = 0
    private let lock = NSLock()

    /// Announces a new build to every open page.
    func announce(build number: Int) {
        lock.lock()
        build = number
        let continuations = Array(clients.values)
        lock.unlock()
        for continuation in continuations { continuation.yield(.text(String(number))) }
    }

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let current = register(id, continuation)
        continuation.yield(.text(String(current)))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        Task {
            for await _ in client {}
            continuation.finish()
        }
        return stream
    }

    /// Adds a page's connection; returns the current build number.
    private func register(_ id: UUID, _ continuation: AsyncStream<WSMessage>.Continuation) -> Int {
        lock.withLock {
            clients[id] = continuation
            return build
        }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        clients[id] = nil
        lock.unlock()
    }

    /// `html` with the reload script before `</body>`.
    static func inject(into html: Data) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        guard let end = text.range(of: "</body>", options: .backwards) else { return html + Data(script.utf8) }
        return Data(text.replacingCharacters(in: end, with: script + "</body>").utf8)
    }
}
