import ArgumentParser
import Foundation
import LantuDiagnostics
import LantuModel

/// `--lang`, on every command that prints diagnostics. An explicit choice wins over the
/// site's `language:`; `LANG` (and `LC_ALL`, `LC_MESSAGES`) count only where no site.yml can
/// be read.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(text(Localized(
        zh: "消息的语言：zh-CN、zh-TW 或 en（默认为 site.yml 的 language:，没有站点时看 LANG）",
        tw: "訊息的語言：zh-CN、zh-TW 或 en（預設為 site.yml 的 language:，沒有網站時看 LANG）",
        en: "The language of messages: zh-CN, zh-TW or en (default: site.yml's language:, or LANG where there is no site)")),
        valueName: "zh-CN|zh-TW|en"))
    var lang: DiagnosticLanguage?

    /// The choice the build refines with the site's own language.
    var choice: LanguageChoice {
        LanguageChoice(explicit: lang, environment: DiagnosticLanguage.fromEnvironment(ProcessInfo.processInfo.environment))
    }

    /// The language for messages printed before or without a build, given the content folder.
    func resolved(content: String) -> DiagnosticLanguage {
        choice.resolved(site: SiteConfig.language(ofContent: content))
    }
}

extension DiagnosticLanguage: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
}

/// The language of `--help` and of usage errors, decided once, before the arguments are
/// parsed: `--lang` in the arguments, else the site.yml of `--content` (or `content/`), else
/// the environment's locale.
let commandLanguage: DiagnosticLanguage = {
    let arguments = Array(CommandLine.arguments.dropFirst())
    func value(of option: String) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == option, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix(option + "=") { return String(argument.dropFirst(option.count + 1)) }
        }
        return nil
    }
    let choice = LanguageChoice(explicit: value(of: "--lang").flatMap(DiagnosticLanguage.init(code:)),
                                environment: DiagnosticLanguage.fromEnvironment(ProcessInfo.processInfo.environment))
    return choice.resolved(site: SiteConfig.language(ofContent: value(of: "--content") ?? "content"))
}()

/// `localized` in the command's language.
func text(_ localized: Localized) -> String {
    localized.text(in: commandLanguage)
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
