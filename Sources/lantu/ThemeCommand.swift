import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu theme export DIR`: the built-in theme written out, to change what an office wants.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in theme.",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in theme into a folder to customise it (never overwrites).",
            discussion: """
            `lantu theme export templates` beside content/ gives a templates folder that `build` \
            and `serve` then use: change the files you need and delete the others, which fall back \
            to the built-in theme file by file.
            """
        )

        @Argument(help: "The folder to write the theme into, e.g. templates.")
        var folder: String

        func run() throws {
            do {
                let written = try Theme.exportBuiltIn(to: folder)
                print("wrote \(written.count) files of the built-in theme into \(folder)/")
            } catch {
                FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic]).utf8))
                throw ExitCode(1)
            }
        }
    }
}
