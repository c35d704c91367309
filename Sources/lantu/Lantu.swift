import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// lantu turns a five-year plan written in Markdown into a static site that shows its progress.
@main
struct Lantu: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lantu",
            abstract: text(Localized(zh: "蓝图：把用 Markdown 写的规划做成监测实施进度的网站。",
                                     tw: "藍圖：把用 Markdown 寫的規劃做成監測實施進度的網站。",
                                     en: "Build a progress-monitoring site from a plan written in Markdown (蓝图).")),
            version: LantuVersion.current,
            subcommands: [Init.self, Build.self, Serve.self, Check.self, New.self, Publish.self, ThemeCommand.self, Forms.self, Collect.self, Import.self, Export.self],
            defaultSubcommand: Build.self
        )
    }

    /// Usage errors exit with 2 and content errors with 1 (SPEC §5); ArgumentParser's own
    /// code for usage errors is 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
