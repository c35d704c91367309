import LantuDiagnostics
import LantuCharts
import LantuMarkdown
import LantuModel
import Mustache

/// The loaded content plus the lookups every page view needs; building views is pure. A class,
/// so each of the tens of thousands of render jobs captures one reference, not a copy of every
/// lookup (making the jobs took 12 ms of a 1k `serve` rebuild as a struct, 7 ms as a class).
final class SiteContext: Sendable {
    let content: Content
    let strings: [String: String]
    let liveReloadScript: String?
    /// Tasks that name an indicator, by plan id and indicator id.
    let tasksByIndicator: [String: [String: [PlanTask]]]
    let plans: [String: Plan]
    let units: [String: OrgUnit]
    /// Each plan's reports, oldest first.
    let reportsByPlan: [String: [Report]]
    let reports: [String: Report]
    let childPlans: [String: [Plan]]
    /// What each unit answers for, by unit id, in plan order.
    let ledgers: [String: UnitLedger]
    /// Child plans' indicators by the parent plan and indicator they serve.
    let alignedChildren: [String: [String: [(Plan, Indicator)]]]
    /// The plans the navigation bar names: every plan while they fit, else the plans that serve
    /// no other while those fit, else none; the bar links to the plans index when it leaves any out.
    let navigationPlans: [Plan]
    /// The pages the navigation bar names: every page while they fit, else none, and the home
    /// page lists them. A bar naming each of 3,000 pages made every page 140 KB and a build
    /// of pages take time growing with their square.
    let navigationPages: [Page]
    /// What the navigation bar names, in its order.
    let navigationTargets: [(label: String, route: Route)]
    let headers: SiteHeader.Rendered

    /// A unit's tasks and indicators, with the plan each belongs to.
    struct UnitLedger {
        var lead: [(Plan, PlanTask)] = []
        var partner: [(Plan, PlanTask)] = []
        var indicators: [(Plan, Indicator)] = []
    }

