import Foundation
import LantuCharts
import LantuModel

/// What a 中期评估 carries beyond a yearly report, as the review's superiors read it: every
/// indicator of the plan against the value it should have reached by the year of its latest
/// figure (序时进度: the plan's interim target for that year, else the straight line from
/// baseline to target), and every task with its completion, all as of the review's date.
enum MidtermReview {
    static func blocks(_ plan: Plan, on date: PlanDate, reports: [Report], method: ProgressMethod, unitNames: [String: String]) -> [DocumentBlock] {
        let indicators = plan.indicators.map { $0.asOf(date, reports: reports, method: method) }
        let tasks = plan.tasks.map { $0.asOf(date) }
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "主要指标完成情况")]
        blocks.append(.paragraph([TextRun(indicatorSummary(indicators, on: date))], style: .body))
        if !indicators.isEmpty {
            blocks.append(.table(indicatorTable(indicators)))
            let basis = method == .cagr ? "按基期值到目标值的年均增长率推算" : "按基期值到目标值的直线推算"
            blocks.append(.paragraph([TextRun("注：序时应达值是按时间进度，到最新数据年份应当达到的数值：规划为该年定有中期目标的，取中期目标（标注“中期目标”）；"
                                              + "没有的，\(basis)。状态按网站“计算方法”页的规则判定。")], style: .note))
        }
        blocks.append(.heading(level: 1, text: "重点任务完成情况"))
        blocks.append(.paragraph([TextRun(taskSummary(tasks, on: date))], style: .body))
        if !tasks.isEmpty {
            blocks.append(.table(taskTable(tasks, on: date, unitNames: unitNames)))
        }
        return blocks
    }

    /// 截至2024年3月31日，22项指标中已达成8项、进展顺利5项……
    static func indicatorSummary(_ indicators: [Indicator], on date: PlanDate) -> String {
        let counts = IndicatorStatus.allCases.compactMap { status -> String? in
            let count = indicators.filter { $0.status == status }.count
            return count == 0 ? nil : "\(status.label)\(count)项"
        }
        let qualitative = indicators.filter { $0.status == nil }.count
        var text = "截至\(FormWords.date(date))，规划的\(indicators.count)项指标中"
        text += counts.isEmpty ? "没有可以计算状态的指标" : counts.joined(separator: "、")
        if qualitative > 0 { text += "；另有\(qualitative)项为定性指标或缺少基期值、目标值，不计算状态" }
        return text + "。"
    }

    static func taskSummary(_ tasks: [PlanTask], on date: PlanDate) -> String {
        guard !tasks.isEmpty else { return "规划没有列出带牵头单位的重点任务。" }
        let counts = TaskStatus.allCases.compactMap { status -> String? in
            let count = tasks.filter { $0.status(asOf: date) == status }.count
            return count == 0 ? nil : "\(status.label)\(count)项"
        }
        let overdue = tasks.filter { $0.isOverdue(asOf: date) }.count
        return "截至\(FormWords.date(date))，规划的\(tasks.count)项重点任务中" + counts.joined(separator: "、")
            + (overdue > 0 ? "；其中\(overdue)项已超过完成时限。" : "。")
    }

    /// Baseline, latest value, the value expected by then, target and status. Baseline and
    /// target years go in the header when every row shares them; the latest values' year is the
    /// one most of them are from, and a value from another year says so in its cell.
    static func indicatorTable(_ indicators: [Indicator]) -> DocumentTable {
        func shared(_ years: [Int?]) -> Int? { Set(years).count == 1 ? years.first ?? nil : nil }
        let baselineYear = shared(indicators.map(\.baselineYear))
        let counts = Dictionary(indicators.compactMap { $0.latest.map { ($0.year, 1) } }, uniquingKeysWith: +)
        let latestYear = counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        let targetYear = shared(indicators.map(\.targetYear))
        func year(_ year: Int?) -> String { year.map { "（\($0)年）" } ?? "" }
        let header = ["指标", "基期值" + year(baselineYear), "最新值" + year(latestYear), "序时应达值", "目标值" + year(targetYear), "状态"]
        let rows = indicators.map { indicator -> [String] in
            let name = indicator.name + (indicator.unit.map { "（\($0)）" } ?? "")
            let baseline = indicator.baseline.map { $0.raw + (baselineYear == nil ? year(indicator.baselineYear) : "") } ?? "—"
            let latest = indicator.latest.map { $0.value.raw + ($0.year == latestYear ? "" : year($0.year)) } ?? "—"
            let target = indicator.target.map { $0.raw + (targetYear == nil ? year(indicator.targetYear) : "") } ?? "—"
            return [name, baseline, latest, expectedValue(indicator) ?? "—", target, indicator.status.map(\.label) ?? "—"]
        }
        return DocumentTable(header: header, rows: rows, widths: [6, 3, 3, 4, 3, 3])
    }

    /// The value the plan meant the indicator to have in the year of its latest figure: the
    /// interim target written for that year, else baseline + (target − baseline) × the share of
    /// the period gone (under the growth-ratio method, the compound path between them). A
    /// maintain-type target is expected all along. nil without numbers or a later figure.
    static func expectedValue(_ indicator: Indicator) -> String? {
        guard let year = indicator.latest?.year, let progress = indicator.progress,
              let b = indicator.baseline?.number, let t = indicator.target?.number else { return nil }
        if let interim = indicator.interimTargets.last(where: { $0.year == year }), !progress.isMaintainType {
            return interim.value.raw + "（中期目标）"
        }
        if progress.isMaintainType { return indicator.target?.raw }
        let span = max(indicator.targetYear - indicator.baselineYear, 1)
        let share = min(1, Double(year - indicator.baselineYear) / Double(span))
        let (bx, tx) = (b.doubleValue, t.doubleValue)
        let value = progress.method == .cagr && bx > 0 && tx > 0 ? bx * pow(tx / bx, share) : bx + (tx - bx) * share
        return ValueFormat.compact(value, style: .chinese)
    }

    /// Each task with its lead units, due date, status (overdue said in words) and completion.
    static func taskTable(_ tasks: [PlanTask], on date: PlanDate, unitNames: [String: String]) -> DocumentTable {
        DocumentTable(header: ["任务", "牵头单位", "完成时限", "状态", "完成进度"], rows: tasks.map { task in
            let status = task.status(asOf: date).label + (task.isOverdue(asOf: date) ? "（已超期）" : "")
            let progress = task.progress.map { "\($0)%" } ?? (task.status(asOf: date) == .done ? "100%" : "—")
            return [task.title, task.lead.map { unitNames[$0] ?? $0 }.joined(separator: "、"), task.due.map(FormWords.date) ?? "—", status, progress]
        }, widths: [6, 4, 3, 3, 3])
    }
}
