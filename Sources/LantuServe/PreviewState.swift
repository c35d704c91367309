import LantuDiagnostics

/// What the preview server knows between builds: the last build's errors and who listens
/// for reloads. An actor, so the watcher, the rebuilds and the requests share it safely.
actor PreviewState {
    private(set) var errors: [Diagnostic] = []
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

    /// Records a build's outcome and tells every open page: reload, or show these errors.
    func finished(errors: [Diagnostic]) {
        builds += 1
        self.errors = errors
        let event = errors.isEmpty ? "event: reload\ndata: \(builds)\n\n" : "event: errors\ndata: \(builds)\n\n"
        for listener in listeners.values { listener.yield(event) }
    }

    var listenerCount: Int { listeners.count }

    /// Ends every stream, so a graceful shutdown does not wait for open pages.
    func closeAll() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}
