import Foundation
import LantuCharts
import LantuModel

extension SiteContext {
    func indicatorRow(_ indicator: Indicator, plan: Plan, from route: Route) -> IndicatorRowView {
        let progress = indicator.progress
        let latest = indicator.measurements.last { $0.year > indicator.baselineYear }
        let series = ChartSeries(indicator)
        let description = seriesDescription(indicator)
        var bar: String?
        var progressText: String?
        if let p = progress?.progress, let e = progress?.expected, indicator.override == nil {
            progressText = "\(Formatting.percent(p)!) / \(Formatting.percent(e)!)"
            bar = ProgressBar.svg(progress: p.doubleValue, expected: e.doubleValue,
                                  description: Formatting.fill(t("progress_desc"), ["p": Formatting.percent(p)!, "e": Formatting.percent(e)!]))
        }
        return IndicatorRowView(
            id: indicator.id, number: indicator.number, name: indicator.name, unit: indicator.unit,
            href: route.href(to: .indicator(plan: plan.id, id: indicator.id)), planTitle: plan.title,
            baseline: indicator.baseline?.raw, target: indicator.target?.raw, latest: latest?.value.raw,
            latestYear: latest?.year, attributeLabel: indicator.attribute.map(label),
            isBinding: indicator.attribute == .binding, statusCode: indicator.status?.code ?? "",
            statusLabel: indicator.status.map(label), sparkline: series.map { Sparkline.svg($0, label: indicator.name, description: description) },
            progressBar: bar, progressText: progressText, isStale: indicator.isStale, isOverridden: indicator.override != nil
        )
    }

    /// The series in words, for the charts' `<desc>`.
    func seriesDescription(_ indicator: Indicator) -> String {
        var parts: [String] = []
        if let baseline = indicator.baseline { parts.append("\(t("baseline")) \(indicator.baselineYear): \(baseline.raw)") }
        for m in indicator.measurements where m.year > indicator.baselineYear { parts.append("\(m.year): \(m.value.raw)") }
        for interim in indicator.interimTargets { parts.append("\(t("target")) \(interim.year): \(interim.value.raw)") }
        if let target = indicator.target { parts.append("\(t("target")) \(indicator.targetYear): \(target.raw)") }
        return Formatting.fill(t("chart_desc"), ["name": indicator.name, "series": parts.joined(separator: "; ")])
    }

    func indicatorTable(_ ids: [String], plan: Plan, from route: Route) -> IndicatorTableView {
        let rows = ids.compactMap { indicator($0, of: plan.id) }
        // Rows are gathered per run of one category and each group made once: rebuilding the
        // last group for every row copied it each time, minutes for a 30,000-row table.
        var groups: [IndicatorGroupView] = []
        var run: [IndicatorRowView] = []
        for (index, indicator) in rows.enumerated() {
            run.append(indicatorRow(indicator, plan: plan, from: route))
            if index + 1 == rows.count || rows[index + 1].category != indicator.category {
                groups.append(IndicatorGroupView(category: indicator.category, rows: run))
                run = []
            }
        }
        return IndicatorTableView(groups: groups)
    }

    /// "b = 12.03 (2020), v = 12.12 (2023), t = 12.3 (2025); p = 33.3%, e = 60%: off-track (p < 0.6·e)".
    func workings(_ indicator: Indicator) -> String? {
        guard let progress = indicator.progress, let b = indicator.baseline, let t = indicator.target else { return nil }
        var text = "b = \(b.raw) (\(indicator.baselineYear))"
        if let latest = indicator.latest, progress.latestYear != nil {
            text += ", v = \(latest.value.raw) (\(latest.year))"
        }
        text += ", t = \(t.raw) (\(indicator.targetYear))"
        if let rates = progress.growthRates, let ratio = progress.progress {
            text += "; CAGR \(Formatting.percent(Decimal(rates.observed))!) / \(Formatting.percent(Decimal(rates.required))!) = \(Formatting.decimal(ratio, places: 2))"
        } else {
            if let p = progress.progress { text += "; p = \(Formatting.percent(p)!)" }
            if let e = progress.expected {
                let basis = progress.interimYear.map { Formatting.fill(self.t("expected_interim"), ["year": String($0)]) } ?? self.t("expected_linear")
                text += ", e = \(Formatting.percent(e)!) (\(basis))"
            }
        }
        let rule = (progress.method == .cagr ? "rule_cagr_" : "rule_") + ruleKey(progress)
        return text + " → " + label(progress.status) + " (" + self.t(rule) + ")"
    }

    private func ruleKey(_ progress: IndicatorProgress) -> String {
        switch progress.status {
        case .achieved: return "met"
        case .notMet: return "maintain"
        case .onTrack: return "on_track"
        case .behind: return "behind"
        case .offTrack: return "off_track"
        case .regressing: return "regressing"
        case .noData: return "no_data"
        }
    }
}
