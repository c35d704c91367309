import Foundation
import LantuModel

extension SiteContext {
    /// Overdue tasks and milestones a brief lists; the rest are counted and left to the ledger,
    /// so the brief stays on one printed page.
    static let overdueInBrief = 8
    /// Non-binding indicators a brief lists as the furthest behind.
    static let laggingInBrief = 5

    /// The plan's brief: sentences generated from its statuses against the time elapsed, the
    /// binding indicators that need attention, the others furthest behind, what is overdue and
    /// who leads it, and what changed since the previous report.
    func briefView(_ plan: Plan) -> BriefView {
        let route = Route.brief(plan.id)
        let flagged = flaggedIndicators(plan)
        let lagging = plan.indicators.filter { $0.status?.needsAttention == true && $0.attribute != .binding }
            .sorted { lag($0) < lag($1) }.prefix(Self.laggingInBrief)
        let overdue = overdueItems(plan, from: route)
        let shown = overdue.prefix(Self.overdueInBrief)
        let reports = reportsByPlan[plan.id] ?? []
        let changes = reports.count > 1 ? statusChanges(plan, from: reports[reports.count - 2], to: reports[reports.count - 1], route: route) : []
        return BriefView(
            chrome: chrome(route, title: fill("brief_title", ["plan": plan.title]), crumbs: [(plan.title, .plan(plan.id))]),
            title: fill("brief_title", ["plan": plan.title]), planHref: route.href(to: .plan(plan.id)),
            tasksHref: route.href(to: .tasks(plan.id)),
            sentences: briefSentences(plan),
            bindingFlagged: flagged.map { briefItem($0, plan: plan, from: route) },
            lagging: lagging.map { briefItem($0, plan: plan, from: route) },
            overdue: Array(shown),
            overdueMore: overdue.count > shown.count ? fill("brief_overdue_more", ["n": String(overdue.count - shown.count)], count: overdue.count - shown.count) : nil,
            changesSentence: changesSentence(reports, changes: changes.count),
            statusChanges: changes,
            latestReport: reports.last.map { reportLink($0, from: route) },
            download: downloadLink(plan.id, title: plan.title, from: route))
    }

    /// The brief's sentences, each from a template of the site's strings with its numbers.
    func briefSentences(_ plan: Plan) -> [String] {
        var sentences: [String] = []
        if let asOf = content.asOf {
            let end = asOf.lastDay
            let months = (end.year - plan.firstYear) * 12 + end.month
            let whole = (plan.lastYear - plan.firstYear + 1) * 12
            let percent = whole > 0 ? min(100, max(0, (months * 100 + whole / 2) / whole)) : 0
            sentences.append(fill("brief_elapsed", ["first": String(plan.firstYear), "last": String(plan.lastYear),
                                                    "date": date(asOf) ?? "", "percent": String(percent)]))
        }
        if !plan.indicators.isEmpty {
            let counts = tally(plan.indicators)
            var parts = IndicatorStatus.allCases.compactMap { status in
                counts[status].map { fill("brief_count_" + status.code.replacingOccurrences(of: "-", with: "_"), ["n": String($0)], count: $0) }
            }
            let qualitative = plan.indicators.filter { $0.status == nil }.count
            if qualitative > 0 { parts.append(fill("brief_count_qualitative", ["n": String(qualitative)], count: qualitative)) }
            sentences.append(fill("brief_indicators", ["n": String(plan.indicators.count), "counts": list(parts)], count: plan.indicators.count))
        }
        let binding = plan.indicators.filter { $0.attribute == .binding }.count
        if binding > 0 {
            let flagged = flaggedIndicators(plan).count
            sentences.append(flagged == 0 ? fill("brief_binding_clear", ["n": String(binding)], count: binding)
                                          : fill("brief_binding", ["n": String(binding), "k": String(flagged)], count: flagged))
            let unmeasured = plan.indicators.filter { $0.attribute == .binding && $0.status == .noData }.count
            if unmeasured > 0 { sentences.append(fill("brief_binding_no_data", ["n": String(unmeasured)], count: unmeasured)) }
        }
        if !plan.tasks.isEmpty {
            let parts = TaskState.allCases.compactMap { state -> String? in
                let n = plan.tasks.filter { taskState($0) == state }.count
                return n == 0 ? nil : fill("brief_task_" + state.rawValue.replacingOccurrences(of: "-", with: "_"), ["n": String(n)], count: n)
            }
            sentences.append(fill("brief_tasks", ["n": String(plan.tasks.count), "counts": list(parts)], count: plan.tasks.count))
        }
        let milestones = plan.tasks.flatMap(\.milestones)
        if !milestones.isEmpty {
            let done = milestones.filter(\.done).count
            let overdue = milestones.filter { $0.isOverdue(asOf: content.asOf) }.count
            let parts = [("done", done), ("overdue", overdue), ("pending", milestones.count - done - overdue)]
                .filter { $0.1 > 0 }.map { fill("brief_milestone_" + $0.0, ["n": String($0.1)], count: $0.1) }
            sentences.append(fill("brief_milestones", ["n": String(milestones.count), "counts": list(parts)], count: milestones.count))
        }
        return sentences
    }

