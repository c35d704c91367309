import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu check`: validate everything `build` would, plus advice, and write nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content/ and the templates without writing anything.",
        discussion: """
        Reports every error `build` would, and warns about tasks past their due date, \
        indicators missing from the latest report, measurements given twice or outside the \
        plan period, and unit names used once (likely typos). Exit 1 when there are errors.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, github, json
    }

    @OptionGroup var options: ContentOptions

    @Option(help: "text (file:line:col: …), github (workflow annotations) or json.")
    var format = Format.text

    func run() throws {
        let diagnostics = SiteBuild.check(content: options.content, templates: options.templates)
        switch format {
        case .text:
            print(DiagnosticPrinter.text(diagnostics), terminator: "")
            FileHandle.standardError.write(Data("\(DiagnosticPrinter.summary(diagnostics))\n".utf8))
        case .github:
            print(DiagnosticPrinter.github(diagnostics), terminator: "")
        case .json:
            print(DiagnosticPrinter.json(diagnostics), terminator: "")
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
