import Foundation
import LantuModel

/// `data/indicators.csv` exactly as SPEC §4 defines it.
enum IndicatorsCSV {
    static let header = "plan,id,name,category,unit,attribute,baseline_year,baseline,target_year,target,comparator,latest_year,latest,progress,expected,status"

    /// UTF-8 with a BOM so spreadsheet programs read Chinese correctly; CRLF as RFC 4180 asks.
    /// `plans` are each plan's `rows(_:)`.
    static func data(plans: [Data]) -> Data {
        var data = Data([0xEF, 0xBB, 0xBF] + Array((header + "\r\n").utf8))
        plans.forEach { data.append($0) }
        return data
    }

    /// One line per indicator of `plan`, each ending in CRLF.
    static func rows(_ plan: Plan) -> Data {
        Data(plan.indicators.map { row($0).map(cell).joined(separator: ",") + "\r\n" }.joined().utf8)
    }

    static func row(_ indicator: Indicator) -> [String] {
        let progress = indicator.progress
        let latest = indicator.measurements.last { $0.year > indicator.baselineYear }
        return [
            indicator.planID, indicator.id, indicator.name, indicator.category ?? "", indicator.unit ?? "",
            indicator.attribute?.rawValue ?? "", String(indicator.baselineYear), value(indicator.baseline),
            String(indicator.targetYear), value(indicator.target), indicator.target?.comparator?.rawValue ?? "",
            latest.map { String($0.year) } ?? "", value(latest?.value),
            progress?.progress.map { Formatting.decimal($0, places: 4) } ?? "",
            progress?.expected.map { Formatting.decimal($0, places: 4) } ?? "",
            indicator.status?.code ?? "",
        ]
    }

    /// Numbers as plain decimals (万 and 亿 multiplied out); text values as written.
    static func value(_ value: IndicatorValue?) -> String {
        guard let value else { return "" }
        if let number = value.number { return number.description }
        return value.raw
    }

    /// Quotes where needed, and defuses cells a spreadsheet would run as a formula.
    static func cell(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first), !isPlainNumber(text) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func isPlainNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return !body.isEmpty && body.allSatisfy { $0.isNumber && $0.isASCII || $0 == "." } && body.filter { $0 == "." }.count <= 1
    }
}
