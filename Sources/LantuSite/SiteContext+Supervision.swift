import Foundation
import LantuModel

/// The kinds of item a supervision list holds, in the order the lists show them.
enum SupervisionKind: String, CaseIterable {
    case overdueTask = "overdue-task"
    case overdueMilestone = "overdue-milestone"
    case unreportedTask = "unreported-task"
    case laggingIndicator = "lagging-indicator"
    case missingData = "missing-data"

    /// The stem of the kind's UI strings (`supervision_kind_overdue_task` …).
    var key: String { rawValue.replacingOccurrences(of: "-", with: "_") }

    /// The UI string heading the date column: a due date for tasks and milestones, a year for indicators.
    var dateHeadingKey: String {
        switch self {
        case .overdueTask, .overdueMilestone, .unreportedTask: return "due"
        case .laggingIndicator: return "supervision_col_year"
        case .missingData: return "supervision_col_missing_year"
        }
    }
}

extension SiteContext {
    /// A unit's supervision items by kind, and the longest any of them is overdue.
    struct SupervisionItems {
        var rows: [SupervisionKind: [SupervisionListsView.Row]] = [:]
        var mostOverdue: Overdue?
        var total: Int { rows.values.reduce(0) { $0 + $1.count } }
    }

    /// Everything the supervision office follows up with `unit`, as of the site's date: tasks
    /// it leads or supports, and indicators it answers for (its own, or through the tasks it
    /// leads that name an indicator without responsible units).
    func supervisionItems(_ unit: String, from route: Route) -> SupervisionItems {
        let ledger = ledgers[unit] ?? UnitLedger()
        var items = SupervisionItems()
        var overdueTasks: [(Overdue, SupervisionListsView.Row)] = []
        var overdueMilestones: [(Overdue, SupervisionListsView.Row)] = []
        var seen: Set<String> = []
        for (role, entries) in [("lead", ledger.lead), ("partner", ledger.partner)] {
            for (plan, task) in entries where seen.insert(plan.id + "#" + task.anchor).inserted {
                if let overdue = task.overdue(asOf: content.asOf) {
                    overdueTasks.append((overdue, taskItem(task, plan: plan, role: role, gap: overdueWords(overdue), from: route)))
                } else if let row = unreportedItem(task, plan: plan, role: role, from: route) {
                    items.rows[.unreportedTask, default: []].append(row)
                }
                for milestone in task.milestones {
                    guard let overdue = milestone.overdue(asOf: content.asOf) else { continue }
                    overdueMilestones.append((overdue, milestoneItem(milestone, task: task, plan: plan, role: role, overdue: overdue, from: route)))
                }
            }
        }
        items.mostOverdue = (overdueTasks + overdueMilestones).map(\.0).max()
        items.rows[.overdueTask] = mostOverdueFirst(overdueTasks)
        items.rows[.overdueMilestone] = mostOverdueFirst(overdueMilestones)
        let indicators = answeredIndicators(unit, ledger: ledger)
        // The latest year each plan's reports give, which an indicator without it lacks.
        var reported: [String: Int] = [:]
        for plan in Set(indicators.map(\.plan.id)) {
            reported[plan] = (reportsByPlan[plan] ?? []).flatMap(\.measurements).map(\.year).max()
        }
        // The furthest behind first (as the brief sorts them); equals keep the plans' order.
        items.rows[.laggingIndicator] = indicators.filter { $0.indicator.status?.needsAttention == true }
            .enumerated().map { (lag: lag($0.element.indicator), offset: $0.offset, entry: $0.element) }
            .sorted { ($0.lag.0, $0.lag.1, $0.offset) < ($1.lag.0, $1.lag.1, $1.offset) }
            .map { laggingItem($0.entry.indicator, plan: $0.entry.plan, role: $0.entry.role, from: route) }
        items.rows[.missingData] = indicators.filter { $0.indicator.status == .noData || $0.indicator.isStale }
            .map { missingDataItem($0.indicator, plan: $0.plan, role: $0.role, reported: reported[$0.plan.id], from: route) }
        return items
    }

    /// The lists of a unit's items; `anchorPrefix` keeps the anchors of several units on one page apart.
    func supervisionLists(_ items: SupervisionItems, anchorPrefix: String, headingLevel: Int) -> SupervisionListsView {
        let lists = SupervisionKind.allCases.compactMap { kind -> SupervisionListsView.List? in
            guard let rows = items.rows[kind], !rows.isEmpty else { return nil }
            return .init(anchor: anchorPrefix + kind.rawValue, code: kind.rawValue, heading: t("supervision_kind_" + kind.key),
                         explain: t("supervision_explain_" + kind.key), dateHeading: t(kind.dateHeadingKey),
                         gapHeading: t("supervision_col_gap_" + kind.key), rows: rows)
        }
        return SupervisionListsView(headingLevel: headingLevel, counts: supervisionCounts(items, anchorPrefix: anchorPrefix),
                                    total: items.total, lists: lists)
    }

