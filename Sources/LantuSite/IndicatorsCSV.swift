import Foundation
import LantuModel

/// `data/indicators.csv` as SPEC §4 defines it, with the status and attribute also in the
/// site's language next to their codes, for people reading it in a spreadsheet.
enum IndicatorsCSV {
    static let header = "plan,id,name,category,unit,attribute,attribute_label,baseline_year,baseline,target_year,target,comparator,latest_year,latest,progress,expected,status,status_label"

    /// `plans` are each plan's `rows(_:labels:)`.
    static func data(plans: [Data]) -> Data {
        CSVFormat.file(header: header, rows: plans)
    }

    /// One line per indicator of `plan`, each ending in CRLF.
    static func rows(_ plan: Plan, labels: SiteContext) -> Data {
        Data(plan.indicators.map { CSVFormat.line(row($0, labels: labels)) }.joined().utf8)
    }

    static func row(_ indicator: Indicator, labels: SiteContext) -> [String] {
        let progress = indicator.progress
        let latest = indicator.latest
        return [
            indicator.planID, indicator.id, indicator.name, indicator.category ?? "", indicator.unit ?? "",
            indicator.attribute?.rawValue ?? "", indicator.attribute.map(labels.label) ?? "",
            String(indicator.baselineYear), value(indicator.baseline),
            String(indicator.targetYear), value(indicator.target), indicator.target?.comparator?.rawValue ?? "",
            latest.map { String($0.year) } ?? "", value(latest?.value),
            progress?.progress.map { Formatting.decimal($0, places: 4) } ?? "",
            progress?.expected.map { Formatting.decimal($0, places: 4) } ?? "",
            indicator.status?.code ?? "", indicator.status.map(labels.label) ?? "",
        ]
    }

    /// Numbers as plain decimals (万 and 亿 multiplied out); text values as written.
    static func value(_ value: IndicatorValue?) -> String {
        guard let value else { return "" }
        if let number = value.number { return number.description }
        return value.raw
    }
}
