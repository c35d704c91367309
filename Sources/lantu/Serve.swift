import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuServe
import LantuSite

/// `lantu serve`: preview the site while editing; pages reload by themselves.
struct Serve: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: text(Localized(zh: "构建、预览并监视修改：每次保存都会重新构建，打开的页面自动刷新。",
                                     tw: "建置、預覽並監視修改：每次儲存都會重新建置，開啟的頁面自動重新載入。",
                                     en: "Build, serve and watch: every saved change rebuilds and reloads open pages.")),
            discussion: text(Localized(
                zh: """
                从 --output 提供预览构建（带自动刷新脚本，build 永远不会写入它）。内容有错误时，\
                页面在站点页眉下方显示错误、位置和提示，下面是上一次成功构建的网站。\
                只在 127.0.0.1 上监听；只在可信的网络里使用 --host。按 Ctrl-C 停止。
                """,
                tw: """
                從 --output 提供預覽建置（帶自動重新載入指令碼，build 永遠不會寫入它）。內容有錯誤時，\
                頁面在站點頁首下方顯示錯誤、位置和提示，下面是上一次成功建置的網站。\
                只在 127.0.0.1 上監聽；只在可信的網路裡使用 --host。按 Ctrl-C 停止。
                """,
                en: """
                Serves a preview build (with a live-reload script that `build` never writes) from \
                --output. While the content has errors, pages show them, with their place and hint, \
                below the site's header, over the last good build. \
                Binds to 127.0.0.1; use --host only on a trusted network. Ctrl-C stops it.
                """))
        )
    }

    @OptionGroup var options: ContentOptions
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(text(Localized(zh: "监听的地址。", tw: "監聽的位址。", en: "The address to listen on."))))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp(text(Localized(zh: "监听的端口。", tw: "監聽的連接埠。", en: "The port to listen on."))))
    var port = 8000

    @Option(help: ArgumentHelp(text(Localized(zh: "预览构建放在哪里（不会是 site/，所以预览不会被发布）。",
                                              tw: "預覽建置放在哪裡（不會是 site/，所以預覽不會被發布）。",
                                              en: "Where the preview build goes (never site/, so a preview is never published)."))))
    var output = Self.preview

    static let preview = ".lantu/preview"

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError(text(Localized(zh: "--port 要在 0 到 65535 之间", tw: "--port 要在 0 到 65535 之間", en: "--port must be between 0 and 65535")))
        }
    }

    func run() async throws {
        let said = language.resolved(content: options.content)
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            printError(CommandText.openHost(host).text(in: said))
        }
        // The default preview folder is lantu's own, whatever an older lantu left in it.
        let server = PreviewServer(options: .init(content: options.content, templates: options.templates, output: output,
                                                  takeOver: output == Self.preview, language: language.choice),
                                   host: host, port: port)
        do {
            try await server.run { port in
                FileHandle.standardOutput.write(Data((CommandText.serving(host: host, port: port).text(in: said) + "\n").utf8))
            }
        } catch is PreviewServer.OutputRefused {
            throw ExitCode(2)
        } catch let busy as PreviewServer.PortBusy {
            let explanation = PreviewText.portBusy(busy)
            let diagnostic = Diagnostic(.error, at: SourceLocation(file: "--port"), code: explanation.code, explanation.message,
                                        hint: explanation.hint, in: said)
            FileHandle.standardError.write(Data(DiagnosticPrinter.text([diagnostic], in: said).utf8))
            throw ExitCode(2)
        }
    }
}
