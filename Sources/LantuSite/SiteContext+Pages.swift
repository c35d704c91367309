import LantuDiagnostics
import Foundation
import LantuCharts
import LantuMarkdown
import LantuModel

extension SiteContext {
    func homeView() -> HomeView {
        let route = Route.home
        let large = content.plans.count > Self.plansOnHome
        let flagged = content.plans.flatMap { plan in flaggedIndicators(plan).map { (plan, $0) } }
        let shown = large ? Array(flagged.prefix(Self.flaggedOnHome)) : flagged
        let reports = content.reports.reversed().prefix(5).map { reportLink($0, from: route) }
        return HomeView(
            chrome: chrome(route, title: content.site.title, crumbs: []),
            plans: large ? [] : content.plans.map { planCard($0, from: route) },
            overview: large ? overview(from: route) : nil,
            flagged: shown.map { indicatorRow($0.1, plan: $0.0, from: route) },
            flaggedMore: shown.count < flagged.count ? count(t("flagged_more"), shown: shown.count, of: flagged.count) : nil,
            reports: Array(reports), supervisionHref: route.href(to: .supervision),
            pages: navigationPages.count == content.pages.count ? [] : content.pages.map { .init(title: $0.title, href: route.href(to: .page($0.id))) })
    }

    /// Pages of the plans index: none while the navigation bar names every plan, so that every
    /// plan is one click from the bar of every page.
    var plansIndexPages: Int {
        navigationPlans.count < content.plans.count ? (content.plans.count + Self.plansPerPage - 1) / Self.plansPerPage : 0
    }

    func plansIndexView(page: Int) -> PlansIndexView {
        let route = Route.plansIndex(page: page)
        let pages = plansIndexPages
        let plans = content.plans[((page - 1) * Self.plansPerPage)..<min(page * Self.plansPerPage, content.plans.count)]
        let position = t("plans_page").replacingOccurrences(of: "{page}", with: String(page))
            .replacingOccurrences(of: "{pages}", with: String(pages))
        return PlansIndexView(
            chrome: chrome(route, title: pages > 1 ? "\(t("plans_all")) · \(position)" : t("plans_all"), crumbs: []),
            position: position, plans: plans.map { planCard($0, from: route) },
            pages: pages < 2 ? [] : (1...pages).map { .init(label: String($0), href: route.href(to: .plansIndex(page: $0)), current: $0 == page) })
    }

    private func planCard(_ plan: Plan, from route: Route) -> HomeView.PlanCard {
        HomeView.PlanCard(
            title: plan.title, href: route.href(to: .plan(plan.id)), briefHref: route.href(to: .brief(plan.id)), period: "\(plan.firstYear)–\(plan.lastYear)",
            issuer: plan.issuer, parentTitle: plan.parent.flatMap { plans[$0]?.title },
            indicatorCount: plan.indicators.count, indicatorParts: indicatorParts(plan), taskCount: plan.tasks.count,
            summary: statusSummary(plan, from: route),
            tasks: plan.tasks.isEmpty ? nil : taskSummary(plan.tasks, label: t("task_progress"), href: route.href(to: .plan(plan.id), anchor: "task-progress"))
        )
    }

    /// `（主要指标20项，专栏指标1项）` when some of the plan's indicators stand in feature boxes,
    /// so that the count beside it is not read as the plan's main table alone.
    func indicatorParts(_ plan: Plan) -> String? {
        let boxed = plan.indicators.filter { $0.boxAnchor != nil }.count
        guard boxed > 0 else { return nil }
        return fill("indicators_parts", ["main": String(plan.indicators.count - boxed), "box": String(boxed)])
    }

