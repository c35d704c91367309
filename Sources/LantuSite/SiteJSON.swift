import LantuDiagnostics
import Foundation
import LantuModel

/// `data/site.json`: the whole plan tree as open data, in the shape `docs/data.md` documents.
struct SiteJSON: Encodable {
    struct Site: Encodable {
        let title: String
        let organization: String?
        let language: String
        let baseURL: String?
        let asOf: String?
        let progressMethod: String
    }

    struct Value: Encodable {
        let year: Int
        /// The number, with 万 and 亿 multiplied out; nil for a text value.
        let value: Decimal?
        /// The cell as written.
        let text: String
        let comparator: String?
        let report: String?
    }

    /// A measured value with its change against the value before it (the baseline for the
    /// first) and whether that moves toward the target; `better` is written as null when neither.
    struct SeriesPoint: Encodable {
        let year: Int
        let value: Decimal?
        let text: String
        let comparator: String?
        let report: String?
        let change: Decimal?
        let better: Bool?

        enum CodingKeys: String, CodingKey { case year, value, text, comparator, report, change, better }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(year, forKey: .year)
            try container.encodeIfPresent(value, forKey: .value)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(comparator, forKey: .comparator)
            try container.encodeIfPresent(report, forKey: .report)
            try container.encodeIfPresent(change, forKey: .change)
            try container.encode(better, forKey: .better)
        }
    }

    struct IndicatorJSON: Encodable {
        let id: String
        let number: Int
        let name: String
        let category: String?
        let unit: String?
        let attribute: String?
        let owners: [String]
        let baseline: Value?
        let target: Value?
        let series: [SeriesPoint]
        let interimTargets: [Value]
        let status: String?
        let computedStatus: String?
        let override: String?
        let progress: Decimal?
        let expected: Decimal?
        let stale: Bool
        let aligns: String?
        let section: String?
        let url: String
    }

    struct Milestone: Encodable {
        /// ISO form for sorting; `date_text` as the plan wrote it.
        let date: String?
        let dateText: String?
        let done: Bool
        let overdue: Bool
        /// The report that marked it done.
        let report: String?
        let text: String
    }

    struct Update: Encodable {
        let report: String
        let date: String
        let status: String?
        let progress: Int?
        let note: String?
    }

    struct TaskJSON: Encodable {
        let anchor: String
        let title: String
        let lead: [String]
        let partners: [String]
        let start: String?
        let due: String?
        let status: String?
        let progress: Int?
        let overdue: Bool
        let tags: [String]
        let indicators: [String]
        let milestones: [Milestone]
        let updates: [Update]
        let url: String
    }

    struct SectionJSON: Encodable {
        let anchor: String
        let title: String
        let level: Int
        let parent: String?
    }

    struct Box: Encodable {
        let anchor: String
        let title: String
    }

    struct PlanJSON: Encodable {
        let id: String
        let title: String
        let firstYear: Int
        let lastYear: Int
        let baselineYear: Int
        let issuer: String?
        let issued: String?
        let parent: String?
        let status: String?
        let url: String
        let sections: [SectionJSON]
        let featureBoxes: [Box]
        let tasks: [TaskJSON]
        let indicators: [IndicatorJSON]
    }

    struct UnitJSON: Encodable {
        let id: String
        let name: String
        let short: String?
        let aliases: [String]
        let url: String
    }

    struct ReportJSON: Encodable {
        let id: String
        let title: String
        let date: String
        let plan: String
        let type: String?
        let url: String
    }

    let generator = "lantu"
    let site: Site
    let plans: [PlanJSON]
    let units: [UnitJSON]
    let reports: [ReportJSON]
}

