import LantuDiagnostics
import LantuCharts
import LantuModel

extension SiteContext {
    /// 万 and 亿 on Chinese sites, thousands separators on English ones.
    var numberStyle: NumberStyle {
        content.site.language == .english ? .western : .chinese
    }

    /// The indicator page's chart with its words in the site's language; nil for text values.
    func indicatorChart(_ indicator: Indicator, statusLabel: String?, width: Double = IndicatorChart.width) -> String? {
        guard let series = ChartSeries(indicator) else { return nil }
        let status = statusLabel.map {
            Formatting.fill(t("status_line"), ["status": $0 + (indicator.override != nil ? " · " + t("overridden") : "")])
        }
        let labels = IndicatorChart.Labels(
            title: [indicator.name, statusLabel].compactMap { $0 }.joined(separator: " · "),
            description: seriesDescription(indicator), baseline: t("baseline"), target: t("target"),
            expected: t("expected_path"), measured: t("measured"), status: status
        )
        return IndicatorChart.svg(series, labels: labels, style: numberStyle, unit: indicator.unit, width: width)
    }
}
