/// A plan page: contents, full text with live indicator tables, feature boxes and tasks.
struct PlanPageView {
    struct TocEntry {
        let anchor: String
        let title: String
        let depth: Int
    }

    struct PlanLink {
        let title: String
        let href: String
    }

    /// A plan serving this one, with how its indicators stand.
    struct ChildPlan {
        let title: String
        let href: String
        let summary: StatusSummaryView
    }

    let chrome: PageChrome
    let title: String
    let period: String
    let issuer: String?
    let issued: String?
    let status: String?
    let parent: PlanLink?
    let children: [ChildPlan]
    let summary: StatusSummaryView
    /// Binding indicators that are behind, off track, regressing or not met.
    let flagged: [IndicatorRowView]
    let statusGroups: [StatusGroupView]
    let chapters: [TaskSummaryRow]
    let toc: [TocEntry]
    let intro: [BlockView]
    let sections: [SectionView]
    let boxes: [PlanLink]
    let tasks: [TaskRowView]
    let tasksHref: String
    let briefHref: String
    /// The whole plan as a Word document.
    let download: DownloadLink
    let reports: [ReportLink]
}
