import Foundation
import HTTPTypes
import Hummingbird

/// What every request and response of `blueprint serve` goes through. The report holds
/// research data, so a page a browser opens for another site must not be able to read it.
public enum RequestGuard {
    /// Served on every response. `script-src 'self'` is why the reload script is a file.
    public static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        .xContentTypeOptions: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        .cacheControl: "no-store",
    ]

    /// The names a browser on this machine uses for a loopback server.
    static let loopbackHosts: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// Whether a request's Host names this server: a loopback name, or `extraHost` (the
    /// `--host` given with `--allow-remote`), with no port or `port`. Anything else is how DNS
    /// rebinding gets a foreign page's requests here under its own name, so it is refused.
    public static func allows(authority: String?, port: Int, extraHost: String? = nil) -> Bool {
        guard let authority = authority?.lowercased(), !authority.isEmpty else { return false }
        var host = Substring(authority)
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            host = authority[...close]
            let rest = authority[authority.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return false }
                portText = rest.dropFirst()
            }
        } else if let colon = authority.firstIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        }
        if let portText {
            guard portText.allSatisfy({ $0.isASCII && $0.isNumber }), Int(portText) == port else { return false }
        }
        var allowed = loopbackHosts
        if let extraHost { allowed.insert(bracketed(extraHost).lowercased()) }
        return allowed.contains(String(host))
    }

    /// An IPv6 address as it appears in a URL or Host header: in brackets.
    static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}

/// The port the server really listens on, known only once it is bound (`--port 0`).
final class ListeningPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int
    init(_ port: Int) { self.port = port }
    var value: Int {
        get { lock.withLock { port } }
        set { lock.withLock { port = newValue } }
    }
}

/// Wraps the router: refuses a foreign Host with 421 and puts the security headers on every
/// response, the router's own 404s and errors included.
struct GuardedResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context: RequestContext {
    typealias Context = Inner.Context
    var inner: Inner
    var port: ListeningPort
    var extraHost: String?

    func respond(to request: Request, context: Context) async throws -> Response {
        var response: Response
        if RequestGuard.allows(authority: request.head.authority, port: port.value, extraHost: extraHost) {
            do {
                response = try await inner.respond(to: request, context: context)
            } catch let error as any HTTPResponseError {
                response = try error.response(from: request, context: context)
            } catch {
                response = Response(status: .internalServerError)
            }
        } else {
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; charset=utf-8"
            response = Response(status: .misdirectedRequest, headers: headers,
                                body: .init(byteBuffer: ByteBuffer(string: "Misdirected request: this server answers only to its own address.\n")))
        }
        for field in RequestGuard.securityHeaders { response.headers[field.name] = field.value }
        return response
    }
}
