import LantuDiagnostics
import LantuSite

/// What the preview server says on its own, in every language at once.
public enum PreviewText {
    static let hint = Localized(zh: "提示：", tw: "提示：", en: "hint: ")

    static func failed(_ count: Int) -> Localized {
        Localized(zh: "构建失败（\(count) 个错误），下面显示的是上一次成功构建的网站", tw: "建置失敗（\(count) 個錯誤），下面顯示的是上一次成功建置的網站",
                  en: "build failed (\(count) error\(count == 1 ? "" : "s")); showing the last good build")
    }

    static func more(_ count: Int) -> Localized {
        Localized(zh: "另有 \(count) 个错误，运行 `lantu check` 可看到全部", tw: "另有 \(count) 個錯誤，執行 `lantu check` 可看到全部",
                  en: "and \(count) more; `lantu check` lists them all")
    }

    static func rebuilt(_ summary: SiteWriter.Summary) -> Localized {
        Localized(zh: "已重新构建：写入 \(summary.written) 个文件，删除 \(summary.removed) 个", tw: "已重新建置：寫入 \(summary.written) 個檔案，刪除 \(summary.removed) 個",
                  en: "rebuilt: \(summary.written) written, \(summary.removed) removed")
    }

    static let servingLastGood = Localized(zh: "构建失败，预览仍显示上一次成功构建的网站", tw: "建置失敗，預覽仍顯示上一次成功建置的網站",
                                           en: "build failed; serving the last good build")

    /// The busy port's message and hint: which port, and how to choose another.
    public static func portBusy(_ busy: PreviewServer.PortBusy) -> Explanation {
        Explanation("port-busy",
                    Localized(zh: "端口 \(busy.port) 已被其他程序占用（可能是另一个 lantu serve）", tw: "連接埠 \(busy.port) 已被其他程式占用（可能是另一個 lantu serve）",
                              en: "port \(busy.port) is in use by another program (perhaps another lantu serve)"),
                    hint: Localized(zh: "关掉占用它的程序，或换一个端口，例如 `lantu serve --port \(busy.port == 8001 ? 8002 : 8001)`",
                                    tw: "關掉占用它的程式，或換一個連接埠，例如 `lantu serve --port \(busy.port == 8001 ? 8002 : 8001)`",
                                    en: "stop the program using it, or choose another port, e.g. `lantu serve --port \(busy.port == 8001 ? 8002 : 8001)`"))
    }
}
