/// The language diagnostics are printed in: the site's, or `--lang`/`LANG` where there is no site yet.
public enum DiagnosticLanguage: String, Sendable, Hashable, CaseIterable {
    case simplifiedChinese = "zh-CN"
    case traditionalChinese = "zh-TW"
    case english = "en"

    /// `zh-CN`, `zh-TW` or `en`, as `--lang` and site.yml's `language:` write them (any case).
    public init?(code: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == code.lowercased() }) else { return nil }
        self = match
    }

    /// The language of a POSIX locale such as `zh_CN.UTF-8`, `zh_TW`, `zh_HK` or `en_US`; nil
    /// for `C`, `POSIX` and languages lantu does not speak.
    public init?(locale: String) {
        let name = locale.split(separator: ".").first.map(String.init)?.split(separator: "@").first.map(String.init) ?? ""
        let parts = name.split(whereSeparator: { $0 == "_" || $0 == "-" }).map { $0.lowercased() }
        switch parts.first {
        case "zh":
            self = parts.dropFirst().contains(where: { ["tw", "hk", "mo", "hant"].contains($0) }) ? .traditionalChinese : .simplifiedChinese
        case "en": self = .english
        default: return nil
        }
    }

    /// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, as POSIX orders them.
    public static func fromEnvironment(_ environment: [String: String]) -> DiagnosticLanguage? {
        guard let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else {
            return nil
        }
        return DiagnosticLanguage(locale: locale)
    }
}

/// How the language of a run's messages is decided: an explicit `--lang` wins, then the
/// site's `language:`, then the environment's locale, then Simplified Chinese.
public struct LanguageChoice: Sendable, Hashable {
    /// `--lang`, when given.
    public let explicit: DiagnosticLanguage?
    /// From `LANG` and its kin, for runs where no site.yml can be read.
    public let environment: DiagnosticLanguage?

    public init(explicit: DiagnosticLanguage? = nil, environment: DiagnosticLanguage? = nil) {
        self.explicit = explicit
        self.environment = environment
    }

    /// The language once the site's own (nil when site.yml could not be read) is known.
    public func resolved(site: DiagnosticLanguage?) -> DiagnosticLanguage {
        explicit ?? site ?? environment ?? .simplifiedChinese
    }
}
