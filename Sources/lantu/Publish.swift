import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu publish DIR`: build a new release and switch the web server to it atomically.
struct Publish: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "构建到 DIR/releases/<n>/，再一步把 DIR/current 指向它。",
                                     tw: "建置到 DIR/releases/<n>/，再一步把 DIR/current 指向它。",
                                     en: "Build into DIR/releases/<n>/ and point DIR/current at it atomically.")),
            discussion: text(Localized(
                zh: """
                让网站服务器发布 DIR/current。保留最近 \(Publisher.kept) 个版本；--rollback 把 current 指回上一个版本。\
                构建失败时 current 保持不变。
                """,
                tw: """
                讓網站伺服器提供 DIR/current。保留最近 \(Publisher.kept) 個版本；--rollback 把 current 指回上一個版本。\
                建置失敗時 current 保持不變。
                """,
                en: """
                Point the web server at DIR/current. The last \(Publisher.kept) releases are kept; \
                --rollback points current back at the previous one. A failed build leaves current as it was.
                """))
        )
    }

    @Argument(help: ArgumentHelp(text(Localized(zh: "网站服务器发布的文件夹（它发布的是 DIR/current）。",
                                                tw: "網站伺服器提供的資料夾（它發布的是 DIR/current）。",
                                                en: "The folder the web server publishes from (it serves DIR/current)."))))
    var folder: String

    @OptionGroup var options: ContentOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("base-url"), help: ArgumentHelp(text(Localized(zh: "网站发布的网址（优先于 site.yml）。",
                                                                         tw: "網站發布的網址（優先於 site.yml）。",
                                                                         en: "The address the site is published at (overrides site.yml)."))))
    var baseURL: String?

    @Flag(help: ArgumentHelp(text(Localized(zh: "不发布，把 current 指回上一个版本。", tw: "不發布，把 current 指回上一個版本。", en: "Point current back at the previous release instead of publishing."))))
    var rollback = false

    func run() throws {
        if rollback {
            let said = language.resolved(content: options.content)
            do {
                print("current → releases/\(try Publisher.rollback(folder))")
            } catch {
                FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic(in: said)], in: said).utf8))
                throw ExitCode(1)
            }
            return
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let outcome = Publisher.publish(.init(content: options.content, templates: options.templates, output: folder, baseURL: baseURL,
                                              language: language.choice),
                                        into: folder)
        let said = outcome.language
        let report = DiagnosticPrinter.text(outcome.diagnostics, in: said)
        if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
        guard outcome.summary != nil else {
            printError(CommandText.publishFailed(DiagnosticPrinter.summary(outcome.diagnostics, in: said), left: "\(folder)/current").text(in: said))
            throw ExitCode(1)
        }
        print(CommandText.published(folder, release: Publisher.currentRelease(folder) ?? 0).text(in: said))
    }
}
