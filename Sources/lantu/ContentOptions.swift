import ArgumentParser
import LantuDiagnostics

/// Where the content and the theme are, shared by every command that reads them.
struct ContentOptions: ParsableArguments {
    @Option(help: ArgumentHelp(text(Localized(zh: "内容文件夹：放 site.yml 和规划、报告、页面。",
                                              tw: "內容資料夾：放 site.yml 和規劃、報告、頁面。",
                                              en: "The folder with site.yml and the plans, reports and pages."))))
    var content = "content"

    @Option(help: ArgumentHelp(text(Localized(zh: "主题文件夹：Mustache 模板、界面文字和资源文件。",
                                              tw: "主題資料夾：Mustache 模板、介面文字和資源檔。",
                                              en: "The theme: Mustache templates, UI strings and assets."))))
    var templates = "templates"
}
