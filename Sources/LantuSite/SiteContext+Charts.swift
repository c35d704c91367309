import LantuCharts
import LantuModel

extension SiteContext {
    /// The indicator page's chart with its words in the site's language; nil for text values.
    func indicatorChart(_ indicator: Indicator, statusLabel: String?) -> String? {
        guard let series = ChartSeries(indicator) else { return nil }
        let title = [indicator.name, statusLabel].compactMap { $0 }.joined(separator: " · ")
        let labels = IndicatorChart.Labels(
            title: title, description: seriesDescription(indicator),
            baseline: t("baseline"), target: t("target"), expected: t("expected_path")
        )
        return IndicatorChart.svg(series, labels: labels)
    }
}
