/// A plan's brief: where it stands in a few generated sentences and the short lists a leader
/// acts on, printed on one A4 page.
struct BriefView {
    /// An indicator that needs attention, with the numbers a leader asks for and who answers.
    struct IndicatorItem {
        let name: String
        let href: String
        let attributeLabel: String?
        let statusCode: String
        let statusLabel: String?
        let latest: String?
        let latestYear: Int?
        let target: String?
        /// `进度 25% / 应达 60%`, or nil when the indicator has no share of progress.
        let progressText: String?
        let owners: [TaskRowView.UnitLink]
    }

    /// An overdue task or milestone, most overdue first.
    struct OverdueItem {
        let title: String
        let href: String
        /// For a milestone, the task it belongs to.
        let taskTitle: String?
        let kindLabel: String
        let due: String
        let lead: [TaskRowView.UnitLink]
    }

    let chrome: PageChrome
    let title: String
    let planHref: String
    let tasksHref: String
    /// Generated sentences: time elapsed, indicators, binding indicators, tasks, milestones.
    let sentences: [String]
    let bindingFlagged: [IndicatorItem]
    let lagging: [IndicatorItem]
    let overdue: [OverdueItem]
    /// `另有 3 项逾期未列出，见任务台账。` when the list is cut to fit the page.
    let overdueMore: String?
    /// What changed since the previous report, as a sentence, and the changes.
    let changesSentence: String
    let statusChanges: [ReportPageView.StatusChange]
    let latestReport: ReportLink?
    /// The whole plan as a Word document, for a leader who wants more than the page.
    let download: DownloadLink
}
