import Foundation
import LantuCharts
import LantuModel

extension SiteContext {
    /// The indicator as the given report left it.
    func indicator(_ id: String, plan: Plan, on date: PlanDate) -> Indicator? {
        indicator(id, of: plan.id)?.asOf(date, reports: reportsByPlan[plan.id] ?? [], method: content.site.progressMethod)
    }

    /// A report's value with the indicator's previous value (the baseline for the first), the
    /// change since and whether it moves toward the target, and the target and status beside it.
    func measurementRow(_ m: ReportMeasurement, report: Report, plan: Plan, route: Route) -> ReportPageView.MeasurementRow {
        let then = indicator(m.indicatorID, plan: plan, on: report.date)
        let entry = then?.change(in: m.year)
        let before = then?.series.last { $0.year == entry?.previousYear }
        let words = entry.flatMap { changeWords($0, unit: then?.unit) }
        return ReportPageView.MeasurementRow(
            name: then?.name ?? m.indicatorID,
            href: route.href(to: .indicator(plan: plan.id, id: m.indicatorID)), year: m.year, value: m.value.raw, note: m.note,
            previousValue: before.map { "\($0.value.raw) (\($0.year)\($0.year == then?.baselineYear ? " " + t("baseline") : ""))" },
            change: words?.text, direction: words?.code,
            target: then?.target?.raw, statusCode: then?.status?.code ?? "", statusLabel: then?.status.map(label)
        )
    }

    /// A change in an arrow and words as well as a colour class: `↑ +0.4个百分点（背离目标）`.
    /// A change of a percentage is in percentage points.
    func changeWords(_ entry: IndicatorChange, unit: String?) -> (text: String, code: String)? {
        guard let delta = entry.change else { return nil }
        let percent = unit == "%" || unit == "％"
        let amount = ValueFormat.compact(delta.doubleValue, style: numberStyle, unit: percent ? nil : unit)
        let arrow = delta > 0 ? "↑" : delta < 0 ? "↓" : "→"
        let signed = (delta > 0 ? "+" : "") + amount + (percent ? t("percentage_points") : "")
        let (code, verdict): (String, String?)
        switch entry.better {
        case true?: (code, verdict) = ("better", t("change_better"))
        case false?: (code, verdict) = ("worse", t("change_worse"))
        case nil: (code, verdict) = delta == 0 ? ("same", t("change_same")) : ("neutral", nil)
        }
        return ("\(arrow) \(signed)" + (verdict ?? ""), code)
    }

    /// Indicators whose status differs between the previous report's date and this one's.
    func statusChanges(_ plan: Plan, from previous: Report, to report: Report, route: Route) -> [ReportPageView.StatusChange] {
        plan.indicators.compactMap { current in
            let before = indicator(current.id, plan: plan, on: previous.date)?.status
            let after = indicator(current.id, plan: plan, on: report.date)?.status
            guard before != after else { return nil }
            return .init(name: current.name, href: route.href(to: .indicator(plan: plan.id, id: current.id)),
                         fromCode: before?.code ?? "", fromLabel: before.map(label), toCode: after?.code ?? "",
                         toLabel: after.map(label), becameAchieved: after == .achieved)
        }
    }

    /// Every indicator and task as of `date`, with task counts per chapter and per unit.
    func evaluation(_ plan: Plan, on date: PlanDate, route: Route) -> ReportPageView.Evaluation {
        let tasks = tasksWithChapters(plan).map { ($0.chapter, $0.task.asOf(date)) }
        var chapters: [TaskSummaryRow] = []
        var seen: [String] = []
        for (chapter, _) in tasks where !seen.contains(chapter?.anchor ?? "") {
            seen.append(chapter?.anchor ?? "")
            let members = tasks.filter { $0.0?.anchor == chapter?.anchor }.map(\.1)
            chapters.append(taskSummary(members, label: chapter?.title ?? plan.title,
                                        href: route.href(to: .plan(plan.id), anchor: chapter?.anchor), on: date))
        }
        let units = content.units.compactMap { unit -> TaskSummaryRow? in
            let members = tasks.map(\.1).filter { $0.lead.contains(unit.id) || $0.partners.contains(unit.id) }
            return members.isEmpty ? nil : taskSummary(members, label: unit.name, href: route.href(to: .unit(unit.id)), on: date)
        }
        return .init(
            indicators: plan.indicators.compactMap { indicator($0.id, plan: plan, on: date) }.map { indicatorRow($0, plan: plan, from: route) },
            tasks: tasks.map { taskRow($0.1, plan: plan, from: route, on: date) },
            chapters: chapters, units: units
        )
    }
}
