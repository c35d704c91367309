/// The dashboard: plans with their status counts, flagged binding indicators, latest reports.
struct HomeView {
    struct PlanCard {
        let title: String
        let href: String
        let period: String
        let issuer: String?
        let parentTitle: String?
        let indicatorCount: Int
        let taskCount: Int
        let summary: StatusSummaryView
        let tasks: TaskSummaryRow?
    }

    let chrome: PageChrome
    let plans: [PlanCard]
    let flagged: [IndicatorRowView]
    let reports: [ReportLink]
}

/// A link to a report with its date.
struct ReportLink {
    let title: String
    let href: String
    let date: String
    let planTitle: String
}
