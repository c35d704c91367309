import Foundation
import LantuDiagnostics

extension SiteConfig {
    /// Reads `site.yml` (SPEC §2.1).
    static func read(_ data: Data, file: String, problems: inout [ContentError]) -> SiteConfig? {
        let fields: [String: YAMLValue]
        do {
            let text = try SourceDocument.decode(data, file: file, warnings: &problems)
            guard let root = try YAMLValue.parse(text, file: file, firstLine: 1, warnings: &problems) else {
                problems.append(ContentError(SourceLocation(file: file, line: 1, column: 1), .missingField("title", example: "天津市教育现代化“十四五”规划实施监测")))
                return nil
            }
            guard case .mapping(let pairs) = root.kind else {
                problems.append(ContentError(root.location, .siteNotMapping))
                return nil
            }
            fields = Dictionary(pairs.map { (FrontMatter.canonicalKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
            problems += FrontMatterKeys.check(pairs, known: FrontMatterKeys.site, in: .siteFile)
        } catch {
            problems.append(error)
            return nil
        }
        let start = SourceLocation(file: file, line: 1, column: 1)
        func string(_ key: String) -> String? { fields[key]?.scalar?.trimmed.nilIfEmpty }
        guard let title = string("title") else {
            problems.append(ContentError(start, .missingField("title", example: "天津市教育现代化“十四五”规划实施监测")))
            return nil
        }
        var language = SiteLanguage.simplifiedChinese
        if let text = string("language") {
            if let parsed = SiteLanguage(code: text) {
                language = parsed
            } else {
                problems.append(ContentError(fields["language"]!.location, .invalidField("language", value: text, expected: Localized(zh: "zh-CN（简体中文）、zh-TW（繁体中文）或 en（英文）", tw: "zh-CN（簡體中文）、zh-TW（繁體中文）或 en（英文）", en: "zh-CN, zh-TW or en"))))
            }
        }
        var asOf: PlanDate?
        if let text = string("as_of") {
            do {
                asOf = try PlanDate.parse(text)
            } catch {
                problems.append(ContentError(fields["as_of"]!.location, .invalidDate(text, impossible: error == .impossible)))
            }
        }
        var baseURL = string("base_url")
        if let url = baseURL {
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                problems.append(ContentError(fields["base_url"]!.location, .invalidField("base_url", value: url, expected: Localized(zh: "以 http:// 或 https:// 开头的网址", tw: "以 http:// 或 https:// 開頭的網址", en: "an http:// or https:// address"))))
                baseURL = nil
            } else if !url.hasSuffix("/") {
                baseURL = url + "/"
            }
        }
        var method = ProgressMethod.linear
        if let text = string("progress") {
            if let parsed = ProgressMethod(rawValue: text.lowercased()) {
                method = parsed
            } else {
                problems.append(ContentError(fields["progress"]!.location, .invalidField("progress", value: text, expected: Localized(zh: "linear（按线性进度）或 cagr（按年均增长率）", tw: "linear（按線性進度）或 cagr（按年均成長率）", en: "linear or cagr"))))
            }
        }
        return SiteConfig(title: title, organization: string("organization"), language: language, baseURL: baseURL,
                          asOf: asOf, progressMethod: method, notice: string("notice"))
    }
}

extension SiteConfig {
    /// The `language:` of `content`'s site.yml, read before anything else so that every message
    /// of the run (even a refusal to build, or `--help`) speaks it; nil when site.yml cannot be
    /// read, or says no valid language.
    public static func language(ofContent content: String) -> SiteLanguage? {
        for name in ["site.yml", "site.yaml"] {
            guard let data = FileManager.default.contents(atPath: ContentDirectory.displayPath(root: content, relative: name)) else { continue }
            var ignored: [ContentError] = []
            guard let text = try? SourceDocument.decode(data, file: name, warnings: &ignored),
                  case .mapping(let pairs)? = try? YAMLValue.parse(text, file: name, firstLine: 1, warnings: &ignored)?.kind,
                  let value = pairs.first(where: { FrontMatter.canonicalKey($0.key) == "language" })?.value.scalar else { return nil }
            return SiteLanguage(code: value.trimmed)
        }
        return nil
    }
}

extension OrgUnit {
    /// Reads `units.yml`: a list of `name`, `short`, `aliases`, `description`.
    static func readList(_ data: Data, file: String, problems: inout [ContentError]) -> [OrgUnit] {
        do {
            let text = try SourceDocument.decode(data, file: file, warnings: &problems)
            guard let root = try YAMLValue.parse(text, file: file, firstLine: 1, warnings: &problems) else { return [] }
            guard case .sequence(let items) = root.kind else {
                problems.append(ContentError(root.location, .unitsNotAList))
                return []
            }
            // Every name, short name and alias, by the folded form units are looked up by: one
            // that named two entries would file one unit's tasks under the other.
            var owners: [String: (entry: Int, unit: String, at: SourceLocation)] = [:]
            return items.enumerated().compactMap { entry, item in
                guard case .mapping(let pairs) = item.kind else {
                    problems.append(ContentError(item.location, .unitNotAMapping))
                    return nil
                }
                problems += FrontMatterKeys.check(pairs, known: FrontMatterKeys.unit, in: .unitEntry)
                let fields = Dictionary(pairs.map { (FrontMatter.canonicalKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
                guard let nameField = fields["name"], let name = nameField.scalar?.trimmed.nilIfEmpty else {
                    problems.append(ContentError(item.location, .unitWithoutName))
                    return nil
                }
                let short = fields["short"].flatMap { field in field.scalar?.trimmed.nilIfEmpty.map { (text: $0, location: field.location) } }
                let aliases = fields["aliases"]?.scalarsWithLocations ?? []
                for (written, at) in [(name, nameField.location)] + (short.map { [$0] } ?? []) + aliases {
                    let key = written.comparisonKey
                    if let owner = owners[key] {
                        if owner.entry != entry {
                            problems.append(ContentError(at, .duplicateUnitName(written, unit: owner.unit, first: owner.at)))
                        }
                    } else {
                        owners[key] = (entry, name, at)
                    }
                }
                return OrgUnit(id: "", name: name, short: short?.text, description: fields["description"]?.scalar?.trimmed.nilIfEmpty,
                               aliases: aliases.map(\.text))
            }
        } catch {
            problems.append(error)
            return []
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
