import Foundation
import LantuDiagnostics
@testable import LantuSite
import Testing

/// Which language lantu speaks: `--lang`, then the site's `language:`, then `LANG`, then zh-CN.
@Suite struct LanguageTests {
    /// Runs lantu in `folder` with only `environment` set, as a fresh terminal would.
    func lantu(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> ProgramRun {
        try ProgramRun.run(arguments, in: folder, environment: environment)
    }

    @Test func withNoSiteLangDecidesAndLangOptionWins() throws {
        let empty = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let plain = try lantu(["build"], in: empty)
        #expect(plain.status == 1)
        #expect(plain.stderr == "content: error: 找不到内容文件夹 [no-content-folder]\n"
            + "    提示：请在网站文件夹（有 content/ 的文件夹）里运行 lantu，或用 --content 指定；新建网站用 `lantu init`\n"
            + "构建失败：1 个错误，0 个警告；site/ 保持原样\n")
        let english = try lantu(["build"], in: empty, environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stderr.hasPrefix("content: error: there is no content folder here [no-content-folder]\n    hint: "))
        #expect(english.stderr.hasSuffix("build failed: 1 error, 0 warnings; site/ was left as it was\n"))
        let taiwan = try lantu(["check"], in: empty, environment: ["LANG": "zh_TW.UTF-8"])
        #expect(taiwan.stdout.hasPrefix("content: error: 找不到內容資料夾 [no-content-folder]\n    提示：請在網站資料夾"))
        #expect(try lantu(["check"], in: empty, environment: ["LANG": "zh_HK.UTF-8"]).stdout == taiwan.stdout)
        #expect(try lantu(["check"], in: empty, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]).stdout.contains("there is no content folder"))
        #expect(try lantu(["check", "--lang", "zh-CN"], in: empty, environment: ["LANG": "en_US.UTF-8"]).stdout.contains("找不到内容文件夹"))
    }

    @Test func theSitesLanguageWinsOverLangButNotOverTheOption() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try "title: Test\nlanguage: en\n".write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try "---\ntitle: p\nperid: 2021-2025\n---\n".write(to: content.appendingPathComponent("plans/p.md"), atomically: true, encoding: .utf8)
        let site = try lantu(["check", "--templates", Paths.templates], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(site.stdout.contains("content/plans/p.md:3:1: error: unknown key 'perid' in a plan's front matter [unknown-key]\n    hint: did you mean 'period'?"))
        let chosen = try lantu(["check", "--templates", Paths.templates, "--lang", "zh-TW"], in: folder, environment: ["LANG": "en_US.UTF-8"])
        #expect(chosen.stdout.contains("content/plans/p.md:3:1: error: 規劃的前置資料裡有不認識的鍵「perid」 [unknown-key]\n    提示：是不是要寫「period」？"))
        #expect(chosen.stderr.hasSuffix("個錯誤，0 個警告\n"))
        let json = try lantu(["check", "--templates", Paths.templates, "--format", "json"], in: folder)
        #expect(json.stdout.contains(#""code":"unknown-key","message":"unknown key 'perid' in a plan's front matter""#))
        let github = try lantu(["check", "--templates", Paths.templates, "--format", "github"], in: folder)
        #expect(github.stdout.contains(",title=unknown-key::unknown key 'perid'"))
    }

    @Test func helpSpeaksTheLanguageChosenBeforeParsing() throws {
        let empty = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let chinese = try lantu(["build", "--help"], in: empty)
        #expect(chinese.stdout.contains("检查 content/，把网站写到 site/。"))
        #expect(chinese.stdout.contains("消息的语言：zh-CN、zh-TW 或 en"))
        #expect(try lantu(["build", "--help", "--lang", "en"], in: empty).stdout.contains("Check content/ and write the site into site/."))
        #expect(try lantu(["serve", "--help"], in: empty, environment: ["LANG": "zh_TW.UTF-8"]).stdout.contains("監聽的連接埠。"))
        let usage = try lantu(["build", "--base-url", "ftp://x"], in: empty)
        #expect(usage.status == 2 && usage.stderr.contains("--base-url 要以 http:// 或 https:// 开头"))
    }

    @Test func aBusyPortSaysWhichAndHowToChooseAnother() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Paths.fixture("golden"), toPath: folder.appendingPathComponent("content").path)
        let run = try lantu(["serve", "--templates", Paths.templates, "--port", String(port)], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--port: error: 端口 \(port) 已被其他程序占用（可能是另一个 lantu serve） [port-busy]\n"
            + "    提示：关掉占用它的程序，或换一个端口，例如 `lantu serve --port 8001`\n"), "\(run.stderr)")
        #expect(!run.stderr.contains("errno"))
    }

    /// One of each `SiteError.Reason` case.
    static let siteReasons: [SiteError.Reason] = [
        .noTemplatesFolder, .templateNotUTF8, .noMethodology, .noStrings, .templateSyntax("unfinished section"),
        .unusedThemeFile, .unknownTemplateField("titel", view: "TextPageView", suggestions: ["title"]), .unknownUIString("no_such"),
        .sectionOverText("title"), .transformOverNonList("count", "body"),
        .missingTemplate("home"), .missingPartial("footer"), .missingString("status_achieved"), .stringsNotMapping,
        .writeFailed("No space left on device"), .outputOverlaps("content", output: "content/site", folder: "content", inside: true),
        .outputHoldsWorkingFolder(".."), .notLantuFolder("www", files: 5, example: "CNAME"), .foreignFileInTheWay("a.html", others: 2),
        .busy("site"), .alreadyExists, .noPlanYet, .noCurrentRelease("www"), .nothingToRollBack(before: 1),
    ]

    @Test func everySiteErrorHasACodeAndTextInEveryLanguage() {
        let explanations = Self.siteReasons.map(\.explanation)
        for explanation in explanations {
            for text in [explanation.message] + (explanation.hint.map { [$0] } ?? []) {
                #expect(!text.zh.isEmpty && !text.tw.isEmpty && !text.en.isEmpty && text.zh != text.en, "\(explanation.code)")
            }
        }
        #expect(Set(explanations.map(\.code)).count == explanations.count)
    }
}
