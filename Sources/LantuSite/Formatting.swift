import Foundation
import LantuModel

/// Locale-independent number and date formatting, so output never depends on the machine.
enum Formatting {
    /// `d` rounded half-up to `places` decimals, as a plain decimal (`0.7143`, `-0.12`, `1`).
    static func decimal(_ d: Decimal, places: Int) -> String {
        var value = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        return rounded.description
    }

    /// `0.714…` → `71.4%`.
    static func percent(_ d: Decimal?) -> String? {
        d.map { decimal($0 * 100, places: 1) + "%" }
    }

    /// A plan date in the site's language, e.g. `2025年12月` or `2025-12`.
    static func date(_ date: PlanDate, strings: [String: String]) -> String {
        let template: String
        if let period = date.period {
            return periodText(period, year: date.year, month: date.month ?? 12, strings: strings)
        } else if date.day != nil {
            template = strings["date_day"] ?? "{y}-{m}-{d}"
        } else if date.month != nil {
            template = strings["date_month"] ?? "{y}-{m}"
        } else {
            template = strings["date_year"] ?? "{y}"
        }
        let month = date.month ?? 12
        let day = date.day ?? 31
        return fill(template, [
            "mm": month < 10 ? "0\(month)" : String(month), "dd": day < 10 ? "0\(day)" : String(day),
            "y": String(date.year), "m": String(month), "d": String(day),
        ])
    }

    /// A part of a year as written (`2024年上半年`, `2023年第四季度`, `2025年底`), never as a made-up day.
    private static func periodText(_ period: PlanDate.Period, year: Int, month: Int, strings: [String: String]) -> String {
        let (key, fallback): (String, String)
        var quarter = 0
        switch period {
        case .yearEnd: (key, fallback) = ("date_year_end", "{y}年底")
        case .firstHalf: (key, fallback) = ("date_first_half", "{y}年上半年")
        case .secondHalf: (key, fallback) = ("date_second_half", "{y}年下半年")
        case .quarter(let q): ((key, fallback), quarter) = (("date_quarter", "{y}年第{qn}季度"), q)
        case .monthEnd: (key, fallback) = ("date_month_end", "{y}年{m}月底")
        }
        let numerals = ["", "一", "二", "三", "四"]
        return fill(strings[key] ?? fallback, [
            "y": String(year), "m": String(month), "mm": month < 10 ? "0\(month)" : String(month),
            "q": String(quarter), "qn": numerals[min(max(quarter, 0), 4)],
        ])
    }

    /// Fills `{name}` placeholders of a UI string in one pass; unknown names stay as written.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
