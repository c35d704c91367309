import LantuDiagnostics

/// What the preview server knows between builds: the last build's errors and who listens
/// for reloads. An actor, so the watcher, the rebuilds and the requests share it safely.
actor PreviewState {
    private(set) var errors: [Diagnostic] = []
    /// The language `errors` are in.
    private(set) var language = DiagnosticLanguage.simplifiedChinese
    private(set) var builds = 0
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextListener = 0

    /// A stream of server-sent events; it ends when the client goes away.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        continuation.yield("retry: 1000\n\n")
        return stream
    }

    private func unsubscribe(_ id: Int) {
        listeners[id] = nil
    }

    /// Records a build's outcome and tells every open page: reload if your file is among
    /// `changed`, or show these errors.
    func finished(errors: [Diagnostic], language: DiagnosticLanguage, changed: [String] = []) {
        builds += 1
        self.language = language
        let fixed = !self.errors.isEmpty
        self.errors = errors
        if errors.isEmpty {
            // Pages showing the last build's errors reload even when their own file is the same.
            written(fixed ? ["*"] : changed)
        } else {
            for listener in listeners.values { listener.yield("event: errors\ndata: \(builds)\n\n") }
        }
    }

    /// Tells every open page which files were just written, one path per `data:` line.
    func written(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        let event = "event: reload\n" + paths.map { "data: \($0)\n" }.joined() + "\n"
        for listener in listeners.values { listener.yield(event) }
    }

    var listenerCount: Int { listeners.count }

    /// Ends every stream, so a graceful shutdown does not wait for open pages.
    func closeAll() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}
