import Foundation

/// Whether a TCP port is taken, asked of the system directly: swift-nio's bind error is a
/// message for programmers, and this lets the preview server say which port is busy.
enum PortProbe {
    /// True when binding `host:port` fails with EADDRINUSE (SO_REUSEADDR set, as the server
    /// sets it, so connections closing on the port do not count).
    static func isBusy(host: String, port: Int) -> Bool {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else { return false }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let address = entry {
            let socket = Glibc.socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            if socket >= 0 {
                var yes: Int32 = 1
                setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
                let result = bind(socket, address.pointee.ai_addr, address.pointee.ai_addrlen)
                let failure = errno
                close(socket)
                if result != 0 && failure == EADDRINUSE { return true }
            }
            entry = address.pointee.ai_next
        }
        return false
    }
}