    /// How the latest report compares with the one before it.
    func changesSentence(_ reports: [Report], changes: Int) -> String {
        guard let latest = reports.last else { return t("brief_changes_no_reports") }
        guard reports.count > 1 else { return fill("brief_changes_single", ["report": latest.title]) }
        let previous = reports[reports.count - 2]
        let values = ["report": latest.title, "previous": previous.title, "date": date(previous.date) ?? "", "n": String(changes)]
        return changes == 0 ? fill("brief_changes_none", values) : fill("brief_changes", values, count: changes)
    }

    /// Overdue tasks and overdue milestones (also of an overdue task: each is a promise missed), most overdue first.
    func overdueItems(_ plan: Plan, from route: Route) -> [BriefView.OverdueItem] {
        var items: [(due: PlanDate, item: BriefView.OverdueItem)] = []
        for task in plan.tasks {
            let href = route.href(to: .plan(plan.id), anchor: task.anchor)
            let lead = task.lead.map { unitLink($0, from: route) }
            if let due = task.due, task.isOverdue(asOf: content.asOf) {
                items.append((due, .init(title: task.title, href: href, taskTitle: nil, kindLabel: t("brief_kind_task"), due: date(due) ?? "", lead: lead)))
            }
            for milestone in task.milestones where milestone.isOverdue(asOf: content.asOf) {
                guard let due = milestone.date else { continue }
                items.append((due, .init(title: milestone.text, href: href, taskTitle: task.title, kindLabel: t("brief_kind_milestone"),
                                         due: date(due) ?? "", lead: lead)))
            }
        }
        // A stable sort: equal dates keep the plan's order.
        return items.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element.item)
    }

    func briefItem(_ indicator: Indicator, plan: Plan, from route: Route) -> BriefView.IndicatorItem {
        let row = indicatorRow(indicator, plan: plan, from: route)
        return .init(name: indicator.name, href: row.href, attributeLabel: row.attributeLabel, statusCode: row.statusCode,
                     statusLabel: row.statusLabel, latest: row.latest, latestYear: row.latestYear, target: row.target,
                     progressText: row.progressText, owners: answerable(indicator, plan: plan).map { unitLink($0, from: route) })
    }

    /// The indicator's responsible units; without any, the lead units of the tasks that name it.
    func answerable(_ indicator: Indicator, plan: Plan) -> [String] {
        guard indicator.owners.isEmpty else { return indicator.owners }
        var seen: Set<String> = []
        return (tasksByIndicator[plan.id]?[indicator.id] ?? []).flatMap(\.lead).filter { seen.insert($0).inserted }
    }

    /// How far behind an indicator is, for sorting: the worst statuses first, then the smallest
    /// share of the expected progress.
    func lag(_ indicator: Indicator) -> (Int, Double) {
        let rank = [IndicatorStatus.notMet, .regressing, .offTrack, .behind].firstIndex(of: indicator.status ?? .noData) ?? 4
        guard let p = indicator.progress?.progress, let e = indicator.progress?.expected, e > 0 else { return (rank, 0) }
        return (rank, (p / e).doubleValue)
    }

    /// A string of the theme with `{name}` placeholders filled; a count of one takes the
    /// `_one` form where the language has one (English).
    func fill(_ key: String, _ values: [String: String], count: Int? = nil) -> String {
        let template = count == 1 ? strings[key + "_one"] ?? t(key) : t(key)
        return values.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// Parts of a sentence joined as the language joins a list: `A，B，C` or `A, B and C`.
    func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: t("brief_list_separator")) + t("brief_list_last") + parts.last!
    }
}
