import FlyingFox
import FlyingSocks
import Foundation
import HoithaoSystem

/// One connection of `hoithao serve`: each request's head read by `RequestHead` (FlyingFox's own reader takes time
/// that grows with the square of a line's length), answered by `answer`, and written back. A refused head is
/// answered 414, 431 or 400 and the connection closed; a WebSocket upgrade carries frames until either side ends.
struct ServeConnection {
    let socket: AsyncSocket
    let answer: @Sendable (HTTPRequest) async -> HTTPResponse

    /// The most bytes read and dropped after a refused head, so that the client reads the answer instead of a
    /// reset connection.
    static let largestDrain = 64 * 1024 * 1024

    func run() async {
        var bytes = ConnectionBytes(socket: socket)
        defer { try? socket.close() }
        while let request = await nextRequest(&bytes) {
            let response = await answer(request)
            do {
                if case .webSocket(let handler) = response.payload {
                    try await write(response, body: Data(), keepAlive: true)
                    try await carryFrames(handler, bytes)
                    return
                }
                let keepAlive = Self.keepsAlive(request)
                try await write(response, body: try await response.bodyData, keepAlive: keepAlive)
                guard keepAlive else { return }
            } catch {
                return
            }
        }
    }

    /// The next request, or nil when the connection ends or its head was refused (and answered).
    private func nextRequest(_ bytes: inout ConnectionBytes) async -> HTTPRequest? {
        var reader = RequestHead.Reader()
        do {
            var read: (head: RequestHead, rest: [UInt8])?
            repeat { read = try reader.read(try await bytes.next()) } while read == nil
            guard let (head, rest) = read else { return nil }
            bytes.pending = rest
            let request = Self.request(head)
            // `serve` answers GET and HEAD; a body it would have to read is refused rather than read.
            guard (request.headers[.contentLength] ?? "0") == "0", request.headers[.transferEncoding] == nil else {
                await refuse(.init(413, phrase: "Content Too Large"), "this server takes no request bodies", &bytes)
                return nil
            }
            return request
        } catch RequestHead.Refusal.targetTooLong {
            await refuse(
                .uriTooLong, "addresses of this site are at most \(RequestHead.longestTarget) bytes", &bytes)
        } catch RequestHead.Refusal.fieldsTooLarge {
            await refuse(
                .init(431, phrase: "Request Header Fields Too Large"),
                "at most \(RequestHead.mostFields) header fields of \(RequestHead.largestFields) bytes in all", &bytes)
        } catch RequestHead.Refusal.malformed {
            await refuse(.badRequest, "not an HTTP/1.1 request", &bytes)
        } catch {
            return nil
        }
        return nil
    }

    private static func request(_ head: RequestHead) -> HTTPRequest {
        var headers = HTTPHeaders()
        for field in head.fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        let target = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return HTTPRequest(
            method: HTTPMethod(head.method), version: HTTPVersion(head.version),
            target: HTTPRequest.Target(path: String(target[0]), query: target.count > 1 ? String(target[1]) : ""),
            headers: headers, body: HTTPBodySequence(data: Data()))
    }

    /// HTTP/1.1 keeps a connection open unless the client says `close`; HTTP/1.0 closes it.
    private static func keepsAlive(_ request: HTTPRequest) -> Bool {
        let tokens = (request.headers[.connection] ?? "").lowercased().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return request.version == .http11 && !tokens.contains("close")
    }

    private func write(_ response: HTTPResponse, body: Data, keepAlive: Bool) async throws {
        var headers = response.headers
        // A HEAD answer names the length of the body it leaves out.
        if headers[.contentLength] == nil, response.statusCode.code != 101 { headers[.contentLength] = "\(body.count)" }
        if headers[.connection] == nil { headers[.connection] = keepAlive ? "keep-alive" : "close" }
        var text = "HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)\r\n"
        for (name, value) in headers { text += "\(name.rawValue): \(value)\r\n" }
        try await socket.write(Data((text + "\r\n").utf8) + body)
    }

    /// Answers a refused head and closes the connection: the answer is sent, then what the client still sends
    /// is read and dropped (up to `largestDrain`), as closing with unread bytes would reset the connection
    /// before the client reads the answer.
    private func refuse(_ status: HTTPStatusCode, _ reason: String, _ bytes: inout ConnectionBytes) async {
        let response = HTTPResponse(
            statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: Data("\(status.code) \(status.phrase): \(reason)\n".utf8))
        do {
            try await write(response, body: response.bodyData, keepAlive: false)
            Platform.closeWrites(socket.socket.file.rawValue)
            var drained = 0
            while drained < Self.largestDrain { drained += try await bytes.next().count }
        } catch {
            return
        }
    }

    /// Frames from the page go to `handler`, and its frames to the page, until either side ends.
    private func carryFrames(_ handler: any WSHandler, _ bytes: ConnectionBytes) async throws {
        let (frames, incoming) = AsyncThrowingStream<WSFrame, any Error>.makeStream()
        let reader = Task {
            var bytes = bytes
            do {
                while true { incoming.yield(try await WebSocketFrames.decode(from: &bytes)) }
            } catch {
                incoming.finish(throwing: error)
            }
        }
        defer { reader.cancel() }
        for await frame in try await handler.makeFrames(for: frames) {
            try await socket.write(WebSocketFrames.encode(frame))
        }
    }
}
