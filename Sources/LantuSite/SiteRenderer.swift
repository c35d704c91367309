import Foundation
import LantuMarkdown
import LantuModel
import Mustache

/// One output file and how to make it. Rendering is pure, so jobs run in any order and on
/// any thread, and the same content and theme give the same bytes.
public struct RenderJob: Sendable {
    public let path: String
    public let render: @Sendable () -> Data
}

/// Lists every file of the site as a job; nothing is rendered until a job runs.
public enum SiteRenderer {
    public static func jobs(_ content: Content, theme: Theme, liveReloadScript: String? = nil) -> [RenderJob] {
        let context = SiteContext(content: content, strings: theme.strings, liveReloadScript: liveReloadScript)
        let library = theme.library
        var jobs = theme.assets.keys.sorted().map { path in RenderJob(path: path, render: { theme.assets[path]! }) }
        func page(_ route: Route, _ template: String, _ view: @escaping @Sendable () -> Any) {
            jobs.append(RenderJob(path: route.path, render: { Data(library.render(view(), withTemplate: template)!.utf8) }))
        }
        func file(_ route: Route, _ data: @escaping @Sendable () -> Data) {
            jobs.append(RenderJob(path: route.path, render: data))
        }
        page(.home, "home") { context.homeView() }
        for plan in content.plans {
            page(.plan(plan.id), "plan") { context.planView(plan) }
            page(.tasks(plan.id), "tasks") { context.taskLedgerView(plan) }
            for indicator in plan.indicators {
                page(.indicator(plan: plan.id, id: indicator.id), "indicator") { context.indicatorView(indicator, plan: plan) }
            }
        }
        page(.units, "units") { context.unitsView() }
        for unit in content.units {
            page(.unit(unit.id), "unit") { context.unitView(unit) }
        }
        for report in content.reports {
            page(.report(report.id), "report") { context.reportView(report) }
        }
        for contentPage in content.pages {
            page(.page(contentPage.id), "page") { context.pageView(contentPage) }
        }
        page(.roadmap, "roadmap") { context.roadmapView() }
        page(.search, "search") { context.searchView() }
        page(.methodology, "methodology") { context.methodologyView(text: theme.methodology) }
        page(.notFound, "404") { context.notFoundView() }
        file(.searchIndex) { context.searchIndex() }
        file(.indicatorsCSV) { IndicatorsCSV.data(content) }
        file(.siteJSON) { context.siteJSON() }
        file(.feed) { context.atomFeed() }
        let paths = jobs.map(\.path) + [Route.sitemap.path]
        file(.sitemap) { context.sitemap(paths) }
        return jobs
    }
}