    func supervisionCounts(_ items: SupervisionItems, anchorPrefix: String) -> [SupervisionListsView.KindCount] {
        SupervisionKind.allCases.map { kind in
            let count = items.rows[kind]?.count ?? 0
            return .init(code: kind.rawValue, label: t("supervision_kind_" + kind.key), count: count,
                         href: count == 0 ? nil : "#" + anchorPrefix + kind.rawValue)
        }
    }

    /// `units/<unit>/supervision.html`: one unit's lists, to print and hand to the unit.
    func unitSupervisionView(_ unit: OrgUnit) -> UnitSupervisionView {
        let route = Route.unitSupervision(unit.id)
        let items = supervisionItems(unit.id, from: route)
        let title = fill("supervision_unit_title", ["unit": unit.name])
        return UnitSupervisionView(
            chrome: chrome(route, title: title, crumbs: [(t("nav_units"), .units), (unit.name, .unit(unit.id))]),
            title: title, unitHref: route.href(to: .unit(unit.id)), siteHref: route.href(to: .supervision),
            sentence: supervisionSentence(items.total),
            items: supervisionLists(items, anchorPrefix: "", headingLevel: 2))
    }

    /// `supervision.html`: every unit with something to follow up, the longest overdue first,
    /// then the most items, then in the units' order.
    func supervisionSiteView() -> SupervisionSiteView {
        let route = Route.supervision
        let all = content.units.enumerated().map { ($0.offset, $0.element, supervisionItems($0.element.id, from: route)) }
        let busy = all.filter { $0.2.total > 0 }.sorted { a, b in
            let (x, y) = (a.2.mostOverdue?.days ?? -1, b.2.mostOverdue?.days ?? -1)
            return x != y ? x > y : a.2.total != b.2.total ? a.2.total > b.2.total : a.0 < b.0
        }
        let total = busy.reduce(0) { $0 + $1.2.total }
        return SupervisionSiteView(
            chrome: chrome(route, title: t("supervision_site_title"), crumbs: [(t("nav_units"), .units)]),
            sentence: busy.isEmpty ? t("supervision_site_none")
                : fill("supervision_site_sentence", ["units": String(busy.count), "n": String(total)], count: total),
            kinds: SupervisionKind.allCases.map { t("supervision_kind_" + $0.key) },
            units: busy.map { _, unit, items in
                let prefix = "u-\(unit.id)-"
                return .init(anchor: "u-" + unit.id, name: unit.name, href: route.href(to: .unit(unit.id)),
                             pageHref: route.href(to: .unitSupervision(unit.id)), mostOverdue: items.mostOverdue.map(overdueWords),
                             counts: supervisionCounts(items, anchorPrefix: prefix),
                             items: supervisionLists(items, anchorPrefix: prefix, headingLevel: 3))
            },
            clear: all.filter { $0.2.total == 0 }.map { unitLink($0.1.id, from: route) })
    }

    /// `本单位共有督办事项5项。`, or that there are none.
    func supervisionSentence(_ total: Int) -> String {
        total == 0 ? t("supervision_unit_none") : fill("supervision_unit_sentence", ["n": String(total)], count: total)
    }

    /// `92天（3个月）`: the days, and the whole months once there is one.
    func overdueWords(_ overdue: Overdue) -> String {
        overdue.months == 0
            ? fill("supervision_overdue_days", ["days": String(overdue.days)], count: overdue.days)
            : fill("supervision_overdue_months", ["days": String(overdue.days), "months": String(overdue.months)], count: overdue.months)
    }
}

private extension SiteContext {
    typealias Row = SupervisionListsView.Row

    func mostOverdueFirst(_ items: [(Overdue, Row)]) -> [Row] {
        // Stable: items overdue as long keep the plan's order.
        items.enumerated().sorted { ($1.element.0.days, $0.offset) < ($0.element.0.days, $1.offset) }.map(\.element.1)
    }

    func roleLabel(_ role: String) -> String { t("supervision_role_" + role.replacingOccurrences(of: "-", with: "_")) }

