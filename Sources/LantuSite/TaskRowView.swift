/// A task with its units, dates and latest status.
struct TaskRowView {
    struct UnitLink {
        let name: String
        let href: String
    }

    struct MilestoneView {
        let done: Bool
        let date: String?
        let text: String
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
    let indicators: [IndicatorRowView]
}
