import LantuModel

/// A unit's ledger as a Word document, for its leaders or a supervision meeting: the tasks it
/// leads and supports and the indicators it answers for across all plans, each with its
/// status, overdue tasks and flagged indicators first so the list opens with what needs doing.
public enum UnitDocument {
    public static func document(_ unit: OrgUnit, content: Content) -> WordDocument {
        let asOf = content.asOf
        func tasks(_ role: (PlanTask) -> [String]) -> [(Plan, PlanTask)] {
            let all = content.plans.flatMap { plan in plan.tasks.filter { role($0).contains(unit.id) }.map { (plan, $0) } }
            return all.filter { $0.1.isOverdue(asOf: asOf) } + all.filter { !$0.1.isOverdue(asOf: asOf) }
        }
        let indicators = content.plans.flatMap { plan in plan.indicators.filter { $0.owners.contains(unit.id) }.map { (plan, $0) } }
        let flagged = indicators.filter { $0.1.status?.needsAttention == true }
        let others = indicators.filter { $0.1.status?.needsAttention != true }
        var blocks: [DocumentBlock] = []
        let numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        /// One sub-heading per plan, in the plans' order, each over its own table.
        func byPlan<Entry>(_ entries: [(Plan, Entry)], table: ([Entry]) -> DocumentTable) {
            guard !entries.isEmpty else { return blocks.append(.paragraph([TextRun("无。")], style: .body)) }
            let plans = content.plans.filter { plan in entries.contains { $0.0.id == plan.id } }
            for (index, plan) in plans.enumerated() {
                let number = index < numbers.count ? numbers[index] : String(index + 1)
                blocks.append(.heading(level: 2, text: "（\(number)）\(plan.title)"))
                blocks.append(.table(table(entries.filter { $0.0.id == plan.id }.map(\.1))))
            }
        }
        blocks.append(.heading(level: 1, text: "一、牵头任务"))
        byPlan(tasks(\.lead)) { taskTable($0, asOf: asOf) }
        blocks.append(.heading(level: 1, text: "二、配合任务"))
        byPlan(tasks(\.partners)) { taskTable($0, asOf: asOf) }
        blocks.append(.heading(level: 1, text: "三、负责的指标"))
        byPlan(flagged + others) { PlanDocument.indicatorTable($0) }
        let date = asOf ?? content.reports.map(\.date).max() ?? PlanDate(year: content.plans.map(\.firstYear).min() ?? 2021, month: 1, day: 1)
        return WordDocument(title: "\(unit.name)规划实施台账", subtitle: ["（截至\(FormWords.date(date))）"], blocks: blocks,
                            date: ReportDocument.isoDate(date))
    }

    static func taskTable(_ tasks: [PlanTask], asOf: PlanDate?) -> DocumentTable {
        DocumentTable(header: ["任务", "完成时限", "状态", "进度"], rows: tasks.map { task in
            let status = task.status(asOf: asOf).label + (task.isOverdue(asOf: asOf) ? "（已超期）" : "")
            return [task.title, task.due.map(FormWords.date) ?? "—", status, task.progress.map { "\($0)%" } ?? "—"]
        }, widths: [9, 3, 4, 2])
    }
}