    /// Every indicator's status by category, and the plans grouped by the plan they serve; the
    /// qualitative indicators, which have no status, are counted apart so the counts add up.
    private func overview(from route: Route) -> HomeView.Overview {
        var all: [IndicatorStatus: Int] = [:]
        var qualitative: [String: Int] = [:]
        var categories: [String] = []
        var byCategory: [String: [IndicatorStatus: Int]] = [:]
        var parents: [String?] = []
        var byParent: [String?: (plans: Int, tally: [IndicatorStatus: Int], qualitative: Int)] = [:]
        var indicatorCount = 0
        // Indicators without a category are counted under "" and named last, as on a plan's card.
        var uncategorizedBoxed = true
        for plan in content.plans {
            let parent = plan.parent.flatMap { plans[$0] == nil ? nil : $0 }
            if byParent[parent] == nil { parents.append(parent) }
            byParent[parent, default: (0, [:], 0)].plans += 1
            tally(plan.indicators, into: &byParent[parent, default: (0, [:], 0)].tally)
            tally(plan.indicators, into: &all)
            indicatorCount += plan.indicators.count
            for index in plan.indicators.indices {
                let status = plan.indicators[index].status
                if status == nil {
                    byParent[parent, default: (0, [:], 0)].qualitative += 1
                    qualitative["", default: 0] += 1
                }
                let category = plan.indicators[index].category ?? ""
                if category.isEmpty { uncategorizedBoxed = uncategorizedBoxed && plan.indicators[index].boxAnchor != nil }
                if byCategory[category] == nil { categories.append(category); byCategory[category] = [:] }
                if let status { byCategory[category]![status, default: 0] += 1 } else { qualitative["#" + category, default: 0] += 1 }
            }
        }
        if let none = categories.firstIndex(of: "") { categories.append(categories.remove(at: none)) }
        let rows = parents.prefix(Self.parentsOnHome).map { parent -> HomeView.ParentRow in
            let group = byParent[parent] ?? (0, [:], 0)
            return HomeView.ParentRow(
                title: parent.flatMap { plans[$0]?.title } ?? t("plans_no_parent"), href: parent.map { route.href(to: .plan($0)) },
                planCount: group.plans, statusBar: statusBar(tally: group.tally), statusCounts: statusCounts(tally: group.tally, qualitative: group.qualitative))
        }
        return HomeView.Overview(
            planCount: content.plans.count, indicatorCount: indicatorCount, plansHref: route.href(to: .plansIndex(page: 1)),
            summary: StatusSummaryView(
                statusBar: statusBar(tally: all), statusCounts: statusCounts(tally: all, qualitative: qualitative[""] ?? 0),
                categories: categories.count < 2 ? [] : categories.map { category in
                    let tally = byCategory[category] ?? [:]
                    return .init(category: category.isEmpty ? t(uncategorizedBoxed ? "category_boxes" : "category_other") : category,
                                 statusBar: statusBar(tally: tally),
                                 statusCounts: statusCounts(tally: tally, qualitative: qualitative["#" + category] ?? 0))
                }),
            parents: Array(rows),
            parentsMore: rows.count < parents.count ? count(t("plans_parents_more"), shown: rows.count, of: parents.count) : nil)
    }

    private func count(_ sentence: String, shown: Int, of total: Int) -> String {
        sentence.replacingOccurrences(of: "{shown}", with: String(shown)).replacingOccurrences(of: "{n}", with: String(total))
    }

    func planView(_ plan: Plan) -> PlanPageView {
        let route = Route.plan(plan.id)
        let link = { (p: Plan) in PlanPageView.PlanLink(title: p.title, href: route.href(to: .plan(p.id))) }
        return PlanPageView(
            chrome: chrome(route, title: plan.title, crumbs: []),
            title: plan.title, period: "\(plan.firstYear)–\(plan.lastYear)", issuer: plan.issuer,
            issued: date(plan.issued), status: plan.status,
            parent: plan.parent.flatMap { plans[$0] }.map(link),
            children: (childPlans[plan.id] ?? []).map { .init(title: $0.title, href: route.href(to: .plan($0.id)), summary: statusSummary($0, from: route)) },
            summary: statusSummary(plan, from: route),
            flagged: flaggedIndicators(plan).map { indicatorRow($0, plan: plan, from: route) },
            statusGroups: statusGroups(plan, from: route), chapters: chapterSummaries(plan, from: route),
            toc: plan.allSections.filter { $0.level <= 2 }.map { .init(anchor: $0.anchor, title: $0.title, depth: $0.level) },
            intro: blocks(plan.intro, task: nil, plan: plan, from: route, level: 1),
            sections: plan.sections.map { section($0, plan: plan, from: route) },
            boxes: plan.featureBoxes.map { .init(title: $0.title, href: "#" + $0.anchor) },
            tasks: plan.tasks.map { taskRow($0, plan: plan, from: route) }, tasksHref: route.href(to: .tasks(plan.id)),
            briefHref: route.href(to: .brief(plan.id)), download: downloadLink(plan.id, title: plan.title, from: route),
            reports: (reportsByPlan[plan.id] ?? []).reversed().map { reportLink($0, from: route) }
        )
    }

