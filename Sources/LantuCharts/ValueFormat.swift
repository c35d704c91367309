/// How large numbers are abbreviated: 万 and 亿 on Chinese sites, thousands separators otherwise.
public enum NumberStyle: Sendable, Equatable {
    case chinese
    case western
}

/// Formats values for axes and labels: short, locale-free, in the indicator's unit.
public enum ValueFormat {
    /// `35000000` → `3500万` (Chinese) or `35,000,000` (western); `0.5` → `0.5`; `%` units keep their sign.
    public static func compact(_ x: Double, style: NumberStyle, unit: String? = nil) -> String {
        let suffix = unit == "%" ? "%" : ""
        guard x.isFinite else { return "0" + suffix }
        let magnitude = abs(x)
        switch style {
        case .chinese where magnitude >= 100_000_000:
            return SVGFormat.number(x / 100_000_000, decimals: 2) + "亿" + suffix
        case .chinese where magnitude >= 10_000:
            return SVGFormat.number(x / 10_000, decimals: 2) + "万" + suffix
        case .chinese:
            return SVGFormat.number(x, decimals: 2) + suffix
        case .western:
            return grouped(SVGFormat.number(x, decimals: 2)) + suffix
        }
    }

    /// `1234567.5` → `1,234,567.5`.
    static func grouped(_ number: String) -> String {
        let negative = number.hasPrefix("-")
        let body = negative ? number.dropFirst() : Substring(number)
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts.first ?? "0")
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(integer, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + (parts.count == 2 ? "." + parts[1] : "")
    }
}
