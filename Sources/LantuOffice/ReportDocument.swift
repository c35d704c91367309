import LantuDiagnostics
import Foundation
import LantuCharts
import LantuMarkdown
import LantuModel

/// A yearly report or mid-term review as a Word document for the office's superiors: its
/// text in order, each measurement table replaced by the indicators with baseline, latest
/// value, target, change and status, each task table by the tasks with status and progress;
/// a mid-term review then evaluates every indicator and task (`MidtermReview`); and at the
/// end which indicators changed status since the previous report.
public enum ReportDocument {
    public static func document(_ report: Report, content: Content) -> WordDocument {
        let plan = content.plans.first { $0.id == report.planID }
        let siblings = content.reports.filter { $0.planID == report.planID }
        let previous = siblings.firstIndex { $0.id == report.id }.flatMap { $0 > 0 ? siblings[$0 - 1] : nil }
        let method = content.site.progressMethod
        func indicator(_ id: String, on date: PlanDate) -> Indicator? {
            plan?.indicators.first { $0.id == id }?.asOf(date, reports: siblings, method: method)
        }
        let levels = report.body.compactMap { node -> Int? in
            if case .heading(let level) = node.kind { return level }
            return nil
        }
        let offset = (levels.min() ?? 1) - 1
        var blocks: [DocumentBlock] = []
        for node in report.body {
            guard report.dataTableLines.contains(node.line) else {
                blocks += DocumentBlock.blocks([node], headingOffset: offset)
                continue
            }
            let rows = node.line...(node.line + node.children.count + 1)
            let measurements = report.measurements.filter { rows.contains($0.location.line) }
            if !measurements.isEmpty {
                blocks += indicatorTable(measurements.map { ($0, indicator($0.indicatorID, on: report.date)) })
            }
            let updates = (plan?.tasks ?? []).flatMap { task in
                task.updates.filter { $0.reportID == report.id && rows.contains($0.location.line) }.map { (task, $0) }
            }
            if !updates.isEmpty { blocks.append(.table(taskTable(updates))) }
        }
        if report.isMidtermReview, let plan {
            let names = Dictionary(content.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            blocks += MidtermReview.blocks(plan, on: report.date, reports: siblings, method: method, unitNames: names)
        }
        blocks.append(.heading(level: 1, text: "与上一份报告相比的状态变化"))
        if let previous, let plan {
            let changes = plan.indicators.compactMap { current -> [String]? in
                let before = indicator(current.id, on: previous.date)?.status
                let after = indicator(current.id, on: report.date)?.status
                guard before != after else { return nil }
                return [current.name, before.map(\.label) ?? "—", after.map(\.label) ?? "—"]
            }
            if changes.isEmpty {
                blocks.append(.paragraph([TextRun("与上一份报告《\(previous.title)》相比，没有指标的状态发生变化。")], style: .body))
            } else {
                blocks.append(.paragraph([TextRun("与上一份报告《\(previous.title)》相比，\(changes.count)项指标的状态发生变化：")], style: .body))
                blocks.append(.table(DocumentTable(header: ["指标", "上一份报告", "本报告"], rows: changes, widths: [6, 3, 3])))
            }
        } else {
            blocks.append(.paragraph([TextRun("这是本规划的第一份报告，没有可比较的上一份报告。")], style: .body))
        }
        var subtitle = [FormWords.date(report.date)]
        if let plan { subtitle.insert("（\(plan.title)）", at: 0) }
        return WordDocument(title: report.title, subtitle: subtitle, blocks: blocks, date: isoDate(report.date))
    }

    /// The file's creation date: the report's own, so exporting again gives the same bytes.
    static func isoDate(_ date: PlanDate) -> String {
        let day = date.lastDay
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.year)-\(two(date.month ?? day.month))-\(two(date.day ?? day.day))T00:00:00Z"
    }

    /// Baseline, the report's value, target, change and status; the years go in the header
    /// when every row shares them, the units after the names, and notes beneath as 注.
    static func indicatorTable(_ rows: [(ReportMeasurement, Indicator?)]) -> [DocumentBlock] {
        func shared(_ years: [Int?]) -> Int? { Set(years).count == 1 ? years.first ?? nil : nil }
        let baselineYear = shared(rows.map { $0.1?.baseline == nil ? nil : $0.1?.baselineYear })
        let latestYear = shared(rows.map { $0.0.year })
        let targetYear = shared(rows.map { $0.1?.targetYear })
        func year(_ year: Int?) -> String { year.map { "（\($0)年）" } ?? "" }
        let header = ["指标", "基期值" + year(baselineYear), latestYear.map { "\($0)年" } ?? "最新值", "目标值" + year(targetYear), "变化", "状态"]
        let cells = rows.map { m, indicator -> [String] in
            let name = (indicator?.name ?? m.indicatorID) + (indicator?.unit.map { "（\($0)）" } ?? "")
            let baseline = indicator?.baseline.map { $0.raw + (baselineYear == nil ? year(indicator?.baselineYear) : "") } ?? "—"
            let target = indicator?.target.map { $0.raw + (targetYear == nil ? year(indicator?.targetYear) : "") } ?? "—"
            let change = indicator?.change(in: m.year).flatMap { changeWords($0, unit: indicator?.unit) } ?? "—"
            return [name, baseline, m.value.raw + (latestYear == nil ? year(m.year) : ""), target, change,
                    indicator?.status.map(\.label) ?? "—"]
        }
        var blocks: [DocumentBlock] = [.table(DocumentTable(header: header, rows: cells, widths: [7, 3, 3, 3, 5, 4]))]
        let notes = rows.compactMap { m, indicator in m.note.map { "\(indicator?.name ?? m.indicatorID)：\($0)" } }
        if !notes.isEmpty {
            blocks.append(.paragraph([TextRun("注：" + notes.joined(separator: "；") + "。")], style: .note))
        }
        return blocks
    }

    static func taskTable(_ rows: [(PlanTask, TaskUpdate)]) -> DocumentTable {
        DocumentTable(header: ["任务", "状态", "进度", "进展情况"], rows: rows.map { task, update in
            [task.title, update.status.map(\.label) ?? "—", update.progress.map { "\($0)%" } ?? "—", update.note ?? ""]
        }, widths: [8, 2, 2, 6])
    }

    /// A change in an arrow and words, as the site writes it: `↑ +0.4个百分点（朝目标）`; a
    /// change of a percentage is in percentage points.
    static func changeWords(_ entry: IndicatorChange, unit: String?) -> String? {
        guard let delta = entry.change else { return nil }
        let percent = unit == "%" || unit == "％"
        let arrow = delta > 0 ? "↑" : delta < 0 ? "↓" : "→"
        let amount = (delta > 0 ? "+" : "") + ValueFormat.compact(NSDecimalNumber(decimal: delta).doubleValue, style: .chinese, unit: percent ? nil : unit)
            + (percent ? "个百分点" : "")
        let verdict: String
        switch entry.better {
        case true?: verdict = "（朝目标）"
        case false?: verdict = "（背离目标）"
        case nil: verdict = delta == 0 ? "（持平）" : ""
        }
        return "\(arrow) \(amount)\(verdict)"
    }
}
