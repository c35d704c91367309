import ArgumentParser
import Foundation
import LantuServe
import LantuSite

/// `lantu serve`: preview the site while editing; pages reload by themselves.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve and watch: every saved change rebuilds and reloads open pages.",
        discussion: """
        Serves a preview build (with a live-reload script that `build` never writes) from \
        --output. While the content has errors, pages show them on top of the last good build. \
        Binds to 127.0.0.1; use --host only on a trusted network. Ctrl-C stops it.
        """
    )

    @OptionGroup var options: ContentOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8000

    @Option(help: "Where the preview build goes (never site/, so a preview is never published).")
    var output = Self.preview

    static let preview = ".lantu/preview"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            FileHandle.standardError.write(Data("warning: serving on \(host): anyone who can reach this address can read the preview; lantu serve is not a production server\n".utf8))
        }
        // The default preview folder is lantu's own, whatever an older lantu left in it.
        let server = PreviewServer(options: .init(content: options.content, templates: options.templates, output: output,
                                                  takeOver: output == Self.preview),
                                   host: host, port: port)
        do {
            try await server.run { port in
                FileHandle.standardOutput.write(Data("serving http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ — Ctrl-C to stop\n".utf8))
            }
        } catch is PreviewServer.OutputRefused {
            throw ExitCode(2)
        }
    }
}
