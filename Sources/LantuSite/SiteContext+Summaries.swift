import LantuCharts
import LantuModel

/// Where a task stands for the progress bars: its status, with overdue taking precedence.
enum TaskState: String, CaseIterable {
    case done, inProgress = "in-progress", delayed, paused, overdue, notReported = "not-reported", notStarted = "not-started"
}

extension SiteContext {
    /// The legend of a status bar: each status's count, then the qualitative indicators, which
    /// have no status, so that the counts add up to the indicators counted beside them.
    func statusCounts(_ indicators: [Indicator]) -> [StatusCountView] {
        var qualitative = 0
        for index in indicators.indices where indicators[index].status == nil { qualitative += 1 }
        return statusCounts(tally: tally(indicators), qualitative: qualitative)
    }

    /// How many indicators have each status, read in place: filtering copied every indicator,
    /// which was most of the home page of a thousand plans.
    func tally(_ indicators: [Indicator], into counts: inout [IndicatorStatus: Int]) {
        for index in indicators.indices {
            if let status = indicators[index].status { counts[status, default: 0] += 1 }
        }
    }

    func tally(_ indicators: [Indicator]) -> [IndicatorStatus: Int] {
        var counts: [IndicatorStatus: Int] = [:]
        tally(indicators, into: &counts)
        return counts
    }

    func statusCounts(tally: [IndicatorStatus: Int], qualitative: Int = 0) -> [StatusCountView] {
        IndicatorStatus.allCases.compactMap { status in
            let count = tally[status] ?? 0
            return count == 0 ? nil : StatusCountView(code: status.code, label: label(status), count: count)
        } + (qualitative == 0 ? [] : [StatusCountView(code: "qualitative", label: t("status_qualitative"), count: qualitative)])
    }

    /// A stacked bar of statuses; `link` gives each segment the list it counts.
    func statusBar(_ indicators: [Indicator], link: ((String) -> String)? = nil) -> String {
        statusBar(tally: tally(indicators), link: link)
    }

    func statusBar(tally: [IndicatorStatus: Int], link: ((String) -> String)? = nil) -> String {
        let counts = statusCounts(tally: tally)
        let description = counts.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
        return StackedBar.svg(counts.map { .init(code: $0.code, count: $0.count, label: $0.label, href: link?($0.code)) },
                              description: description)
    }

    /// Statuses of a plan's indicators, overall and per category, linking to the plan page's lists.
    /// Indicators without a category get a row of their own, so that the rows add up to the plan.
    func statusSummary(_ plan: Plan, from route: Route) -> StatusSummaryView {
        let link = { (code: String) in route.href(to: .plan(plan.id), anchor: "status-" + code) }
        var categories: [String?] = []
        for indicator in plan.indicators where !categories.contains(indicator.category) {
            categories.append(indicator.category)
        }
        if let none = categories.firstIndex(of: nil) { categories.append(categories.remove(at: none)) }
        return StatusSummaryView(
            statusBar: statusBar(plan.indicators, link: link), statusCounts: statusCounts(plan.indicators),
            categories: categories.count < 2 ? [] : categories.map { category in
                let members = plan.indicators.filter { $0.category == category }
                return .init(category: category ?? uncategorized(members), statusBar: statusBar(members, link: link), statusCounts: statusCounts(members))
            }
        )
    }

    /// `专栏指标` when the indicators without a category all stand in feature boxes, else `其他指标`.
    func uncategorized(_ indicators: [Indicator]) -> String {
        t(indicators.allSatisfy { $0.boxAnchor != nil } ? "category_boxes" : "category_other")
    }

    /// The plan's indicators grouped by status, in the order of the status bars.
    func statusGroups(_ plan: Plan, from route: Route) -> [StatusGroupView] {
        IndicatorStatus.allCases.compactMap { status in
            let members = plan.indicators.filter { $0.status == status }
            guard !members.isEmpty else { return nil }
            return StatusGroupView(anchor: "status-" + status.code, code: status.code, label: label(status),
                                   rows: members.map { indicatorRow($0, plan: plan, from: route) })
        }
    }

    /// Binding indicators that leaders must see: behind, off track, regressing or not met.
    func flaggedIndicators(_ plan: Plan) -> [Indicator] {
        plan.indicators.filter { $0.attribute == .binding && $0.status?.needsAttention == true }
    }

    /// The task's state on `date` (the site's "as of" date unless a report asks for its own).
    func taskState(_ task: PlanTask, on date: PlanDate? = nil) -> TaskState {
        if task.isOverdue(asOf: date ?? content.asOf) { return .overdue }
        switch task.status(asOf: date ?? content.asOf) {
        case .done: return .done
        case .inProgress: return .inProgress
        case .delayed: return .delayed
        case .paused: return .paused
        case .notReported: return .notReported
        case .notStarted: return .notStarted
        }
    }

    func label(_ state: TaskState) -> String {
        switch state {
        case .overdue: return t("overdue")
        case .done: return label(TaskStatus.done)
        case .inProgress: return label(TaskStatus.inProgress)
        case .delayed: return label(TaskStatus.delayed)
        case .paused: return label(TaskStatus.paused)
        case .notReported: return label(TaskStatus.notReported)
        case .notStarted: return label(TaskStatus.notStarted)
        }
    }

    /// Tasks by state as a bar with counts, and milestones done of all.
    func taskSummary(_ tasks: [PlanTask], label title: String, href: String?, on date: PlanDate? = nil) -> TaskSummaryRow {
        let counts: [StatusCountView] = TaskState.allCases.compactMap { state in
            let count = tasks.filter { taskState($0, on: date) == state }.count
            return count == 0 ? nil : StatusCountView(code: state.rawValue, label: label(state), count: count)
        }
        let description = title + ": " + counts.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
        let milestones = tasks.flatMap(\.milestones)
        return TaskSummaryRow(
            label: title, href: href,
            taskBar: StackedBar.svg(counts.map { .init(code: $0.code, count: $0.count, label: $0.label) }, description: description, kind: "task"),
            taskCounts: counts, milestonesDone: milestones.filter(\.done).count, milestonesTotal: milestones.count
        )
    }

    /// The tasks a unit leads or supports, each once.
    func unitTasks(_ unit: String) -> [PlanTask] {
        var seen: Set<String> = []
        let ledger = ledgers[unit] ?? UnitLedger()
        return (ledger.lead + ledger.partner).filter { seen.insert("\($0.0.id)#\($0.1.anchor)").inserted }.map(\.1)
    }

    /// Task progress per group of tasks: each section whose sub-sections are tasks.
    func chapterSummaries(_ plan: Plan, from route: Route) -> [TaskSummaryRow] {
        plan.allSections.compactMap { section in
            let tasks = section.children.compactMap(\.task)
            guard !tasks.isEmpty else { return nil }
            return taskSummary(tasks, label: section.title, href: route.href(to: .plan(plan.id), anchor: section.anchor))
        }
    }
}
