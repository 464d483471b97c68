import Testing

@testable import HoithaoServer

@Suite("serve reads a request's head itself, each part bounded")
struct RequestHeadTests {
    private func read(_ chunks: [String]) throws(RequestHead.Refusal) -> (head: RequestHead, rest: [UInt8])? {
        var reader = RequestHead.Reader()
        for chunk in chunks {
            if let read = try reader.read(Array(chunk.utf8)) { return read }
        }
        return nil
    }

    @Test("a head sent in pieces is read whole, and the bytes after it kept for what follows")
    func pieces() throws {
        let read = try read(["GET /a?b=1 HT", "TP/1.1\r\nHost: x:1\r\n", "X-Y:  z \r\n\r\nrest"])
        #expect(
            read?.head
                == RequestHead(
                    method: "GET", target: "/a?b=1", version: "HTTP/1.1",
                    fields: [.init(name: "Host", value: "x:1"), .init(name: "X-Y", value: "z")]))
        #expect(read?.rest == Array("rest".utf8))
    }

    @Test("a request line past the bound is refused as soon as the bound is passed, whatever follows")
    func longTarget() {
        #expect(throws: RequestHead.Refusal.targetTooLong) {
            try read(["GET /" + String(repeating: "a", count: 200_000)])
        }
        #expect(throws: RequestHead.Refusal.targetTooLong) {
            try read(["GET /" + String(repeating: "a", count: RequestHead.longestTarget) + " HTTP/1.1\r\n\r\n"])
        }
        #expect((try? read(["GET /" + String(repeating: "a", count: 4000) + " HTTP/1.1\r\n\r\n"])) != nil)
    }

    @Test("header fields past 16 KB or 100 fields are refused")
    func largeFields() {
        #expect(throws: RequestHead.Refusal.fieldsTooLarge) {
            try read(["GET / HTTP/1.1\r\nX: " + String(repeating: "b", count: 20_000)])
        }
        #expect(throws: RequestHead.Refusal.fieldsTooLarge) {
            try read(["GET / HTTP/1.1\r\n" + String(repeating: "X: v\r\n", count: 101) + "\r\n"])
        }
    }

    @Test("what is not a request line and header fields is refused")
    func malformed() {
        for text in ["GET /\r\n\r\n", "GET / HTTP/2\r\n\r\n", "GET / HTTP/1.1\r\nno colon\r\n\r\n", " : x\r\n\r\n"] {
            #expect(throws: RequestHead.Refusal.malformed) { try read([text]) }
        }
    }
}
