/// One text in every language lantu speaks, written together so that no language can be
/// forgotten when a message is added or changed.
public struct Localized: Sendable, Hashable {
    public let zh: String
    public let tw: String
    public let en: String

    /// Simplified Chinese (mainland usage), Traditional Chinese (Taiwan usage), English.
    public init(zh: String, tw: String, en: String) {
        self.zh = zh
        self.tw = tw
        self.en = en
    }

    public func text(in language: DiagnosticLanguage) -> String {
        switch language {
        case .simplifiedChinese: zh
        case .traditionalChinese: tw
        case .english: en
        }
    }
}

extension Localized {
    /// Texts joined with one separator per language (“、” in Chinese, “, ” in English).
    public static func list(_ items: [String], zh: String = "、", en: String = ", ") -> Localized {
        Localized(zh: items.joined(separator: zh), tw: items.joined(separator: zh), en: items.joined(separator: en))
    }

    /// Quoted for a message: “…” in mainland Chinese, 「…」 in Taiwan, '…' in English.
    public static func quoted(_ item: String) -> Localized {
        Localized(zh: "“\(item)”", tw: "「\(item)」", en: "'\(item)'")
    }

    /// Several items, each quoted, joined with “或”/“或”/“ or ”.
    public static func alternatives(_ items: [String]) -> Localized {
        Localized(zh: items.map { "“\($0)”" }.joined(separator: "或"),
                  tw: items.map { "「\($0)」" }.joined(separator: "或"),
                  en: items.map { "'\($0)'" }.joined(separator: " or "))
    }

    /// `“a”或“b”？`, or nil when there is nothing to suggest.
    public static func didYouMean(_ suggestions: [String]) -> Localized? {
        guard !suggestions.isEmpty else { return nil }
        let options = alternatives(suggestions)
        return Localized(zh: "是不是要写\(options.zh)？", tw: "是不是要寫\(options.tw)？",
                         en: "did you mean \(options.en)?")
    }
}
