import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `blueprint serve --port 0` child process, and a raw HTTP client for it: raw, so a test can
/// send any Host header and hold connections open that send nothing.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    /// The address it printed it serves on.
    private(set) var host = ""
    private(set) var port = 0
    private let lock = NSLock()
    private var errText = ""

    /// Everything it wrote to stderr so far.
    var stderr: String { lock.withLock { errText } }

    /// Starts `blueprint serve --port 0 arguments…` in `folder` and waits until it says where it listens.
    init(_ arguments: [String] = [], in folder: URL, environment: [String: String] = [:], executable: URL = Run.executable,
         timeout: TimeInterval = 60) throws {
        process.executableURL = executable
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.errText += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let (host, port) = Self.address(in: stderr) { (self.host, self.port) = (host, port); return }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        stop()
        throw ServeError("serve did not say where it listens: \(stderr)")
    }

    deinit { stop() }

    /// Host and port from "Serving the workspace report on http://HOST:PORT/".
    static func address(in log: String) -> (String, Int)? {
        guard let start = log.range(of: "Serving the workspace report on http://") else { return nil }
        let rest = log[start.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let authority = rest[..<slash]
        guard let colon = authority.lastIndex(of: ":"), let port = Int(authority[authority.index(after: colon)...]) else { return nil }
        var host = String(authority[..<colon])
        if host.hasPrefix("[") { host = String(host.dropFirst().dropLast()) }
        return (host, port)
    }

    /// Ctrl-C, then a kill if it has not stopped within 15 s.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(15)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The status, header fields (names lowercased) and body of a raw HTTP/1.1 GET.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// GETs `path` with `Host: hostHeader` (default: the printed address). With `headersOnly`
    /// it stops after the header, for event streams that never end.
    func get(_ path: String, hostHeader: String? = nil, headersOnly: Bool = false) throws -> Answer {
        let socket = try Self.dial(host: host, port: port)
        defer { close(socket) }
        let hostField = hostHeader ?? (host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)")
        let request = "GET \(path) HTTP/1.1\r\nHost: \(hostField)\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            bytes += buffer[..<count]
            if headersOnly, String(decoding: bytes, as: UTF8.self).contains("\r\n\r\n") { break }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw ServeError("no HTTP answer for \(path): \(text)") }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = String(text[split.upperBound...])
        // Chunked bodies: good enough to search in; strip the size lines.
        if headers["transfer-encoding"] == "chunked" {
            body = body.components(separatedBy: "\r\n").enumerated().filter { $0.offset % 2 == 1 }.map(\.element).joined()
        }
        return Answer(status: status, headers: headers, body: body)
    }

    /// GETs `path` until `condition` holds, for up to `timeout` seconds; the last answer.
    func poll(_ path: String, timeout: TimeInterval = 10, until condition: (Answer) -> Bool) throws -> Answer {
        let deadline = Date().addingTimeInterval(timeout)
        var answer = try get(path)
        while !condition(answer), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            answer = try get(path)
        }
        return answer
    }

    /// A TCP connection to `host:port` (IPv4 or IPv6) with a 5 s receive timeout.
    static func dial(host: String, port: Int) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let info = list else { throw ServeError("cannot resolve \(host)") }
        defer { freeaddrinfo(list) }
        let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0 else { throw ServeError("socket() failed") }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            close(fd)
            throw ServeError("cannot connect to \(host):\(port): errno \(errno)")
        }
        return fd
    }
}

struct ServeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
