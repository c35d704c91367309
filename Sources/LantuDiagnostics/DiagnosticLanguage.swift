/// The language diagnostics are printed in: the site's, or `--lang`/`LANG` where there is no site yet.
public enum DiagnosticLanguage: String, Sendable, Hashable, CaseIterable {
    case simplifiedChinese = "zh-CN"
    case traditionalChinese = "zh-TW"
    case english = "en"
}