    func taskItem(_ task: PlanTask, plan: Plan, role: String, gap: String, gapHref: String? = nil, from route: Route) -> Row {
        let state = taskState(task)
        return Row(title: task.title, href: route.href(to: .plan(plan.id), anchor: task.anchor), taskTitle: nil,
                   planTitle: plan.title, planHref: route.href(to: .tasks(plan.id)), roleCode: role, roleLabel: roleLabel(role),
                   date: date(task.due) ?? "—", gap: gap, gapHref: gapHref, statusCode: state.rawValue, statusLabel: label(state), staleLabel: nil)
    }

    func milestoneItem(_ milestone: Milestone, task: PlanTask, plan: Plan, role: String, overdue: Overdue, from route: Route) -> Row {
        Row(title: milestone.text, href: route.href(to: .plan(plan.id), anchor: task.anchor), taskTitle: task.title,
            planTitle: plan.title, planHref: route.href(to: .tasks(plan.id)), roleCode: role, roleLabel: roleLabel(role),
            date: date(milestone.date) ?? "—", gap: overdueWords(overdue), gapHref: nil,
            statusCode: TaskState.overdue.rawValue, statusLabel: t("overdue"), staleLabel: nil)
    }

    /// A task that has started and is not done, of which the plan's latest report (as of the
    /// site's date) says nothing; without any report, one no source gives a status.
    func unreportedItem(_ task: PlanTask, plan: Plan, role: String, from route: Route) -> Row? {
        let status = task.status(asOf: content.asOf)
        guard status != .done, status != .notStarted else { return nil }
        let latest = (reportsByPlan[plan.id] ?? []).last { report in content.asOf.map { report.date <= $0 } ?? true }
        if let latest {
            guard !task.updates.contains(where: { $0.reportID == latest.id }) else { return nil }
        } else if status != .notReported {
            return nil
        }
        guard let last = task.updates.last, let report = reports[last.reportID] else {
            return taskItem(task, plan: plan, role: role, gap: t("supervision_never_reported"), from: route)
        }
        return taskItem(task, plan: plan, role: role, gap: fill("supervision_last_report", ["report": report.title, "date": date(last.date) ?? ""]),
                        gapHref: route.href(to: .report(report.id)), from: route)
    }

    /// The unit's own indicators, then those without responsible units named by tasks it leads.
    func answeredIndicators(_ unit: String, ledger: UnitLedger) -> [(plan: Plan, indicator: Indicator, role: String)] {
        var seen: Set<String> = []
        var result = ledger.indicators.filter { seen.insert($0.0.id + "#" + $0.1.id).inserted }.map { ($0.0, $0.1, "owner") }
        for (plan, task) in ledger.lead {
            for id in task.indicatorIDs {
                guard let indicator = indicator(id, of: plan.id), indicator.owners.isEmpty,
                      seen.insert(plan.id + "#" + indicator.id).inserted else { continue }
                result.append((plan, indicator, "via-task"))
            }
        }
        return result
    }

    func indicatorItem(_ indicator: Indicator, plan: Plan, role: String, date: String, gap: String, from route: Route) -> Row {
        Row(title: indicator.name, href: route.href(to: .indicator(plan: plan.id, id: indicator.id)), taskTitle: nil,
            planTitle: plan.title, planHref: route.href(to: .plan(plan.id)), roleCode: role, roleLabel: roleLabel(role),
            date: date, gap: gap, gapHref: nil, statusCode: indicator.status?.code ?? "", statusLabel: indicator.status.map(label),
            staleLabel: indicator.isStale ? t("stale") : nil)
    }

    /// The latest year and how far the progress is from the expected, or the latest value
    /// against the target when the indicator keeps a level (not met).
    func laggingItem(_ indicator: Indicator, plan: Plan, role: String, from route: Route) -> Row {
        let latest = indicator.latest
        let gap: String
        if let p = indicator.progress?.progress, let e = indicator.progress?.expected {
            gap = fill("supervision_progress", ["p": Formatting.percent(p)!, "e": Formatting.percent(e)!])
        } else {
            gap = fill("supervision_latest_target", ["latest": latest?.value.raw ?? "—", "target": indicator.target?.raw ?? "—"])
        }
        return indicatorItem(indicator, plan: plan, role: role, date: latest.map { date(PlanDate(year: $0.year)) ?? "" } ?? "—",
                             gap: gap, from: route)
    }

    /// The plan's latest reported year, which the indicator lacks, and the year of its latest data.
    func missingDataItem(_ indicator: Indicator, plan: Plan, role: String, reported: Int?, from route: Route) -> Row {
        indicatorItem(indicator, plan: plan, role: role, date: reported.map { date(PlanDate(year: $0)) ?? "" } ?? "—",
                             gap: indicator.latest.map { date(PlanDate(year: $0.year)) ?? "" } ?? t("supervision_no_data_yet"),
                             from: route)
    }
}
