import Foundation
import LantuMarkdown
import LantuModel
import Mustache

/// Renders every page of the site in memory: the same content and theme give the same bytes.
public enum SiteRenderer {
    /// Output files by their path below the output folder.
    public static func render(_ content: Content, theme: Theme, liveReloadScript: String? = nil) -> [String: Data] {
        let context = SiteContext(content: content, strings: theme.strings, liveReloadScript: liveReloadScript)
        var files: [String: Data] = theme.assets
        func page(_ route: Route, _ template: String, _ view: Any) {
            files[route.path] = Data(theme.library.render(view, withTemplate: template)!.utf8)
        }
        page(.home, "home", context.homeView())
        for plan in content.plans {
            page(.plan(plan.id), "plan", context.planView(plan))
            page(.tasks(plan.id), "tasks", context.taskLedgerView(plan))
            for indicator in plan.indicators {
                page(.indicator(plan: plan.id, id: indicator.id), "indicator", context.indicatorView(indicator, plan: plan))
            }
        }
        page(.units, "units", context.unitsView())
        for unit in content.units {
            page(.unit(unit.id), "unit", context.unitView(unit))
        }
        for report in content.reports {
            page(.report(report.id), "report", context.reportView(report))
        }
        for contentPage in content.pages {
            page(.page(contentPage.id), "page", context.pageView(contentPage))
        }
        page(.roadmap, "roadmap", context.roadmapView())
        page(.search, "search", context.searchView())
        files[Route.searchIndex.path] = context.searchIndex()
        page(.methodology, "methodology", context.methodologyView(text: theme.methodology))
        page(.notFound, "404", context.notFoundView())
        files[Route.indicatorsCSV.path] = IndicatorsCSV.data(content)
        files[Route.siteJSON.path] = context.siteJSON()
        files[Route.feed.path] = context.atomFeed()
        files[Route.sitemap.path] = context.sitemap(Array(files.keys))
        return files
    }
}