extension SiteContext {
    /// The JSON bytes, keys sorted so the same content gives the same file.
    /// `data/site.json` from each plan's object, as `planJSON(_:)` encodes it.
    func siteJSON(plans: [Data]) -> Data {
        let document = SiteJSON(
            site: .init(title: content.site.title, organization: content.site.organization, language: content.site.language.rawValue,
                        baseURL: content.site.baseURL, asOf: content.asOf?.description, progressMethod: content.site.progressMethod.rawValue),
            plans: [],
            units: content.units.map { .init(id: $0.id, name: $0.name, short: $0.short, aliases: $0.aliases, url: Route.unit($0.id).path) },
            reports: content.reports.map { .init(id: $0.id, title: $0.title, date: $0.date.description, plan: $0.planID, type: $0.type, url: Route.report($0.id).path) }
        )
        // Quotes inside strings are escaped, so this is the (empty) plans array: the plans go there.
        let shell = Self.encode(document)
        guard let slot = shell.range(of: Data(#""plans":[]"#.utf8)) else { preconditionFailure("site.json has no plans array") }
        var joined = Data(shell[..<slot.lowerBound])
        joined.append(Data(#""plans":["#.utf8))
        for (index, plan) in plans.enumerated() {
            if index > 0 { joined.append(UInt8(ascii: ",")) }
            joined.append(plan)
        }
        joined.append(UInt8(ascii: "]"))
        joined.append(shell[slot.upperBound...])
        return joined
    }

    /// One plan's object in `data/site.json`.
    func planJSON(_ plan: Plan) -> Data {
        Self.encode(planValue(plan))
    }

    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    private func planValue(_ plan: Plan) -> SiteJSON.PlanJSON {
        var sections: [SiteJSON.SectionJSON] = []
        func visit(_ section: Section, parent: String?) {
            sections.append(.init(anchor: section.anchor, title: section.title, level: section.level, parent: parent))
            section.children.forEach { visit($0, parent: section.anchor) }
        }
        plan.sections.forEach { visit($0, parent: nil) }
        return SiteJSON.PlanJSON(
            id: plan.id, title: plan.title, firstYear: plan.firstYear, lastYear: plan.lastYear, baselineYear: plan.baselineYear,
            issuer: plan.issuer, issued: plan.issued?.description, parent: plan.parent, status: plan.status,
            url: Route.plan(plan.id).path, sections: sections,
            featureBoxes: plan.featureBoxes.map { .init(anchor: $0.anchor, title: $0.title) },
            tasks: plan.tasks.map { taskJSON($0, plan: plan) },
            indicators: plan.indicators.map { indicatorJSON($0, plan: plan) }
        )
    }

    private func value(_ value: IndicatorValue?, year: Int, report: String? = nil) -> SiteJSON.Value? {
        value.map { .init(year: year, value: $0.number, text: $0.raw, comparator: $0.comparator?.rawValue, report: report) }
    }

    private func indicatorJSON(_ indicator: Indicator, plan: Plan) -> SiteJSON.IndicatorJSON {
        SiteJSON.IndicatorJSON(
            id: indicator.id, number: indicator.number, name: indicator.name, category: indicator.category, unit: indicator.unit,
            attribute: indicator.attribute?.rawValue, owners: indicator.owners,
            baseline: value(indicator.baseline, year: indicator.baselineYear), target: value(indicator.target, year: indicator.targetYear),
            series: indicator.series.filter { $0.year != indicator.baselineYear }.map {
                .init(year: $0.year, value: $0.value.number, text: $0.value.raw, comparator: $0.value.comparator?.rawValue,
                      report: $0.reportID, change: $0.change, better: $0.better)
            },
            interimTargets: indicator.interimTargets.compactMap { value($0.value, year: $0.year) },
            status: indicator.status?.code, computedStatus: indicator.progress?.status.code, override: indicator.override?.reportID,
            progress: indicator.progress?.progress.map { roundedDecimal($0) }, expected: indicator.progress?.expected.map { roundedDecimal($0) },
            stale: indicator.isStale, aligns: indicator.aligns, section: indicator.boxAnchor ?? indicator.sectionAnchor,
            url: Route.indicator(plan: plan.id, id: indicator.id).path
        )
    }

    private func taskJSON(_ task: PlanTask, plan: Plan) -> SiteJSON.TaskJSON {
        SiteJSON.TaskJSON(
            anchor: task.anchor, title: task.title, lead: task.lead, partners: task.partners,
            start: task.start?.description, due: task.due?.description, status: task.status(asOf: content.asOf).rawValue, progress: task.progress,
            overdue: task.isOverdue(asOf: content.asOf), tags: task.tags, indicators: task.indicatorIDs,
            milestones: task.milestones.map {
                .init(date: $0.date?.description, dateText: $0.dateText, done: $0.done, overdue: $0.isOverdue(asOf: content.asOf),
                      report: $0.completion?.reportID, text: $0.text)
            },
            updates: task.updates.map { .init(report: $0.reportID, date: $0.date.description, status: $0.status?.rawValue, progress: $0.progress, note: $0.note) },
            url: Route.plan(plan.id).path + "#" + task.anchor
        )
    }

    /// p and e as in the CSV: four decimals.
    private func roundedDecimal(_ value: Decimal) -> Decimal {
        Decimal(string: Formatting.decimal(value, places: 4), locale: Locale(identifier: "en_US_POSIX")) ?? value
    }
}
