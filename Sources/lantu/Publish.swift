import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu publish DIR`: build a new release and switch the web server to it atomically.
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build into DIR/releases/<n>/ and point DIR/current at it atomically.",
        discussion: """
        Point the web server at DIR/current. The last \(Publisher.kept) releases are kept; \
        --rollback points current back at the previous one. A failed build leaves current as it was.
        """
    )

    @Argument(help: "The folder the web server publishes from (it serves DIR/current).")
    var folder: String

    @OptionGroup var options: ContentOptions

    @Option(name: .customLong("base-url"), help: "The address the site is published at (overrides site.yml).")
    var baseURL: String?

    @Flag(help: "Point current back at the previous release instead of publishing.")
    var rollback = false

    func run() throws {
        if rollback {
            do {
                print("current → releases/\(try Publisher.rollback(folder))")
            } catch {
                FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic]).utf8))
                throw ExitCode(1)
            }
            return
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let outcome = Publisher.publish(.init(content: options.content, templates: options.templates, output: folder, baseURL: baseURL),
                                        into: folder)
        let report = DiagnosticPrinter.text(outcome.diagnostics)
        if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
        guard outcome.summary != nil else {
            FileHandle.standardError.write(Data("publish failed: \(DiagnosticPrinter.summary(outcome.diagnostics)); \(folder)/current was left as it was\n".utf8))
            throw ExitCode(1)
        }
        print("published: \(folder)/current → releases/\(Publisher.currentRelease(folder) ?? 0)")
    }
}
