/// A plan's task ledger: every task, grouped three ways so it can be read without JavaScript.
struct TaskLedgerView {
    let chrome: PageChrome
    let title: String
    let planHref: String
    let summary: TaskSummaryRow
    let byChapter: [TaskGroupView]
    let byUnit: [TaskGroupView]
    let byStatus: [TaskGroupView]
}
