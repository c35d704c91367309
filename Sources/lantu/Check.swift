import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu check`: validate everything `build` would, plus advice, and write nothing.
struct Check: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "检查 content/ 和模板，不写任何文件。", tw: "檢查 content/ 和模板，不寫任何檔案。", en: "Check content/ and the templates without writing anything.")),
            discussion: text(Localized(
                zh: """
                报告 build 会报的所有错误，并提醒：已过完成时限的任务、最近一份报告缺少数值的指标、\
                写了两次或不在规划期内的监测值、只出现一次的单位名称（多半是笔误）。\
                每条消息末尾方括号里的代码（如 [unknown-key]）可在使用指南第 10 节查到。有错误时退出码为 1。
                """,
                tw: """
                報告 build 會報的所有錯誤，並提醒：已過完成時限的任務、最近一份報告缺少數值的指標、\
                寫了兩次或不在規劃期內的監測值、只出現一次的單位名稱（多半是筆誤）。\
                每條訊息末尾方括號裡的程式碼（如 [unknown-key]）可在使用指南第 10 節查到。有錯誤時退出碼為 1。
                """,
                en: """
                Reports every error `build` would, and warns about tasks past their due date, \
                indicators missing from the latest report, measurements given twice or outside the \
                plan period, and unit names used once (likely typos). The code in brackets at the end \
                of each message (e.g. [unknown-key]) is listed in the guide, section 10. Exit 1 when there are errors.
                """))
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, github, json
    }

    @OptionGroup var options: ContentOptions
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(text(Localized(
        zh: "text（文件:行:列: …）、github（GitHub Actions 标注）或 json。",
        tw: "text（檔案:行:欄: …）、github（GitHub Actions 標註）或 json。",
        en: "text (file:line:col: …), github (workflow annotations) or json."))))
    var format = Format.text

    func run() throws {
        let (diagnostics, said) = SiteBuild.check(content: options.content, templates: options.templates, language: language.choice)
        switch format {
        case .text:
            print(DiagnosticPrinter.text(diagnostics, in: said), terminator: "")
            printError(DiagnosticPrinter.summary(diagnostics, in: said))
        case .github:
            print(DiagnosticPrinter.github(diagnostics, in: said), terminator: "")
        case .json:
            print(DiagnosticPrinter.json(diagnostics), terminator: "")
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