    func indicatorView(_ indicator: Indicator, plan: Plan) -> IndicatorPageView {
        let route = Route.indicator(plan: plan.id, id: indicator.id)
        var rows: [IndicatorPageView.DataRow] = []
        if let baseline = indicator.baseline {
            rows.append(.init(year: indicator.baselineYear, value: baseline.raw, kind: t("baseline"), change: nil, changeCode: "",
                              source: t("source_plan"), sourceHref: route.href(to: .plan(plan.id))))
        }
        for m in indicator.measurements {
            let report = m.reportID.flatMap { reports[$0] }
            let words = indicator.change(in: m.year).flatMap { changeWords($0, unit: indicator.unit) }
            rows.append(.init(year: m.year, value: m.value.raw, kind: "", change: words?.text, changeCode: words?.code ?? "",
                              source: report?.title ?? t("source_plan"),
                              sourceHref: report.map { route.href(to: .report($0.id)) } ?? route.href(to: .plan(plan.id))))
        }
        for interim in indicator.interimTargets {
            rows.append(.init(year: interim.year, value: interim.value.raw, kind: t("target"), change: nil, changeCode: "",
                              source: t("source_plan"), sourceHref: route.href(to: .plan(plan.id))))
        }
        rows.sort { $0.year < $1.year }
        if let target = indicator.target {
            rows.append(.init(year: indicator.targetYear, value: target.raw, kind: t("target"), change: nil, changeCode: "",
                              source: t("source_plan"), sourceHref: route.href(to: .plan(plan.id))))
        }
        let row = indicatorRow(indicator, plan: plan, from: route)
        let chart = indicatorChart(indicator, statusLabel: row.statusLabel)
        let narrowChart = indicatorChart(indicator, statusLabel: row.statusLabel, width: IndicatorChart.narrowWidth)
        return IndicatorPageView(
            chrome: chrome(route, title: indicator.name, crumbs: [(plan.title, .plan(plan.id))]),
            row: row, planHref: route.href(to: .plan(plan.id)),
            sectionHref: (indicator.boxAnchor ?? indicator.sectionAnchor).map { route.href(to: .plan(plan.id), anchor: $0) },
            category: indicator.category, chart: chart, narrowChart: narrowChart, dataRows: rows, workings: workings(indicator),
            owners: indicator.owners.map { unitLink($0, from: route) },
            servesIndicator: plan.parent.flatMap { parentID in
                indicator.aligns.flatMap { self.indicator($0, of: parentID) }.map { indicatorRow($0, plan: plans[parentID]!, from: route) }
            },
            servedBy: (alignedChildren[plan.id]?[indicator.id] ?? []).map { indicatorRow($0.1, plan: $0.0, from: route) },
            tasks: (tasksByIndicator[plan.id]?[indicator.id] ?? []).map { taskRow($0, plan: plan, from: route) },
            note: indicator.note,
            staleNote: indicator.isStale ? Formatting.fill(t("stale_explain"), ["year": String(indicator.latest?.year ?? 0)]) : nil,
            overrideNote: indicator.override.map { override in
                Formatting.fill(t("override_explain"), ["report": reports[override.reportID]?.title ?? override.reportID])
                    + (override.note.map { ": " + $0 } ?? "")
            },
            overrideHref: indicator.override.map { route.href(to: .report($0.reportID)) }
        )
    }

    func unitsView() -> UnitsPageView {
        let route = Route.units
        let cards = content.units.map { unit in
            let tasks = unitTasks(unit.id)
            return UnitsPageView.UnitCard(
                name: unit.name, short: unit.short, href: route.href(to: .unit(unit.id)),
                taskCount: tasks.count, indicatorCount: ledgers[unit.id]?.indicators.count ?? 0,
                tasks: taskSummary(tasks, label: unit.name, href: route.href(to: .unit(unit.id)))
            )
        }
        return UnitsPageView(chrome: chrome(route, title: t("nav_units"), crumbs: []), supervisionHref: route.href(to: .supervision), units: cards)
    }

    func unitView(_ unit: OrgUnit) -> UnitPageView {
        let route = Route.unit(unit.id)
        let ledger = ledgers[unit.id] ?? UnitLedger()
        let lead = unitTaskGroups(ledger.lead, role: "lead", from: route)
        let partner = unitTaskGroups(ledger.partner, role: "partner", from: route)
        let owned = ledger.indicators.map { indicatorRow($0.1, plan: $0.0, from: route) }
        let items = supervisionItems(unit.id, from: route)
        return UnitPageView(chrome: chrome(route, title: unit.name, crumbs: [(t("nav_units"), .units)]),
                            name: unit.name, short: unit.short, description: unit.description,
                            tasks: taskSummary(unitTasks(unit.id), label: unit.name, href: nil), leadTasks: lead, partnerTasks: partner, indicators: owned,
                            supervisionSentence: supervisionSentence(items.total),
                            supervision: supervisionLists(items, anchorPrefix: "supervision-", headingLevel: 3),
                            supervisionHref: route.href(to: .unitSupervision(unit.id)))
    }

