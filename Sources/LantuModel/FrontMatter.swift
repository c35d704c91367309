import Foundation
import LantuDiagnostics

/// A document's text split into its YAML front matter and its Markdown body.
struct FrontMatter: Sendable {
    /// Fields by their canonical English key (`标题` is stored as `title`).
    let fields: [String: YAMLValue]
    /// The keys as written, in order, for checking them against the keys a document reads.
    let keys: [Key]

    struct Key: Sendable {
        let written: String
        /// As `fields` has it (`標題` → `title`).
        let canonical: String
        let location: SourceLocation
    }
    /// The body with the front matter lines blanked, so Markdown line numbers match the file.
    let body: String
    let location: SourceLocation
}

extension FrontMatter {
    /// Splits `text` at `---` lines; a file without them has empty fields.
    static func split(_ text: String, file: String, warnings: inout [ContentError]) throws(ContentError) -> FrontMatter {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return FrontMatter(fields: [:], keys: [], body: text, location: start)
        }
        guard let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
            throw ContentError(start, .unterminatedFrontMatter)
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = String(repeating: "\n", count: end + 1) + lines[(end + 1)...].joined(separator: "\n")
        guard let root = try YAMLValue.parse(yaml, file: file, firstLine: 2, inFrontMatter: true, warnings: &warnings) else {
            return FrontMatter(fields: [:], keys: [], body: body, location: start)
        }
        guard case .mapping(let pairs) = root.kind else {
            throw ContentError(root.location, .frontMatterNotMapping)
        }
        let keys = pairs.map { Key(written: $0.key, canonical: canonicalKey($0.key), location: $0.keyLocation) }
        var fields: [String: YAMLValue] = [:]
        for (key, pair) in zip(keys, pairs) {
            fields[key.canonical] = pair.value
        }
        return FrontMatter(fields: fields, keys: keys, body: body, location: start)
    }

    func string(_ key: String) -> String? {
        fields[key]?.scalar.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The field's location, or the front matter's start when the field is missing.
    func location(of key: String) -> SourceLocation {
        fields[key]?.location ?? location
    }

    /// Reads a date field; an invalid one is reported and read as missing.
    func date(_ key: String, problems: inout [ContentError]) -> PlanDate? {
        guard let text = string(key) else { return nil }
        do {
            return try PlanDate.parse(text)
        } catch {
            problems.append(ContentError(location(of: key), .invalidDate(text, impossible: error == .impossible)))
            return nil
        }
    }

    /// Chinese names of the keys, by their folded form (Traditional spellings fold to these).
    static let aliases: [String: String] = [
        "标题": "title", "类型": "kind", "编号": "id", "规划期": "period", "基期": "baseline_year",
        "基期年份": "baseline_year", "发布单位": "issuer", "印发单位": "issuer", "印发日期": "issued",
        "发布日期": "issued", "上级规划": "parent", "状态": "status", "日期": "date", "规划": "plan",
        "报告类型": "type", "baseline": "baseline_year",
    ]

    static func canonicalKey(_ key: String) -> String {
        let folded = key.comparisonKey
        return aliases[folded] ?? folded
    }
}
