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
        // Without /proc (a bare chroot) Swift reads no arguments at all, not even the program's
        // name; going on would run the default `build` whatever was typed.
        guard !CommandLine.arguments.isEmpty else {
            FileHandle.standardError.write(Data((text(Localized(
                zh: "lantu: error: 读不到命令行参数：这台机器（或 chroot）没有挂载 /proc。\n    提示：先运行 mount -t proc proc /proc，再运行 lantu。",
                tw: "lantu: error: 讀不到命令列參數：這台機器（或 chroot）沒有掛載 /proc。\n    提示：先執行 mount -t proc proc /proc，再執行 lantu。",
                en: "lantu: error: cannot read the command line: /proc is not mounted on this machine (or chroot).\n    hint: run mount -t proc proc /proc, then lantu again.")) + "\n").utf8))
            Foundation.exit(2)
        }
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
