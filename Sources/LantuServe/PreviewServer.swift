import Foundation
import Hummingbird
import LantuDiagnostics
import LantuSite
import Logging
import ServiceLifecycle

/// `lantu serve`: builds into a preview folder, serves it over HTTP, rebuilds on every change
/// and reloads open pages. Not a production server: publish with `lantu publish`.
public struct PreviewServer: Sendable {
    public let options: SiteBuild.Options
    public let host: String
    public let port: Int
    /// How long a connection may sit without a whole request, half-sent headers included,
    /// before it is closed (open pages' reload streams are answers in progress, so they stay).
    public let idleTimeout: Duration
    /// Connections open at once; more wait to be accepted.
    public static let maximumConnections = 256

    public init(options: SiteBuild.Options, host: String = "127.0.0.1", port: Int = 8000, idleTimeout: Duration = .seconds(15)) {
        self.options = SiteBuild.Options(content: options.content, templates: options.templates, output: options.output,
                                         baseURL: options.baseURL, liveReloadScript: PreviewResponder<BasicRequestContext>.reloadPath,
                                         takeOver: options.takeOver, language: options.language)
        self.host = host
        self.port = port
        self.idleTimeout = idleTimeout
    }

    /// The preview folder was refused (it holds the content, the templates or the project).
    public struct OutputRefused: Error {}

    /// Another program listens on the port already.
    public struct PortBusy: Error, Equatable {
        public let host: String
        public let port: Int
    }

    /// Builds once, then serves until SIGINT or SIGTERM (or the task is cancelled).
    /// `onReady` gets the bound port, which differs from `port` when that is 0.
    public func run(onReady: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let state = PreviewState()
        let rebuilder = Rebuilder(options: options, state: state)
        let first = await rebuilder.buildNow()
        if !first.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text(first.diagnostics, in: first.language).utf8))
        }
        if first.refused { throw OutputRefused() }
        try FileManager.default.createDirectory(atPath: options.output, withIntermediateDirectories: true)
        let hosts = AllowedHosts(host: host)
        let router = Router()
        router.middlewares.add(PreviewResponder(files: StaticFiles(root: options.output), state: state, hosts: hosts))
        let watcher = WatchService(roots: [options.content] + (options.templates.map { [$0] } ?? []), rebuilder: rebuilder, state: state, language: first.language)
        var logger = Logger(label: "lantu.serve")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .init(idleTimeout))),
            configuration: .init(address: .hostname(host, port: port), serverName: "lantu",
                                 availableConnectionsDelegate: .maximum(Self.maximumConnections, logger: logger)),
            services: [watcher],
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                await hosts.bound(to: bound)
                onReady(bound)
            },
            logger: logger
        )
        do {
            try await app.runService()
        } catch where PortProbe.isBusy(host: host, port: port) {
            // swift-nio says `bind(descriptor:ptr:bytes:): Address already in use (errno: 98)`.
            throw PortBusy(host: host, port: port)
        }
    }
}

/// The watcher as a service of the server's group, so it stops with it.
struct WatchService: Service {
    let roots: [String]
    let rebuilder: Rebuilder
    let state: PreviewState
    /// The language of the note on how files are watched.
    let language: DiagnosticLanguage

    func run() async throws {
        let watcher = Watcher(roots: roots) { [rebuilder] in
            Task { await rebuilder.changed() }
        }
        if let note = watcher.start() {
            FileHandle.standardError.write(Data("note: \(note.text(in: language))\n".utf8))
        }
        try? await gracefulShutdown()
        watcher.stop()
        await state.closeAll()
    }
}
