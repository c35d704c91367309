import Foundation
import LantuCharts
import LantuModel

extension Report {
    /// `type: 中期评估` or `midterm`: the page adds evaluation tables as of its date.
    var isMidtermReview: Bool {
        guard let type else { return false }
        return ["中期评估", "中期評估", "midterm", "mid-term"].contains(type.lowercased())
    }
}

extension SiteContext {
    /// The indicator as the given report left it.
    func indicator(_ id: String, plan: Plan, on date: PlanDate) -> Indicator? {
        indicator(id, of: plan.id)?.asOf(date, reports: reportsByPlan[plan.id] ?? [], method: content.site.progressMethod)
    }

    /// A report's value with the indicator's previous value and the change since.
    func measurementRow(_ m: ReportMeasurement, report: Report, plan: Plan, route: Route) -> ReportPageView.MeasurementRow {
        let before = indicator(m.indicatorID, plan: plan, on: report.date)?.measurements.last { $0.year < m.year }
        var change: String?
        var direction: String?
        if let old = before?.value.number, let new = m.value.number {
            let delta = new - old
            let unit = indicator(m.indicatorID, of: plan.id)?.unit
            change = (delta > 0 ? "+" : "") + ValueFormat.compact(delta.doubleValue, style: numberStyle, unit: unit)
            direction = delta > 0 ? "up" : delta < 0 ? "down" : "same"
        }
        return ReportPageView.MeasurementRow(
            name: indicator(m.indicatorID, of: plan.id)?.name ?? m.indicatorID,
            href: route.href(to: .indicator(plan: plan.id, id: m.indicatorID)), year: m.year, value: m.value.raw, note: m.note,
            previousValue: before.map { "\($0.value.raw) (\($0.year))" }, change: change, direction: direction
        )
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
