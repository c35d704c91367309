import LantuModel

extension SiteContext {
    /// Tasks with the section that holds them, in plan order.
    func tasksWithChapters(_ plan: Plan) -> [(chapter: Section?, task: PlanTask)] {
        var result: [(Section?, PlanTask)] = []
        func visit(_ section: Section, parent: Section?) {
            if let task = section.task { result.append((parent, task)) }
            for child in section.children { visit(child, parent: section) }
        }
        for section in plan.sections { visit(section, parent: nil) }
        return result
    }

    func taskLedgerView(_ plan: Plan) -> TaskLedgerView {
        let route = Route.tasks(plan.id)
        let entries = tasksWithChapters(plan)
        var byChapter: [TaskGroupView] = []
        for (chapter, task) in entries {
            let row = taskRow(task, plan: plan, from: route)
            let anchor = "chapter-" + (chapter?.anchor ?? "top")
            if let last = byChapter.last, last.anchor == anchor {
                byChapter[byChapter.count - 1] = TaskGroupView(anchor: anchor, title: last.title, href: last.href, tasks: last.tasks + [row])
            } else {
                byChapter.append(TaskGroupView(anchor: anchor, title: chapter?.title ?? plan.title,
                                               href: chapter.map { route.href(to: .plan(plan.id), anchor: $0.anchor) }, tasks: [row]))
            }
        }
        let leads = content.units.filter { unit in plan.tasks.contains { $0.lead.contains(unit.id) } }
        let byUnit = leads.map { unit in
            TaskGroupView(anchor: "unit-" + unit.id, title: unit.name, href: route.href(to: .unit(unit.id)),
                          tasks: plan.tasks.filter { $0.lead.contains(unit.id) }.map { taskRow($0, plan: plan, from: route) })
        }
        let byStatus: [TaskGroupView] = TaskState.allCases.compactMap { state in
            let members = plan.tasks.filter { taskState($0) == state }
            guard !members.isEmpty else { return nil }
            return TaskGroupView(anchor: "state-" + state.rawValue, title: label(state), href: nil,
                                 tasks: members.map { taskRow($0, plan: plan, from: route) })
        }
        return TaskLedgerView(
            chrome: chrome(route, title: plan.title + " · " + t("task_ledger"), crumbs: [(plan.title, .plan(plan.id))]),
            title: plan.title, planHref: route.href(to: .plan(plan.id)),
            summary: taskSummary(plan.tasks, label: t("task_progress"), href: nil),
            byChapter: byChapter, byUnit: byUnit, byStatus: byStatus
        )
    }

    /// A unit's tasks grouped by plan and chapter; `role` keeps the lead and partner lists' anchors apart.
    func unitTaskGroups(_ entries: [(Plan, PlanTask)], role: String, from route: Route) -> [TaskGroupView] {
        var groups: [TaskGroupView] = []
        var chapters: [String: [String: Section?]] = [:]
        for (plan, task) in entries {
            if chapters[plan.id] == nil {
                chapters[plan.id] = Dictionary(tasksWithChapters(plan).map { ($0.task.anchor, $0.chapter) }, uniquingKeysWith: { a, _ in a })
            }
            let chapter = chapters[plan.id]?[task.anchor] ?? nil
            let anchor = "\(role)-\(plan.id)-\(chapter?.anchor ?? "top")"
            let row = taskRow(task, plan: plan, from: route)
            if let last = groups.last, last.anchor == anchor {
                groups[groups.count - 1] = TaskGroupView(anchor: anchor, title: last.title, href: last.href, tasks: last.tasks + [row])
            } else {
                groups.append(TaskGroupView(anchor: anchor, title: plan.title + (chapter.map { " · " + $0.title } ?? ""),
                                            href: route.href(to: .plan(plan.id), anchor: chapter?.anchor), tasks: [row]))
            }
        }
        return groups
    }
}
