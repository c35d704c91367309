/// What the supervision office (督查督办) follows up with a unit: its overdue tasks and
/// milestones, tasks the latest report says nothing about, lagging indicators and indicators
/// without the latest year's data, each with its date, how late, its plan and its source.
struct SupervisionListsView {
    /// How many items of one kind, linking to its list.
    struct KindCount {
        let code: String
        let label: String
        let count: Int
        /// Nil when the kind has no items, so no link points to a list that is not there.
        let href: String?
    }

    /// One kind's items, under a heading that says what the kind means.
    struct List {
        let anchor: String
        let code: String
        let heading: String
        let explain: String
        /// The heading of the date column: a due date for tasks and milestones, a year for indicators.
        let dateHeading: String
        /// The heading of the "how late" column: days overdue, the last report, the progress.
        let gapHeading: String
        let rows: [Row]
    }

    struct Row {
        let title: String
        let href: String
        /// For a milestone, the task it belongs to.
        let taskTitle: String?
        let planTitle: String
        let planHref: String
        /// `lead`, `partner`, `owner` or `via-task`: how the unit answers for the item.
        let roleCode: String
        let roleLabel: String
        let date: String
        let gap: String
        /// A link for the gap column: the report of the last update.
        let gapHref: String?
        let statusCode: String
        let statusLabel: String?
        /// Set for an indicator whose data is older than its plan's latest reported year.
        let staleLabel: String?
    }

    /// HTML heading level of the lists' headings, which depends on the page they stand in.
    let headingLevel: Int
    let counts: [KindCount]
    let total: Int
    let lists: [List]
}

/// A unit's supervision list on a page of its own (`units/<unit>/supervision.html`), to print
/// and hand to the unit.
struct UnitSupervisionView {
    let chrome: PageChrome
    let title: String
    let unitHref: String
    let siteHref: String
    /// `截至2024年3月31日，本单位有督办事项5项。`
    let sentence: String
    let items: SupervisionListsView
}

/// Every unit's supervision list on one page (`supervision.html`), the units with the longest
/// overdue item first.
struct SupervisionSiteView {
    /// One unit's line of the summary table, and its group below.
    struct UnitGroup {
        let anchor: String
        let name: String
        let href: String
        let pageHref: String
        /// The longest an item of the unit is overdue, in words; nil when nothing is overdue.
        let mostOverdue: String?
        let counts: [SupervisionListsView.KindCount]
        let items: SupervisionListsView
    }

    let chrome: PageChrome
    let sentence: String
    /// The kinds' names, the summary table's column headings.
    let kinds: [String]
    let units: [UnitGroup]
    /// Units with nothing to follow up.
    let clear: [TaskRowView.UnitLink]
}
