import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu build`: check the content and write the site, or write nothing and say why.
struct Build: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "检查 content/，把网站写到 site/。", tw: "檢查 content/，把網站寫到 site/。", en: "Check content/ and write the site into site/.")),
            discussion: text(Localized(
                zh: """
                每个问题都按 `文件:行:列: error: 说明 [代码]` 报告，一次列出全部；check 给出的提醒也一并列出，最后给出数量。\
                有错误时什么都不写，原来的网站保持不变；内容没有变化的文件不会重写。\
                退出码：0 已构建，1 内容或模板有错误，2 命令用法错误。
                """,
                tw: """
                每個問題都按 `檔案:行:列: error: 說明 [程式碼]` 報告，一次列出全部；check 給出的提醒也一併列出，最後給出數量。\
                有錯誤時什麼都不寫，原來的網站保持不變；內容沒有變化的檔案不會重寫。\
                退出碼：0 已建置，1 內容或模板有錯誤，2 命令用法錯誤。
                """,
                en: """
                Every problem is reported as `file:line:col: error: message [code]`, all in one run, and \
                every warning `check` gives is printed too, with a count. \
                A build with errors writes nothing and leaves the previous site as it was; \
                files whose bytes did not change are not rewritten. Exit codes: 0 built, 1 content \
                or template errors, 2 usage errors.
                """))
        )
    }

    @OptionGroup var options: ContentOptions
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(text(Localized(zh: "网站写到哪个文件夹。", tw: "網站寫到哪個資料夾。", en: "Where to write the site."))))
    var output = "site"

    @Flag(name: .customLong("take-over"), help: ArgumentHelp(text(Localized(
        zh: "让 lantu 接管一个不是它写的输出文件夹：网站用到的路径上的文件会被替换，其他文件都保留。",
        tw: "讓 lantu 接管一個不是它寫的輸出資料夾：網站用到的路徑上的檔案會被替換，其他檔案都保留。",
        en: "Let lantu manage an output folder it did not write: its files at the site's paths are replaced, every other file is kept."))))
    var takeOver = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp(text(Localized(
        zh: "网站发布的网址，例如 https://www.example.edu.cn/plan/（优先于 site.yml）。",
        tw: "網站發布的網址，例如 https://www.example.edu.cn/plan/（優先於 site.yml）。",
        en: "The address the site is published at, e.g. https://www.example.edu.cn/plan/ (overrides site.yml)."))))
    var baseURL: String?

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError(text(CommandText.baseURLScheme))
        }
    }

    func run() throws {
        let outcome = SiteBuild.run(.init(content: options.content, templates: options.templates, output: output,
                                          baseURL: baseURL, takeOver: takeOver, language: language.choice))
        let said = outcome.language
        let report = DiagnosticPrinter.text(outcome.diagnostics, in: said)
        if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
        let count = DiagnosticPrinter.summary(outcome.diagnostics, in: said)
        guard let summary = outcome.summary else {
            printError(CommandText.buildFailed(count, left: "\(output)/").text(in: said))
            throw ExitCode(outcome.refused ? 2 : 1)
        }
        if let leftover = summary.notRemoved {
            printError(CommandText.leftover(leftover).text(in: said))
        }
        // Warnings do not stop a build, but a site published over them is worth a count.
        printError(count)
        print(CommandText.built(output, summary).text(in: said))
    }
}
