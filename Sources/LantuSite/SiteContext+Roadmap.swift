import LantuCharts
import LantuModel

extension SiteContext {
    func roadmapView() -> RoadmapView {
        let route = Route.roadmap
        let plans = content.plans.compactMap { plan -> RoadmapView.PlanRoadmap? in
            let entries = tasksWithChapters(plan).filter { $0.task.start != nil || $0.task.due != nil || $0.task.milestones.contains { $0.date != nil } }
            guard !entries.isEmpty else { return nil }
            var rows: [Gantt.Row] = []
            var chapter: String?
            for (section, task) in entries {
                if section?.anchor != chapter {
                    chapter = section?.anchor
                    rows.append(.init(label: section?.title ?? plan.title, href: route.href(to: .plan(plan.id), anchor: section?.anchor),
                                      kind: .group, summary: section?.title ?? plan.title))
                }
                rows.append(ganttRow(task, plan: plan, route: route))
            }
            let years = min(plan.firstYear, entries.compactMap { $0.task.start?.year }.min() ?? plan.firstYear)
                ... max(plan.lastYear, entries.compactMap { $0.task.due?.year }.max() ?? plan.lastYear)
            let gantt = Gantt.svg(rows, years: years, asOf: content.asOf.map { ($0, t("data_as_of") + " " + date($0)!) },
                                  title: plan.title + " · " + t("nav_roadmap"),
                                  description: Formatting.fill(t("roadmap_desc"), ["tasks": String(entries.count), "period": "\(years.lowerBound)–\(years.upperBound)"]))
            return .init(title: plan.title, href: route.href(to: .plan(plan.id)), gantt: gantt,
                         tasks: entries.map { taskRow($0.task, plan: plan, from: route) })
        }
        return RoadmapView(chrome: chrome(route, title: t("nav_roadmap"), crumbs: []), plans: plans)
    }

    private func ganttRow(_ task: PlanTask, plan: Plan, route: Route) -> Gantt.Row {
        let state = taskState(task)
        let dates = [task.start.flatMap(date), task.due.flatMap(date)].compactMap { $0 }.joined(separator: " – ")
        return Gantt.Row(
            label: task.title, href: route.href(to: .plan(plan.id), anchor: task.anchor),
            kind: task.start == nil && task.due == nil ? .group : .task(start: task.start, end: task.due, state: state.rawValue, overdue: state == .overdue),
            milestones: task.milestones.compactMap { m in
                m.date.map { day in
                    let overdue = m.isOverdue(asOf: content.asOf)
                    let state = m.done ? t("task_done") : overdue ? t("overdue") : t("milestone_open")
                    return .init(date: day, done: m.done, overdue: overdue, label: "\(date(day) ?? "") \(m.text) (\(state))")
                }
            },
            summary: "\(task.title): \(dates) · \(label(state))"
        )
    }
}
