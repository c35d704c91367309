import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuSite

/// `lantu init [DIR]`: a new site folder with example content that builds as it is.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site folder with a commented site.yml, an example plan and report, and CI recipes.",
        discussion: "Nothing is overwritten: a folder that already has content/ is refused, and files of your own (a README, .gitignore) are kept."
    )

    @Argument(help: "The new site's folder (default: the current folder).")
    var folder = "."

    func run() throws {
        let created: Starter.Created
        do {
            created = try Starter.create(in: folder)
        } catch {
            FileHandle.standardError.write(Data(DiagnosticPrinter.text([error.diagnostic]).utf8))
            throw ExitCode(1)
        }
        let place = folder == "." ? "当前文件夹" : folder + "/"
        var text = "已在\(place)创建新的规划网站（\(created.written.count) 个文件）：\n"
        text += "  content/site.yml            站点设置（标题、单位、语言）\n"
        text += "  content/plans/shisiwu.md    示例规划：章节、主要指标表、任务、里程碑和专栏\n"
        text += "  content/reports/2023.md     示例年度报告：监测数值和任务进展\n"
        text += "  content/units.yml           单位名录\n"
        text += "  .github/、.gitlab-ci.yml    持续集成示例（自动检查并生成网站）\n"
        for path in created.kept { text += "保留了已有的 \(path)，没有改动。\n" }
        text += "\n下一步：\n"
        if folder != "." { text += "  cd \(shellQuoted(folder))\n" }
        text += "  lantu build     生成网站到 site/，然后用浏览器打开 site/index.html\n"
        text += "  lantu serve     一边编辑一边预览：打开 http://127.0.0.1:8000/ ，保存后页面自动刷新\n"
        text += "把示例规划和报告换成本单位的内容后，运行 lantu check 检查。\n"
        print(text, terminator: "")
    }

    private func shellQuoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
