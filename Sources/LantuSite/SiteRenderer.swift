import Foundation
import LantuMarkdown
import LantuModel
import Mustache

/// One output file and how to make it. Rendering is pure, so jobs run in any order and on
/// any thread, and the same content and theme give the same bytes.
public struct RenderJob: Sendable {
    public let path: String
    public let render: @Sendable () -> Data
    /// The page's inputs equal those of the last build written to the same folder, so the
    /// file already there is this page.
    public var unchangedSinceLastBuild = false
}

/// Lists every file of the site as a job; nothing is rendered until a job runs.
public enum SiteRenderer {
    /// The jobs, marking a plan's pages unchanged when `memory`, what the last build written
    /// to the same folder rendered from, holds the same inputs; and the memory of this build.
    static func jobs(_ context: SiteContext, theme: Theme, since memory: RenderMemory?) -> (jobs: [RenderJob], memory: RenderMemory) {
        let content = context.content
        let library = theme.library
        let shared = context.sharedInputs(theme: theme)
        let previous = memory?.shared == shared ? memory?.plans ?? [:] : [:]
        var jobs = theme.assets.keys.sorted().map { path in RenderJob(path: path, render: { theme.assets[path]! }) }
        var unchanged = false
        func page(_ route: Route, _ template: String, _ view: @escaping @Sendable () -> Any) {
            jobs.append(RenderJob(path: route.path, render: { Data(library.render(view(), withTemplate: template)!.utf8) },
                                  unchangedSinceLastBuild: unchanged))
        }
        func file(_ route: Route, _ data: @escaping @Sendable () -> Data) {
            jobs.append(RenderJob(path: route.path, render: data))
        }
        page(.home, "home") { context.homeView() }
        let inputs = content.plans.map(context.planInputs)
        let compared = Array(zip(content.plans, inputs)).concurrentMap { plan, inputs in
            let same = previous[plan.id] == inputs
            if same, let kept = memory?.fragments[plan.id] { return (same, kept) }
            return (same, RenderMemory.PlanFragments(siteJSON: context.planJSON(plan), searchEntries: context.searchEntries(plan),
                                                     csvRows: IndicatorsCSV.rows(plan, labels: context),
                                                     measurementRows: MeasurementsCSV.rows(plan)))
        }
        let fragments = compared.map(\.1)
        // Equal page inputs imply equal document inputs; only the others are compared.
        let documentInputs = inputs.map(context.documentInputs)
        let documentsUnchanged = content.plans.indices.map { index in
            compared[index].0 || memory?.documents[content.plans[index].id] == documentInputs[index]
        }
        for (index, plan) in content.plans.enumerated() {
            unchanged = compared[index].0
            page(.plan(plan.id), "plan") { context.planView(plan) }
            page(.tasks(plan.id), "tasks") { context.taskLedgerView(plan) }
            page(.brief(plan.id), "brief") { context.briefView(plan) }
            for indicator in plan.indicators {
                page(.indicator(plan: plan.id, id: indicator.id), "indicator") { context.indicatorView(indicator, plan: plan) }
            }
            jobs.append(RenderJob(path: Route.download(plan.id).path, render: { context.planDocument(plan) },
                                  unchangedSinceLastBuild: documentsUnchanged[index]))
            unchanged = false
        }
        for number in stride(from: 1, through: context.plansIndexPages, by: 1) {
            page(.plansIndex(page: number), "plans") { context.plansIndexView(page: number) }
        }
        page(.units, "units") { context.unitsView() }
        page(.supervision, "supervision") { context.supervisionSiteView() }
        for unit in content.units {
            page(.unit(unit.id), "unit") { context.unitView(unit) }
            page(.unitSupervision(unit.id), "unit-supervision") { context.unitSupervisionView(unit) }
        }
        // A report's document reads its plan and the plan's reports, as the plan's does.
        let unchangedPlans = Set(content.plans.indices.filter { documentsUnchanged[$0] }.map { content.plans[$0].id })
        for report in content.reports {
            page(.report(report.id), "report") { context.reportView(report) }
            jobs.append(RenderJob(path: Route.download(report.id).path, render: { context.reportDocument(report) },
                                  unchangedSinceLastBuild: unchangedPlans.contains(report.planID)))
        }
        for contentPage in content.pages {
            page(.page(contentPage.id), "page") { context.pageView(contentPage) }
        }
        page(.roadmap, "roadmap") { context.roadmapView() }
        page(.search, "search") { context.searchView() }
        page(.methodology, "methodology") { context.methodologyView(text: theme.methodology) }
        page(.notFound, "404") { context.notFoundView() }
        let search = SearchIndex.files(context.searchGroups(plans: fragments.map(\.searchEntries)), kept: memory?.searchChunks ?? [:])
        file(.searchIndex) { search.manifest }
        for shard in search.files { jobs.append(RenderJob(path: shard.path, render: { shard.data })) }
        file(.indicatorsCSV) { IndicatorsCSV.data(plans: fragments.map(\.csvRows)) }
        file(.measurementsCSV) { MeasurementsCSV.data(plans: fragments.map(\.measurementRows)) }
        file(.siteJSON) { context.siteJSON(plans: fragments.map(\.siteJSON)) }
        file(.feed) { context.atomFeed() }
        for (index, plan) in content.plans.enumerated() {
            let fragment = fragments[index]
            jobs.append(RenderJob(path: Route.planJSON(plan.id).path, render: { fragment.siteJSON }, unchangedSinceLastBuild: compared[index].0))
        }
        for sitemap in context.sitemaps(jobs.map(\.path)) {
            file(sitemap.route) { sitemap.data }
        }
        let ids = content.plans.map(\.id)
        return (jobs, RenderMemory(shared: shared, plans: Dictionary(zip(ids, inputs), uniquingKeysWith: { first, _ in first }),
                                   documents: Dictionary(zip(ids, documentInputs), uniquingKeysWith: { first, _ in first }),
                                   fragments: Dictionary(zip(ids, fragments), uniquingKeysWith: { first, _ in first }),
                                   searchChunks: search.chunks))
    }
}
