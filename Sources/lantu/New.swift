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
            discussion: text(Localized(
                zh: "NAME 可以是中文标题（lantu new plan 人才强校专项规划：文件名和编号取拼音 ren-cai-qiang-xiao-zhuan-xiang-gui-hua），也可以是由小写字母、数字和“-”组成的编号（lantu new page about，标题留待填写）。不会提问，也不会覆盖已有文件。",
                tw: "NAME 可以是中文標題（lantu new plan 人才強校專項規劃：檔名和編號取拼音 ren-cai-qiang-xiao-zhuan-xiang-gui-hua），也可以是由小寫字母、數字和「-」組成的編號（lantu new page about，標題留待填寫）。不會提問，也不會覆蓋已有檔案。",
                en: "NAME is the title as written (`lantu new plan 人才强校专项规划`: the id and file name are its pinyin, ren-cai-qiang-xiao-zhuan-xiang-gui-hua) or an id of lowercase letters, digits and '-' (`lantu new page about`, with a title to fill in). Nothing is asked; an existing file is never overwritten."))
        )
    }

    @Argument(help: ArgumentHelp(text(Localized(zh: "plan（规划）、report（报告）或 page（页面）。", tw: "plan（規劃）、report（報告）或 page（頁面）。", en: "plan, report or page."))))
    var kind: Scaffold.Kind

    @Argument(help: ArgumentHelp(text(Localized(zh: "新文件的标题（照写）或编号。", tw: "新檔案的標題（照寫）或編號。", en: "The new document's title as written, or its id."))))
    var name: String

    @Option(help: ArgumentHelp(text(Localized(zh: "内容文件夹。", tw: "內容資料夾。", en: "The content folder."))))
    var content = "content"

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard Scaffold.documentID(for: name) != nil, !name.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            throw ValidationError(text(Localized(zh: "NAME 应是标题（人才强校专项规划）或由小写字母、数字和“-”组成的编号（tjutc-talent）",
                                                 tw: "NAME 應是標題（人才強校專項規劃）或由小寫字母、數字和「-」組成的編號（tjutc-talent）",
                                                 en: "NAME must be a title (人才强校专项规划) or an id of lowercase letters, digits and '-' (tjutc-talent)")))
        }
    }

    func run() throws {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        let today = PlanDate(year: parts.year ?? 2025, month: parts.month, day: parts.day)
        let said = language.resolved(content: content)
        do {
            let (path, problems) = try Scaffold.create(kind, name: name, content: content, today: today, language: said)
            print(CommandText.created(path).text(in: said))
            // The file is made; what else in content/ now needs changing is said, not a failure.
            if !problems.isEmpty {
                printError(CommandText.newErrors.text(in: said))
                FileHandle.standardError.write(Data(DiagnosticPrinter.text(problems, in: said).utf8))
            }
        } catch {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic(in: said)], in: said).utf8))
            throw ExitCode(1)
        }
    }
}

extension Scaffold.Kind: ExpressibleByArgument {}
