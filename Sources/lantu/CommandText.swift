import LantuDiagnostics
import LantuSite

/// The command line's own lines (not diagnostics), in every language at once.
enum CommandText {
    static func buildFailed(_ count: String, left output: String) -> Localized {
        Localized(zh: "构建失败：\(count)；\(output) 保持原样", tw: "建置失敗：\(count)；\(output) 保持原樣", en: "build failed: \(count); \(output) was left as it was")
    }

    static func publishFailed(_ count: String, left current: String) -> Localized {
        Localized(zh: "发布失败：\(count)；\(current) 保持原样", tw: "發布失敗：\(count)；\(current) 保持原樣", en: "publish failed: \(count); \(current) was left as it was")
    }

    static func built(_ output: String, _ summary: SiteWriter.Summary) -> Localized {
        Localized(zh: "已构建 \(output)/：写入 \(summary.written) 个文件，\(summary.unchanged) 个未变，删除 \(summary.removed) 个",
                  tw: "已建置 \(output)/：寫入 \(summary.written) 個檔案，\(summary.unchanged) 個未變，刪除 \(summary.removed) 個",
                  en: "built \(output)/: \(summary.written) written, \(summary.unchanged) unchanged, \(summary.removed) removed")
    }

    static func leftover(_ path: String) -> Localized {
        Localized(zh: "warning: 上一版网站的副本 \(path) 没能删除；下次构建时会再试",
                  tw: "warning: 上一版網站的副本 \(path) 沒能刪除；下次建置時會再試",
                  en: "warning: the previous site's copy \(path) could not be removed; the next build tries again")
    }

    static func published(_ folder: String, release: Int) -> Localized {
        Localized(zh: "已发布：\(folder)/current → releases/\(release)", tw: "已發布：\(folder)/current → releases/\(release)", en: "published: \(folder)/current → releases/\(release)")
    }

    static func created(_ path: String) -> Localized {
        Localized(zh: "已创建 \(path)", tw: "已建立 \(path)", en: "created \(path)")
    }

    static let newErrors = Localized(zh: "加入这个文件后，content/ 里有下列错误需要改正：", tw: "加入這個檔案後，content/ 裡有下列錯誤需要改正：", en: "with it, content/ now has errors to fix:")

    static let baseURLScheme = Localized(zh: "--base-url 要以 http:// 或 https:// 开头", tw: "--base-url 要以 http:// 或 https:// 開頭", en: "--base-url must start with http:// or https://")

    static func openHost(_ host: String) -> Localized {
        Localized(zh: "warning: 正在 \(host) 上提供预览：能访问这个地址的人都能看到预览；lantu serve 不是正式的网站服务器",
                  tw: "warning: 正在 \(host) 上提供預覽：能連到這個位址的人都能看到預覽；lantu serve 不是正式的網站伺服器",
                  en: "warning: serving on \(host): anyone who can reach this address can read the preview; lantu serve is not a production server")
    }

    static func serving(host: String, port: Int) -> Localized {
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
        return Localized(zh: "预览地址 \(address)，按 Ctrl-C 停止", tw: "預覽網址 \(address)，按 Ctrl-C 停止", en: "serving \(address) — Ctrl-C to stop")
    }
}
