import Hummingbird
import ServiceLifecycle

/// Every request of the preview server: guards first (size, Host, method), then the live
/// reload endpoints, then the files.
struct PreviewResponder<Context: RequestContext>: RouterMiddleware {
    let files: StaticFiles
    let state: PreviewState
    let hosts: AllowedHosts

    static var reloadPath: String { "/__lantu/reload.js" }
    static var eventsPath: String { "/__lantu/events" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.string.utf8.count > 8192 { return files.plain(.uriTooLong, "URI too long\n") }
        if request.headers.count > 100 { return files.plain(.requestHeaderFieldsTooLarge, "too many header fields\n") }
        guard let host = request.head.authority, await hosts.allows(host: host) else {
            return files.plain(.forbidden, "this preview server answers only to its own address\n")
        }
        guard request.method == .get || request.method == .head else {
            return files.plain(.methodNotAllowed, "only GET and HEAD\n")
        }
        switch request.uri.path {
        case Self.reloadPath:
            return Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
                            body: .init(byteBuffer: ByteBuffer(string: Self.reloadScript)))
        case Self.eventsPath:
            if let origin = request.headers.first(where: { $0.name.canonicalName == "origin" })?.value,
               !(await hosts.allows(origin: origin)) {
                return files.plain(.forbidden, "live reload only for pages of this server\n")
            }
            return await events()
        default:
            return files.respond(to: request, errors: await state.errors, language: await state.language)
        }
    }

    /// Server-sent events: `reload` after a good build, `errors` after a failed one. The
    /// stream ends on graceful shutdown, so Ctrl-C does not wait for open pages.
    func events() async -> Response {
        let stream = await state.subscribe()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
            body: .init { writer in
                for await event in stream.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: event))
                }
                try await writer.finish(nil)
            }
        )
    }

    /// Reloads the page when a build rewrote its file, the stylesheet or script, or (on the
    /// search page) the index, or fixed the errors shown on top of it; a failed build's page
    /// shows its errors on top.
    static var reloadScript: String { """
    (function () {
      if (!window.EventSource) { return; }
      var events = new EventSource("\(eventsPath)");
      var path = decodeURIComponent(window.location.pathname).replace(/^\\//, "");
      if (path === "" || path.slice(-1) === "/") { path += "index.html"; }
      function reload() { window.location.reload(); }
      events.addEventListener("reload", function (event) {
        var written = event.data.split("\\n");
        for (var i = 0; i < written.length; i++) {
          var file = written[i];
          if (file === path || file === "*" || file.indexOf("assets/") === 0 ||
              (file.indexOf("data/search") === 0 && path === "search.html")) { reload(); return; }
        }
      });
      events.addEventListener("errors", reload);
    })();

    """ }
}

/// The names this server answers to: its loopback names and port, plus `--host` when given,
/// so a DNS-rebinding page on another name cannot read it.
actor AllowedHosts {
    private let extra: String?
    private var port = 0

    init(host: String) {
        extra = ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) ? nil : host
    }

    func bound(to port: Int) { self.port = port }

    private var names: [String] {
        var names = ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]
        if let extra { names.append("\(extra):\(port)") }
        return names
    }

    func allows(host: String) -> Bool {
        names.contains(host.lowercased())
    }

    func allows(origin: String) -> Bool {
        names.contains { "http://\($0)" == origin.lowercased() }
    }
}
