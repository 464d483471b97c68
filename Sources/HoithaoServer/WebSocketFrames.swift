import FlyingFox
import Foundation

/// WebSocket frames (RFC 6455 §5.2) read from a page and written to it, for the live-reload socket: FlyingFox's
/// handler speaks in frames, and `serve` reads requests itself rather than through FlyingFox's server.
enum WebSocketFrames {
    /// The largest payload a page may send; the reload script sends only close and pong frames.
    static let largestPayload = 64 * 1024

    struct TooLarge: Error {}

    /// `frame` as bytes, unmasked as a server sends it.
    static func encode(_ frame: WSFrame) -> Data {
        var bytes: [UInt8] = [(frame.fin ? 0x80 : 0) | frame.opcode.rawValue]
        let count = frame.payload.count
        if count < 126 {
            bytes.append(UInt8(count))
        } else if count <= 0xFFFF {
            bytes += [126, UInt8(count >> 8), UInt8(count & 0xFF)]
        } else {
            bytes.append(127)
            bytes += (0..<8).reversed().map { UInt8(truncatingIfNeeded: UInt64(count) >> (8 * UInt64($0))) }
        }
        return Data(bytes) + frame.payload
    }

    /// The next frame a page sent, its payload unmasked.
    static func decode(from bytes: inout ConnectionBytes) async throws -> WSFrame {
        let head = try await bytes.take(2)
        var count = Int(head[1] & 0x7F)
        if count == 126 {
            count = try await bytes.take(2).reduce(0) { $0 << 8 | Int($1) }
        } else if count == 127 {
            count = try await bytes.take(8).reduce(0) { $0 << 8 | Int($1) }
        }
        guard count >= 0, count <= largestPayload else { throw TooLarge() }
        let mask = head[1] & 0x80 != 0 ? try await bytes.take(4) : [0, 0, 0, 0]
        let payload = try await bytes.take(count).enumerated().map { $0.element ^ mask[$0.offset % 4] }
        return WSFrame(
            fin: head[0] & 0x80 != 0, rsv1: head[0] & 0x40 != 0, rsv2: head[0] & 0x20 != 0, rsv3: head[0] & 0x10 != 0,
            opcode: WSFrame.Opcode(head[0] & 0x0F), mask: nil, payload: Data(payload))
    }
}