    /// Builds every lookup once, so no page costs more as the site grows, and renders the
    /// site header of each folder depth with the theme's template.
    init(content: Content, theme: Theme, liveReloadScript: String? = nil) {
        let strings = theme.strings
        self.content = content
        self.strings = strings
        self.liveReloadScript = liveReloadScript
        var tasks: [String: [String: [PlanTask]]] = [:]
        var ledgers: [String: UnitLedger] = [:]
        var aligned: [String: [String: [(Plan, Indicator)]]] = [:]
        for plan in content.plans {
            if let parent = plan.parent {
                for indicator in plan.indicators {
                    if let target = indicator.aligns { aligned[parent, default: [:]][target, default: []].append((plan, indicator)) }
                }
            }
            for task in plan.tasks {
                for id in task.indicatorIDs { tasks[plan.id, default: [:]][id, default: []].append(task) }
                for unit in task.lead { ledgers[unit, default: .init()].lead.append((plan, task)) }
                for unit in task.partners { ledgers[unit, default: .init()].partner.append((plan, task)) }
            }
            for indicator in plan.indicators {
                for unit in indicator.owners { ledgers[unit, default: .init()].indicators.append((plan, indicator)) }
            }
        }
        self.tasksByIndicator = tasks
        self.ledgers = ledgers
        self.alignedChildren = aligned
        plans = Dictionary(content.plans.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        units = Dictionary(content.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        reportsByPlan = Dictionary(grouping: content.reports, by: \.planID)
        reports = Dictionary(content.reports.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        childPlans = Dictionary(grouping: content.plans.filter { $0.parent != nil }, by: { $0.parent! })
        // A province may hold thousands of plans: the bar names them only while they fit,
        // and the plans index lists them all.
        let rootPlans = content.plans.filter { $0.parent == nil }
        navigationPlans = content.plans.count <= Self.plansInNavigation ? content.plans
            : rootPlans.count <= Self.plansInNavigation ? rootPlans : []
        navigationPages = content.pages.count <= Self.pagesInNavigation ? content.pages : []
        let t = { (key: String) in strings[key] ?? key }
        // The plans index is linked when the bar leaves any plan out (`plansIndexPages`).
        let plansIndex: [(String, Route)] = navigationPlans.count < content.plans.count ? [(t("plans_all"), .plansIndex(page: 1))] : []
        let targets = [(t("nav_home"), Route.home)] + navigationPlans.map { ($0.title, Route.plan($0.id)) } + plansIndex
            + [(t("nav_units"), .units), (t("nav_supervision"), .supervision), (t("nav_roadmap"), .roadmap), (t("nav_search"), .search),
               (t("nav_methodology"), .methodology)]
            + navigationPages.map { ($0.title, Route.page($0.id)) }
        navigationTargets = targets
        headers = SiteHeader.Rendered(library: theme.library) { root, current in
            Self.siteHeader(content.site, targets: targets, strings: strings, root: root, current: current)
        }
    }

    static func siteHeader(_ site: SiteConfig, targets: [(label: String, route: Route)], strings: [String: String],
                           root: String, current: Route?) -> SiteHeader {
        SiteHeader(siteTitle: site.title, organization: site.organization, root: root, homeHref: root + Route.home.path,
                   nav: targets.map { PageChrome.Link(label: $0.label, href: root + $0.route.path, current: $0.route == current) },
                   t: strings)
    }
}

extension SiteContext {
    static let plansInNavigation = 4
    static let pagesInNavigation = 8
    /// Above this many plans the home page summarizes them and links to the plans index.
    static let plansOnHome = 50
    static let plansPerPage = 100
    /// The flagged indicators and the parent plans listed on a summarizing home page.
    static let flaggedOnHome = 50
    static let parentsOnHome = 50

    func t(_ key: String) -> String { strings[key] ?? key }

    /// A plan's indicator by id. An id lantu gave is `<plan>-<number>`, the indicator's place
    /// in the plan, so that place is tried first: searching made a 30,000-row table take time
    /// growing with its square. Ids written in the table are searched for; a plan has tens of
    /// indicators, so that costs less than a dictionary per plan built on every `serve` rebuild.
    func indicator(_ id: String, of planID: String) -> Indicator? {
        guard let indicators = plans[planID]?.indicators else { return nil }
        if let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]),
           indicators.indices.contains(number - 1), indicators[number - 1].id == id {
            return indicators[number - 1]
        }
        return indicators.first { $0.id == id }
    }

    func label(_ status: IndicatorStatus) -> String {
        t(status.stringKey)
    }

    func label(_ status: TaskStatus) -> String {
        t(status.stringKey)
    }

    /// 预期性 or 约束性 in the site's language.
    func label(_ attribute: IndicatorAttribute) -> String {
        t("attribute_" + attribute.rawValue)
    }

    func date(_ date: PlanDate?) -> String? {
        date.map { Formatting.date($0, strings: strings) }
    }

    func siteHeader(root: String, current: Route?) -> SiteHeader {
        Self.siteHeader(content.site, targets: navigationTargets, strings: strings, root: root, current: current)
    }

    func chrome(_ route: Route, title: String, crumbs: [(String, Route?)], rootOverride: String? = nil) -> PageChrome {
        let root = rootOverride ?? route.root
        func link(_ label: String, _ target: Route) -> PageChrome.Link {
            PageChrome.Link(label: label, href: root + target.path, current: target == route)
        }
        let current = navigationTargets.contains { $0.route == route } ? route : nil
        let header = headers.text(root: root, current: current, make: siteHeader)
        let trail = [(t("nav_home"), Route.home)] + crumbs.compactMap { label, target in target.map { (label, $0) } }
        var crumbLinks = trail.map { link($0.0, $0.1) }
        if route != .home { crumbLinks.append(PageChrome.Link(label: title, href: "", current: true)) }
        return PageChrome(
            lang: content.site.language.rawValue, siteTitle: content.site.title,
            organization: content.site.organization, title: title,
            documentTitle: route == .home ? title : "\(title) · \(content.site.title)", root: root,
            homeHref: root + Route.home.path, stylesheet: root + Route.stylesheet.path,
            nav: navigationTargets.map { link($0.label, $0.route) }, header: header,
            crumbs: crumbLinks, notice: content.site.notice, asOf: date(content.asOf), liveReloadScript: liveReloadScript, t: strings
        )
    }

    /// Renders Markdown of the file at `source`, rewriting links to content files and giving
    /// headings their anchors.
    func html(_ nodes: [MarkdownNode], source: String, from route: Route, headingAnchors: [Int: String] = [:]) -> String {
        let links = content.links[source] ?? [:]
        let renderer = HTMLRenderer(
            resolveLink: { destination in
                guard let link = links[destination] else { return destination }
                return route.href(to: Route.of(link.target), anchor: link.anchor)
            },
            headingID: { headingAnchors[$0.line] }
        )
        return renderer.render(nodes)
    }

    func reportLink(_ report: Report, from route: Route) -> ReportLink {
        ReportLink(title: report.title, href: route.href(to: .report(report.id)), date: date(report.date) ?? "",
                   planTitle: plans[report.planID]?.title ?? report.planID)
    }

    func unitLink(_ id: String, from route: Route) -> TaskRowView.UnitLink {
        TaskRowView.UnitLink(name: units[id]?.name ?? id, href: route.href(to: .unit(id)))
    }
}
