import FlyingFox
import Foundation

/// Admits a request only from the server's own pages: its `Origin`, when a browser sends one, must be the
/// `Host` it asked for, and on a loopback address that `Host` must be a loopback name of this port. Another site
/// open in the same browser cannot connect to the live-reload socket, nor a name that merely resolves here (DNS
/// rebinding).
struct SameOriginHandler: HTTPHandler {
    let inner: any HTTPHandler
    let port: UInt16
    /// Whether the server listens on loopback only, where only loopback names reach it honestly.
    let loopback: Bool

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let host = request.headers[.host]?.lowercased() ?? ""
        let loopbackHosts = ["127.0.0.1", "localhost", "[::1]"].map { "\($0):\(port)" }
        let origin = request.headers[HTTPHeader("Origin")]?.lowercased()
        guard !host.isEmpty, !loopback || loopbackHosts.contains(host), origin == nil || origin == "http://" + host
        else {
            return HTTPResponse(
                statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                body: Data("403 Forbidden: only this server's own pages may connect\n".utf8))
        }
        return try await inner.handleRequest(request)
    }
}
