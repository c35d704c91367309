import LantuDiagnostics
import Foundation
import LantuModel

/// What the last written build of one `lantu serve` rendered each plan's pages from, so the
/// next build renders and writes only the pages whose inputs changed. A save touches one
/// document; with a thousand plans, rendering every plan's pages again was most of a rebuild.
public struct RenderMemory: Sendable {
    let shared: SharedInputs
    let plans: [String: PlanInputs]
    /// What each plan's Word documents were made from, by plan id.
    let documents: [String: DocumentInputs]
    /// Each plan's pieces of the site-wide files, made from the same inputs.
    let fragments: [String: PlanFragments]
    /// The search index's chunks, by their first entry's address.
    let searchChunks: [String: SearchIndex.Chunk]

    /// A plan's object in `data/site.json`, its entries in the search index and its rows in
    /// `data/indicators.csv` and `data/measurements.csv`.
    struct PlanFragments: Sendable {
        let siteJSON: Data
        let searchEntries: [SearchEntry]
        let csvRows: Data
        let measurementRows: Data
    }

    /// What every page depends on: the site settings, the navigation and the theme.
    struct SharedInputs: Equatable, Sendable {
        let site: SiteConfig
        let asOf: PlanDate?
        let navigation: [[String]]
        let liveReloadScript: String?
        let theme: ThemeFiles
    }

    /// Everything a plan's own pages (plan, task ledger, indicators) read besides the shared
    /// inputs. Reports are already applied to the plans' indicators and tasks, so a new
    /// measurement changes `plan` as well as `reports`.
    struct PlanInputs: Equatable, Sendable {
        let plan: Plan
        let parent: Plan?
        let children: [Plan]
        let reports: [Report]
        /// The units the plan names, in site order (their names and ids appear on its pages).
        let units: [OrgUnit]
        let links: [String: ContentLink]?
    }

    /// What a plan's Word documents (the plan's and its reports') read: fewer inputs than its
    /// pages, as a document knows no theme, navigation, site title or related plans, so an
    /// edit to those remakes no document.
    struct DocumentInputs: Equatable, Sendable {
        let plan: Plan
        let reports: [Report]
        let units: [OrgUnit]
        let asOf: PlanDate?
        let method: ProgressMethod
    }
}

extension SiteContext {
    func sharedInputs(theme: Theme) -> RenderMemory.SharedInputs {
        RenderMemory.SharedInputs(
            site: content.site, asOf: content.asOf,
            navigation: navigationPlans.map { [$0.id, $0.title] } + navigationPages.map { [$0.id, $0.title] },
            liveReloadScript: liveReloadScript, theme: theme.files)
    }

    func planInputs(_ plan: Plan) -> RenderMemory.PlanInputs {
        let named = Set(plan.tasks.flatMap { $0.lead + $0.partners } + plan.indicators.flatMap(\.owners))
        return RenderMemory.PlanInputs(
            plan: plan, parent: plan.parent.flatMap { plans[$0] }, children: childPlans[plan.id] ?? [],
            reports: reportsByPlan[plan.id] ?? [], units: content.units.filter { named.contains($0.id) },
            links: content.links[plan.source.file])
    }

    func documentInputs(_ inputs: RenderMemory.PlanInputs) -> RenderMemory.DocumentInputs {
        RenderMemory.DocumentInputs(plan: inputs.plan, reports: inputs.reports, units: inputs.units, asOf: content.asOf,
                                    method: content.site.progressMethod)
    }
}
