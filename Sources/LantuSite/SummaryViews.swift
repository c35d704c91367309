/// How a set of indicators stands: one bar for all, and one per category.
struct StatusSummaryView {
    struct Category {
        let category: String
        let statusBar: String
        let statusCounts: [StatusCountView]
    }

    let statusBar: String
    let statusCounts: [StatusCountView]
    let categories: [Category]
}

/// One row of a task-progress table: a chapter, a plan or a unit, with its tasks by state.
struct TaskSummaryRow {
    let label: String
    let href: String?
    let taskBar: String
    let taskCounts: [StatusCountView]
    let milestonesDone: Int
    let milestonesTotal: Int
}

/// The indicators of one status, listed where the status bars link to.
struct StatusGroupView {
    let anchor: String
    let code: String
    let label: String
    let rows: [IndicatorRowView]
}
