import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu init [DIR]`: a new site folder with example content that builds as it is.
struct Init: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "新建规划网站：带说明的 site.yml、示例规划和报告、单位名录和持续集成配置。",
                                     tw: "建立規劃網站：附說明的 site.yml、範例規劃和報告、單位名錄和持續整合設定。",
                                     en: "Create a new site folder with a commented site.yml, an example plan and report, units and CI recipes.")),
            discussion: text(Localized(zh: "不会覆盖任何文件：已有 content/ 的文件夹会被拒绝，文件夹里已有的 README、.gitignore 等文件原样保留。",
                                       tw: "不會覆蓋任何檔案：已有 content/ 的資料夾會被拒絕，資料夾裡已有的 README、.gitignore 等檔案原樣保留。",
                                       en: "Nothing is overwritten: a folder that already has content/ is refused, and files of your own (a README, .gitignore) are kept."))
        )
    }

    @Argument(help: ArgumentHelp(text(Localized(zh: "新网站的文件夹（默认：当前文件夹）。", tw: "新網站的資料夾（預設：目前的資料夾）。", en: "The new site's folder (default: the current folder)."))))
    var folder = "."

    @OptionGroup var lang: LanguageOption

    func run() throws {
        // There is no site yet, so the language is --lang's, else the environment's.
        let language = lang.choice.resolved(site: nil)
        let created: Starter.Created
        do {
            created = try Starter.create(in: folder)
        } catch {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic(in: language)], in: language).utf8))
            throw ExitCode(1)
        }
        print(Self.summary(folder: folder, created: created).text(in: language), terminator: "")
    }

    /// What was made and the commands to run next.
    static func summary(folder: String, created: Starter.Created) -> Localized {
        let here = folder == "."
        let cd = here ? "" : "  cd \(shellQuoted(folder))\n"
        let kept = created.kept.map { Localized(zh: "保留了已有的 \($0)，没有改动。\n", tw: "保留了已有的 \($0)，沒有改動。\n", en: "kept your \($0) as it was.\n") }
        let n = created.written.count
        let zh = """
        已在\(here ? "当前文件夹" : folder + "/")创建新的规划网站（\(n) 个文件）：
          content/site.yml            站点设置（标题、单位、语言）
          content/plans/shisiwu.md    示例规划：章节、主要指标表、任务、里程碑和专栏
          content/reports/2023.md     示例年度报告：监测数值和任务进展
          content/units.yml           单位名录
          .github/、.gitlab-ci.yml    持续集成示例（自动检查并生成网站）
        \(kept.map(\.zh).joined())
        下一步：
        \(cd)  lantu build     生成网站到 site/，然后用浏览器打开 site/index.html
          lantu serve     一边编辑一边预览：打开 http://127.0.0.1:8000/ ，保存后页面自动刷新
        把示例规划和报告换成本单位的内容后，运行 lantu check 检查。

        """
        let tw = """
        已在\(here ? "目前的資料夾" : folder + "/")建立新的規劃網站（\(n) 個檔案）：
          content/site.yml            網站設定（標題、單位、語言）
          content/plans/shisiwu.md    範例規劃：章節、主要指標表、任務、里程碑和專欄
          content/reports/2023.md     範例年度報告：監測數值和任務進展
          content/units.yml           單位名錄
          .github/、.gitlab-ci.yml    持續整合範例（自動檢查並產生網站）
        \(kept.map(\.tw).joined())
        下一步：
        \(cd)  lantu build     產生網站到 site/，然後用瀏覽器開啟 site/index.html
          lantu serve     一邊編輯一邊預覽：開啟 http://127.0.0.1:8000/ ，儲存後頁面自動重新整理
        把範例規劃和報告換成本單位的內容後，執行 lantu check 檢查。

        """
        let en = """
        created a new site in \(here ? "this folder" : folder + "/") (\(n) files):
          content/site.yml            site settings (title, organization, language)
          content/plans/shisiwu.md    an example plan: chapters, indicator table, tasks, milestones, a feature box
          content/reports/2023.md     an example yearly report: measured values and task progress
          content/units.yml           the units
          .github/, .gitlab-ci.yml    CI recipes (check and build on every change)
        \(kept.map(\.en).joined())
        next:
        \(cd)  lantu build     write the site into site/, then open site/index.html in a browser
          lantu serve     preview while editing at http://127.0.0.1:8000/ ; pages reload on save
        replace the example plan and report with your own, then run lantu check.

        """
        return Localized(zh: zh, tw: tw, en: en)
    }

    private static func shellQuoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
