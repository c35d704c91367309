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
    /// Texts joined as each language lists them: “、” in Chinese, “, ” in English.
    public static func list(_ items: [String]) -> Localized {
        Localized(zh: items.joined(separator: "、"), tw: items.joined(separator: "、"), en: items.joined(separator: ", "))
    }

    /// Several items, each quoted as the language quotes (“…”, 「…」, '…'), joined with “或” or “ or ”.
    private static func alternatives(_ items: [String]) -> Localized {
        Localized(zh: items.map { "“\($0)”" }.joined(separator: "或"),
                  tw: items.map { "「\($0)」" }.joined(separator: "或"),
                  en: items.map { "'\($0)'" }.joined(separator: " or "))
    }

    /// `是不是要写“a”或“b”？`, or nil when there is nothing to suggest.
    public static func didYouMean(_ suggestions: [String]) -> Localized? {
        guard !suggestions.isEmpty else { return nil }
        let options = alternatives(suggestions)
        return Localized(zh: "是不是要写\(options.zh)？", tw: "是不是要寫\(options.tw)？",
                         en: "did you mean \(options.en)?")
    }
}