    func reportView(_ report: Report) -> ReportPageView {
        let route = Route.report(report.id)
        let plan = plans[report.planID]!
        let siblings = reportsByPlan[report.planID] ?? []
        let index = siblings.firstIndex { $0.id == report.id }!
        return ReportPageView(
            chrome: chrome(route, title: report.title, crumbs: [(plan.title, .plan(plan.id))]),
            title: report.title, date: date(report.date) ?? "", planTitle: plan.title, planHref: route.href(to: .plan(plan.id)),
            segments: reportSegments(report, plan: plan, from: route),
            previousTitle: index > 0 ? siblings[index - 1].title : nil,
            statusChanges: index > 0 ? statusChanges(plan, from: siblings[index - 1], to: report, route: route) : [],
            evaluation: report.isMidtermReview ? evaluation(plan, on: report.date, route: route) : nil,
            download: downloadLink(report.id, title: report.title, from: route),
            previous: index > 0 ? reportLink(siblings[index - 1], from: route) : nil,
            next: index + 1 < siblings.count ? reportLink(siblings[index + 1], from: route) : nil
        )
    }

    /// The report's text in order, each data table replaced by its rows with links and statuses.
    private func reportSegments(_ report: Report, plan: Plan, from route: Route) -> [ReportPageView.Segment] {
        let anchors = HeadingAnchors.byLine(report.body)
        var segments: [ReportPageView.Segment] = []
        var text: [MarkdownNode] = []
        func flush() {
            if !text.isEmpty {
                segments.append(.init(html: html(text, source: report.source.file, from: route, headingAnchors: anchors), measurements: nil, updates: nil))
            }
            text = []
        }
        for node in report.body {
            guard report.dataTableLines.contains(node.line) else {
                text.append(node)
                continue
            }
            flush()
            let rows = node.line...(node.line + node.children.count + 1)
            let measurements = report.measurements.filter { rows.contains($0.location.line) }.map { m in
                measurementRow(m, report: report, plan: plan, route: route)
            }
            let updates = plan.tasks.flatMap { task in
                task.updates.filter { $0.reportID == report.id && rows.contains($0.location.line) }.map { update in
                    ReportPageView.UpdateRow(title: task.title, href: route.href(to: .plan(plan.id), anchor: task.anchor),
                                             statusCode: update.status?.rawValue ?? "", statusLabel: update.status.map(label),
                                             progress: update.progress, note: update.note)
                }
            }
            segments.append(.init(html: nil, measurements: measurements.isEmpty ? nil : .init(rows: measurements),
                                  updates: updates.isEmpty ? nil : .init(rows: updates)))
        }
        flush()
        return segments
    }

    func pageView(_ page: Page) -> TextPageView {
        let route = Route.page(page.id)
        return TextPageView(chrome: chrome(route, title: page.title, crumbs: []), title: page.title,
                            body: html(page.body, source: page.source.file, from: route, headingAnchors: HeadingAnchors.byLine(page.body)),
                            example: nil)
    }

    /// The rules in the site's language, with a worked example from the site's own data.
    func methodologyView(text: String) -> TextPageView {
        let route = Route.methodology
        let nodes = (try? MarkdownParser.parse(text).children) ?? []
        let candidates = content.plans.flatMap { plan in plan.indicators.map { (plan, $0) } }
        let example = candidates.first { $0.1.progress?.progress != nil && $0.1.status != .achieved }
            ?? candidates.first { $0.1.progress?.latest != nil }
        return TextPageView(
            chrome: chrome(route, title: t("nav_methodology"), crumbs: []), title: t("nav_methodology"),
            body: html(nodes, source: "", from: route, headingAnchors: HeadingAnchors.byLine(nodes)),
            example: example.flatMap { plan, indicator in
                workings(indicator).map { .init(name: indicator.name, href: route.href(to: .indicator(plan: plan.id, id: indicator.id)), workings: $0) }
            }
        )
    }

    func searchView() -> SearchPageView {
        let route = Route.search
        return SearchPageView(chrome: chrome(route, title: t("nav_search"), crumbs: []),
                              indexScript: route.href(to: .searchIndex), searchScript: route.href(to: .searchScript))
    }

    /// The 404 page is served at any depth, so its links start from the site's path when
    /// `base_url` gives one.
    func notFoundView() -> TextPageView {
        let root = content.site.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        return TextPageView(chrome: chrome(.notFound, title: t("not_found_title"), crumbs: [], rootOverride: root),
                            title: t("not_found_title"), body: "", example: nil)
    }
}
