/// A task with its units, dates and latest status.
struct TaskRowView {
    struct UnitLink {
        let name: String
        let href: String
    }

    struct MilestoneView {
        let done: Bool
        /// Past its date and not done as of the site's date.
        let overdue: Bool
        let date: String?
        let text: String
    }

    /// What one report said about the task.
    struct HistoryEntry {
        let date: String
        let reportTitle: String
        let reportHref: String
        let statusCode: String
        let statusLabel: String?
        let progress: Int?
    }

    let anchor: String
    let title: String
    let href: String
    let planTitle: String
    let lead: [UnitLink]
    let partners: [UnitLink]
    let start: String?
    let due: String?
    let statusCode: String
    let statusLabel: String?
    let progress: Int?
    let overdue: Bool
    let milestones: [MilestoneView]
    let history: [HistoryEntry]
    let indicators: [IndicatorRowView]
}

/// Tasks under one heading of a ledger: a chapter, a unit, a status, or a plan's chapter.
struct TaskGroupView {
    let anchor: String
    let title: String
    let href: String?
    let tasks: [TaskRowView]
}
