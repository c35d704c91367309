import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu build`: check the content and write the site, or write nothing and say why.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content/ and write the site into site/.",
        discussion: """
        Every problem is reported as `file:line:col: error: message`, all in one run, and \
        every warning `check` gives is printed too, with a count. \
        A build with errors writes nothing and leaves the previous site as it was; \
        files whose bytes did not change are not rewritten. Exit codes: 0 built, 1 content \
        or template errors, 2 usage errors.
        """
    )

    @OptionGroup var options: ContentOptions

    @Option(help: "Where to write the site.")
    var output = "site"

    @Flag(name: .customLong("take-over"), help: "Let lantu manage an output folder it did not write: its files at the site's paths are replaced, every other file is kept.")
    var takeOver = false

    @Option(name: .customLong("base-url"), help: "The address the site is published at, e.g. https://www.example.edu.cn/plan/ (overrides site.yml).")
    var baseURL: String?

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must start with http:// or https://")
        }
    }

    func run() throws {
        let outcome = SiteBuild.run(.init(content: options.content, templates: options.templates, output: output,
                                          baseURL: baseURL, takeOver: takeOver))
        let report = DiagnosticPrinter.text(outcome.diagnostics)
        if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
        guard let summary = outcome.summary else {
            FileHandle.standardError.write(Data("build failed: \(DiagnosticPrinter.summary(outcome.diagnostics)); \(output)/ was left as it was\n".utf8))
            throw ExitCode(outcome.refused ? 2 : 1)
        }
        if let leftover = summary.notRemoved {
            FileHandle.standardError.write(Data("warning: the previous site's copy \(leftover) could not be removed; the next build tries again\n".utf8))
        }
        // Warnings do not stop a build, but a site published over them is worth a count.
        FileHandle.standardError.write(Data("\(DiagnosticPrinter.summary(outcome.diagnostics))\n".utf8))
        print("built \(output)/: \(summary.written) written, \(summary.unchanged) unchanged, \(summary.removed) removed")
    }
}
