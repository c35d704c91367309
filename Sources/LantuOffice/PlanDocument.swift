import LantuModel

/// The whole plan as a Word document: its text with tables and 专栏 boxes as written, each
/// indicator table with the indicators' latest values and current status, and under each
/// task the units, dates and status the site shows beside it.
public enum PlanDocument {
    public static func document(_ plan: Plan, content: Content) -> WordDocument {
        let names = Dictionary(content.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var blocks = plan.intro.flatMap { self.blocks($0, plan: plan, task: nil, names: names, asOf: content.asOf) }
        func visit(_ sections: [Section]) {
            for section in sections {
                blocks.append(.heading(level: section.level, text: section.title))
                blocks += section.blocks.flatMap { self.blocks($0, plan: plan, task: section.task, names: names, asOf: content.asOf) }
                visit(section.children)
            }
        }
        visit(plan.sections)
        var subtitle: [String] = []
        if let issuer = plan.issuer { subtitle.append(issuer) }
        var dateLine = plan.issued.map(FormWords.date) ?? "\(plan.firstYear)—\(plan.lastYear)年"
        if let status = plan.status { dateLine += "（\(status)）" }
        subtitle.append(dateLine)
        let day = plan.issued ?? PlanDate(year: plan.firstYear, month: 1, day: 1)
        return WordDocument(title: plan.title, subtitle: subtitle, blocks: blocks, date: ReportDocument.isoDate(day))
    }

    static func blocks(_ block: Block, plan: Plan, task: PlanTask?, names: [String: String], asOf: PlanDate?) -> [DocumentBlock] {
        switch block {
        case .markdown(let node):
            return DocumentBlock.blocks([node])
        case .indicatorTable(let ids):
            let indicators = ids.compactMap { id in plan.indicators.first { $0.id == id } }
            return [.table(indicatorTable(indicators, asWritten: names))]
        case .featureBox(let box):
            return [.box(title: box.title, blocks: box.blocks.flatMap { blocks($0, plan: plan, task: task, names: names, asOf: asOf) })]
        case .taskMetadata:
            guard let task else { return [] }
            var parts: [String] = []
            func units(_ ids: [String]) -> String { ids.map { names[$0] ?? $0 }.joined(separator: "、") }
            if !task.lead.isEmpty { parts.append("牵头单位：" + units(task.lead)) }
            if !task.partners.isEmpty { parts.append("配合单位：" + units(task.partners)) }
            if let start = task.start { parts.append("开始时间：" + FormWords.date(start)) }
            if let due = task.due { parts.append("完成时限：" + FormWords.date(due)) }
            var status = "状态：" + task.status(asOf: asOf).label
            if let progress = task.progress { status += "（\(progress)%）" }
            parts.append(status)
            return [.paragraph([TextRun(parts.joined(separator: "；"))], style: .note)]
        }
    }

    /// Baseline, target, the latest value and the status as of the content's date. In the
    /// plan's own document (`asWritten`: unit names by id) the table also keeps the columns the
    /// plan wrote, interim targets, 责任单位 and 备注, so `lantu import` reads the same plan back.
    static func indicatorTable(_ indicators: [Indicator], asWritten names: [String: String]? = nil) -> DocumentTable {
        let baselineYears = Set(indicators.map(\.baselineYear)), targetYears = Set(indicators.map(\.targetYear))
        func year(_ years: Set<Int>) -> String { years.count == 1 ? "（\(years.first!)年）" : "" }
        let interimYears = names == nil ? [] : Set(indicators.flatMap { $0.interimTargets.map(\.year) }).sorted()
        let owners = names != nil && indicators.contains { !$0.owners.isEmpty }
        let notes = names != nil && indicators.contains { $0.note != nil }
        var header = ["指标", "基期值" + year(baselineYears)] + interimYears.map { "目标值（\($0)年）" }
        header += ["目标值" + (interimYears.isEmpty ? year(targetYears) : targetYears.count == 1 ? "（\(targetYears.first!)年）" : ""), "最新值", "属性", "状态"]
        if owners { header.append("责任单位") }
        if notes { header.append("备注") }
        func written(_ indicator: Indicator) -> [String] {
            var cells = [String]()
            if owners { cells.append(indicator.owners.map { names?[$0] ?? $0 }.joined(separator: "、")) }
            if notes { cells.append(indicator.note ?? "") }
            return cells
        }
        var rows: [[String]] = []
        var groups: Set<Int> = []
        var category: String?
        for indicator in indicators {
            // A category heads its indicators in a row of its own, as plans print their tables
            // (and as `lantu import` reads them back).
            if let next = indicator.category, next != category {
                groups.insert(rows.count)
                rows.append([next] + Array(repeating: "", count: header.count - 1))
            }
            category = indicator.category
            var cells = row(indicator, baselineYears: baselineYears, targetYears: targetYears)
            let interim = interimYears.map { year in indicator.interimTargets.first { $0.year == year }?.value.raw ?? "" }
            cells.insert(contentsOf: interim, at: 2)
            rows.append(cells + written(indicator))
        }
        // The status column keeps its four characters (进展顺利) on one line however many columns there are.
        let widths = [7, 3] + interimYears.map { _ in 3 } + [3, 4, 3, 4] + (owners ? [4] : []) + (notes ? [4] : [])
        return DocumentTable(header: header, rows: rows, widths: widths, groupRows: groups)
    }

    static func row(_ indicator: Indicator, baselineYears: Set<Int>, targetYears: Set<Int>) -> [String] {
        let name = indicator.name + (indicator.unit.map { "（\($0)）" } ?? "")
        let baseline = (indicator.baseline?.raw ?? "—") + (baselineYears.count == 1 || indicator.baseline == nil ? "" : "（\(indicator.baselineYear)年）")
        let target = (indicator.target?.raw ?? "—") + (targetYears.count == 1 || indicator.target == nil ? "" : "（\(indicator.targetYear)年）")
        let latest = indicator.latest.map { "\($0.value.raw)（\($0.year)年）" } ?? "—"
        let attribute = indicator.attribute.map { $0 == .binding ? "约束性" : "预期性" } ?? ""
        return [name, baseline, target, latest, attribute, indicator.status.map(\.label) ?? "—"]
    }
}
