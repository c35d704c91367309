import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel
import LantuSite

/// `lantu new plan|report|page NAME`: a commented starter file in the right folder.
struct New: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "在 content/ 里新建一个规划、报告或页面的初稿（不会覆盖已有文件）。",
                                     tw: "在 content/ 裡建立一個規劃、報告或頁面的初稿（不會覆蓋已有檔案）。",
                                     en: "Create a starter plan, report or page in content/ (never overwrites).")),
            discussion: text(Localized(zh: "NAME 就是文件名和编号：小写字母、数字和“-”，例如 tjutc-talent。",
                                       tw: "NAME 就是檔名和編號：小寫字母、數字和「-」，例如 tjutc-talent。",
                                       en: "NAME becomes the file name and id: lowercase letters, digits and '-', e.g. tjutc-talent."))
        )
    }

    @Argument(help: ArgumentHelp(text(Localized(zh: "plan（规划）、report（报告）或 page（页面）。", tw: "plan（規劃）、report（報告）或 page（頁面）。", en: "plan, report or page."))))
    var kind: Scaffold.Kind

    @Argument(help: ArgumentHelp(text(Localized(zh: "新文件的编号和文件名。", tw: "新檔案的編號和檔名。", en: "The new document's id and file name."))))
    var name: String

    @Option(help: ArgumentHelp(text(Localized(zh: "内容文件夹。", tw: "內容資料夾。", en: "The content folder."))))
    var content = "content"

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw ValidationError(text(Localized(zh: "NAME 只能用小写字母、数字和“-”，例如 tjutc-talent",
                                                 tw: "NAME 只能用小寫字母、數字和「-」，例如 tjutc-talent",
                                                 en: "NAME must use lowercase letters, digits and '-', e.g. tjutc-talent")))
        }
    }

    func run() throws {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        let today = PlanDate(year: parts.year ?? 2025, month: parts.month, day: parts.day)
        let said = language.resolved(content: content)
        do {
            let (path, problems) = try Scaffold.create(kind, name: name, content: content, today: today, language: said)
            print(CommandText.created(path).text(in: said))
            if !problems.isEmpty {
                printError(CommandText.newErrors.text(in: said))
                FileHandle.standardError.write(Data(DiagnosticPrinter.text(problems, in: said).utf8))
                throw ExitCode(1)
            }
        } catch let error as SiteError {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic(in: said)], in: said).utf8))
            throw ExitCode(1)
        }
    }
}

extension Scaffold.Kind: ExpressibleByArgument {}
