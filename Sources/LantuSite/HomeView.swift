/// The dashboard: plans with their status counts, flagged binding indicators, latest reports.
/// Up to `SiteContext.plansOnHome` plans it shows a card for each; above, where a province's
/// thousands of school plans made an 18 MB page, it shows how the plans stand together and
/// links to the plans index (`PlansIndexView`), and lists only the first flagged indicators.
struct HomeView {
    struct PlanCard {
        let title: String
        let href: String
        /// The plan's one-page brief.
        let briefHref: String
        let period: String
        let issuer: String?
        let parentTitle: String?
        let indicatorCount: Int
        /// How many stand in the main tables and how many in feature boxes, when any do.
        let indicatorParts: String?
        let taskCount: Int
        let summary: StatusSummaryView
        let tasks: TaskSummaryRow?
    }

    /// How many plans there are and how all their indicators stand, by category and by
    /// parent plan, in place of the cards.
    struct Overview {
        let planCount: Int
        let indicatorCount: Int
        let plansHref: String
        let summary: StatusSummaryView
        let parents: [ParentRow]
        /// Said when the parents are more than the rows shown.
        let parentsMore: String?
    }

    /// The plans serving one parent plan (or none), with their indicators' statuses.
    struct ParentRow {
        let title: String
        let href: String?
        let planCount: Int
        let statusBar: String
        let statusCounts: [StatusCountView]
    }

    let chrome: PageChrome
    let plans: [PlanCard]
    let overview: Overview?
    let flagged: [IndicatorRowView]
    /// Said when the flagged indicators are more than the rows shown.
    let flaggedMore: String?
    let reports: [ReportLink]
    /// Every unit's supervision list.
    let supervisionHref: String
    /// The site's pages, when there are too many for the navigation bar.
    let pages: [PageLink]

    struct PageLink {
        let title: String
        let href: String
    }
}

/// One page of the list of every plan, written when the navigation bar cannot name them all.
struct PlansIndexView {
    struct PageLink {
        let label: String
        let href: String
        let current: Bool
    }

    let chrome: PageChrome
    let position: String
    let plans: [HomeView.PlanCard]
    let pages: [PageLink]
}

/// A link to a report with its date.
struct ReportLink {
    let title: String
    let href: String
    let date: String
    let planTitle: String
}
