import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a TCP socket, so tests send paths exactly as written
/// (`curl --path-as-is`), with any Host or Origin, and read responses byte for byte.
struct LoopbackClient {
    let port: Int

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    func get(_ path: String, headers: [String: String] = [:], method: String = "GET") throws -> Reply {
        var request = "\(method) \(path) HTTP/1.1\r\n"
        var fields = ["Host": "127.0.0.1:\(port)", "Connection": "close"]
        fields.merge(headers) { $1 }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) { request += "\(name): \(value)\r\n" }
        let data = try exchange(request + "\r\n", until: nil, timeout: 10)
        return parse(data)
    }

    /// Opens an event stream and reads until `marker` arrives or `timeout` passes.
    func stream(_ path: String, until marker: String, timeout: Double, whileOpen: @escaping @Sendable () -> Void) throws -> String {
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n"
        return String(decoding: try exchange(request, until: marker, timeout: timeout, whileOpen: whileOpen), as: UTF8.self)
    }

    /// Sends `partial` (half a request, or nothing) and waits; the seconds until the server
    /// closes the connection, or nil if it is still open after `limit`.
    func secondsUntilClosed(after partial: String, limit: Double) throws -> Double? {
        let start = Date()
        _ = try exchange(partial, until: nil, timeout: limit)
        let seconds = Date().timeIntervalSince(start)
        return seconds < limit ? seconds : nil
    }

    private func exchange(_ request: String, until marker: String?, timeout: Double, whileOpen: (@Sendable () -> Void)? = nil) throws -> Data {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var wait = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        _ = request.utf8CString.withUnsafeBufferPointer { send(socket, $0.baseAddress, $0.count - 1, 0) }
        whileOpen?()
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 {
                received.append(contentsOf: buffer[0..<count])
                if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
            } else if count == 0 {
                break
            }
        }
        return received
    }

    private func parse(_ data: Data) -> Reply {
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first?.components(separatedBy: "\r\n") ?? []
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2 { headers[pair[0].lowercased()] = pair[1] }
        }
        return Reply(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
