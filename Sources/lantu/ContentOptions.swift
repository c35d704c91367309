import ArgumentParser
import LantuDiagnostics

/// Where the content and the theme are, shared by every command that reads them.
struct ContentOptions: ParsableArguments {
    @Option(help: ArgumentHelp(text(Localized(zh: "内容文件夹：放 site.yml 和规划、报告、页面。",
                                              tw: "內容資料夾：放 site.yml 和規劃、報告、頁面。",
                                              en: "The folder with site.yml and the plans, reports and pages."))))
    var content = "content"

    @Option(help: ArgumentHelp(text(Localized(zh: "替换内置主题中同名文件的模板文件夹（默认：content 旁边的 templates/，如果有）。",
                                              tw: "替換內建主題中同名檔案的模板資料夾（預設：content 旁邊的 templates/，如果有）。",
                                              en: "A folder of templates that replace the built-in theme's files of the same name (default: templates/ beside the content folder, if there is one).")),
                               valueName: "folder"))
    var templates: String?
}
