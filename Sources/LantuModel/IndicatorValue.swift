import Foundation

/// How a target bounds its indicator: `>99` is "more than 99".
public enum TargetComparator: String, Sendable, Hashable, CaseIterable {
    case greater = ">"
    case greaterOrEqual = ">="
    case less = "<"
    case lessOrEqual = "<="
}

/// A cell of an indicator table: a number (maybe with a comparator) or a qualitative text.
public struct IndicatorValue: Hashable, Sendable {
    /// The cell as written, shown on pages.
    public let raw: String
    public let kind: Kind

    public enum Kind: Hashable, Sendable {
        /// A number, with 万/千/亿 multiplied out and any `%` dropped.
        case number(Decimal, TargetComparator?)
        /// A qualitative value such as 全覆盖: shown, never charted.
        case text(String)
    }

    public init(raw: String, kind: Kind) {
        self.raw = raw
        self.kind = kind
    }
}

extension IndicatorValue {
    public var number: Decimal? {
        if case .number(let value, _) = kind { return value }
        return nil
    }

    public var comparator: TargetComparator? {
        if case .number(_, let comparator) = kind { return comparator }
        return nil
    }

    /// Reads a cell per SPEC §2.3; nil for an empty cell or one of `—`, `-`, `/`.
    public static func parse(_ text: String) -> IndicatorValue? {
        let raw = text.trimmed
        var rest = Substring(raw.precomposedStringWithCompatibilityMapping.filter { $0 != " " })
        if rest.isEmpty || ["—", "——", "-", "--", "/", "–", "―"].contains(String(rest)) { return nil }
        var comparator = takeComparatorPrefix(&rest)
        if rest.hasPrefix("控制在"), rest.hasSuffix("以内") {
            rest = rest.dropFirst(3).dropLast(2)
            comparator = .lessOrEqual
        }
        if comparator == nil {
            for (suffix, meaning) in suffixComparators where rest.hasSuffix(suffix) {
                rest = rest.dropLast(suffix.count)
                comparator = meaning
                break
            }
        }
        if rest.hasSuffix("%") { rest = rest.dropLast() }
        guard let number = parseNumber(rest) else {
            return IndicatorValue(raw: raw, kind: .text(raw))
        }
        return IndicatorValue(raw: raw, kind: .number(number, comparator))
    }
}

private let prefixComparators: [(String, TargetComparator)] = [
    (">=", .greaterOrEqual), ("≥", .greaterOrEqual), ("⩾", .greaterOrEqual), ("不低于", .greaterOrEqual),
    ("不少于", .greaterOrEqual), ("<=", .lessOrEqual), ("≤", .lessOrEqual), ("⩽", .lessOrEqual),
    ("不高于", .lessOrEqual), ("不超过", .lessOrEqual), (">", .greater), ("<", .less),
]

private let suffixComparators: [(String, TargetComparator)] = [("以上", .greaterOrEqual), ("以内", .lessOrEqual)]

private let multipliers: [(String, Decimal)] = [("亿", 100_000_000), ("億", 100_000_000), ("万", 10_000), ("萬", 10_000), ("千", 1_000)]

private func takeComparatorPrefix(_ rest: inout Substring) -> TargetComparator? {
    for (prefix, comparator) in prefixComparators where rest.hasPrefix(prefix) {
        rest = rest.dropFirst(prefix.count)
        return comparator
    }
    return nil
}

/// `4,500`, `92.3`, `-1.5`, `+2`, `350万`: digits with optional grouping, decimals and a multiplier.
private func parseNumber(_ text: Substring) -> Decimal? {
    var digits = text
    var factor: Decimal = 1
    for (suffix, value) in multipliers where digits.hasSuffix(suffix) {
        digits = digits.dropLast(suffix.count)
        factor = value
        break
    }
    if digits.hasSuffix("%") { digits = digits.dropLast() }
    let negative = digits.hasPrefix("-")
    if negative || digits.hasPrefix("+") { digits = digits.dropFirst() }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let integer = parts.first, !integer.isEmpty else { return nil }
    if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigitCharacter) { return nil }
    let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }) else { return nil }
    if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 }) || groups[0].count > 3 { return nil }
    let plain = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
    guard let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
    return (negative ? -value : value) * factor
}

private extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
