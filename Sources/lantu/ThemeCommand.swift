import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu theme export DIR`: the built-in theme written out, to change what an office wants.
struct ThemeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "theme",
            abstract: text(Localized(zh: "内置主题。", tw: "內建主題。", en: "Work with the built-in theme.")),
            subcommands: [Export.self]
        )
    }

    struct Export: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: text(Localized(zh: "把内置主题写到一个文件夹里，供修改（不会覆盖已有文件）。", tw: "把內建主題寫到一個資料夾裡，供修改（不會覆蓋已有檔案）。",
                                         en: "Write the built-in theme into a folder to customise it (never overwrites).")),
                discussion: text(Localized(
                    zh: "在 content/ 旁边运行 lantu theme export templates，build 和 serve 就会使用这个 templates 文件夹：只保留并修改需要改的文件，删去的文件按文件回退到内置主题。",
                    tw: "在 content/ 旁邊執行 lantu theme export templates，build 和 serve 就會使用這個 templates 資料夾：只保留並修改需要改的檔案，刪去的檔案按檔案回退到內建主題。",
                    en: "`lantu theme export templates` beside content/ gives a templates folder that `build` and `serve` then use: change the files you need and delete the others, which fall back to the built-in theme file by file."))
            )
        }

        @Argument(help: ArgumentHelp(text(Localized(zh: "写入主题的文件夹，如 templates。", tw: "寫入主題的資料夾，如 templates。", en: "The folder to write the theme into, e.g. templates."))))
        var folder: String

        @OptionGroup var lang: LanguageOption

        func run() throws {
            let language = lang.resolved(content: "content")
            do {
                let written = try Theme.exportBuiltIn(to: folder)
                print(Localized(zh: "已把内置主题的 \(written.count) 个文件写到 \(folder)/", tw: "已把內建主題的 \(written.count) 個檔案寫到 \(folder)/",
                                en: "wrote \(written.count) files of the built-in theme into \(folder)/").text(in: language))
            } catch {
                FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic(in: language)], in: language).utf8))
                throw ExitCode(1)
            }
        }
    }
}
