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
        if date.day != nil {
            template = strings["date_day"] ?? "{y}-{m}-{d}"
        } else if date.month != nil {
            template = strings["date_month"] ?? "{y}-{m}"
        } else {
            template = strings["date_year"] ?? "{y}"
        }
        let month = date.month ?? 12
        let day = date.day ?? 31
        return template
            .replacingOccurrences(of: "{mm}", with: month < 10 ? "0\(month)" : String(month))
            .replacingOccurrences(of: "{dd}", with: day < 10 ? "0\(day)" : String(day))
            .replacingOccurrences(of: "{y}", with: String(date.year))
            .replacingOccurrences(of: "{m}", with: String(date.month ?? 12))
            .replacingOccurrences(of: "{d}", with: String(date.day ?? 31))
    }

    /// Fills `{name}` placeholders of a UI string.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        values.keys.sorted().reduce(template) { $0.replacingOccurrences(of: "{\($1)}", with: values[$1]!) }
    }
}
