/// The list of all units.
struct UnitsPageView {
    struct UnitCard {
        let name: String
        let short: String?
        let href: String
        let taskCount: Int
        let indicatorCount: Int
        let tasks: TaskSummaryRow
    }

    let chrome: PageChrome
    /// Every unit's supervision list.
    let supervisionHref: String
    let units: [UnitCard]
}

/// One unit's ledger (台账): the tasks it leads or supports and the indicators it answers for.
struct UnitPageView {
    let chrome: PageChrome
    let name: String
    let short: String?
    let description: String?
    let tasks: TaskSummaryRow
    let leadTasks: [TaskGroupView]
    let partnerTasks: [TaskGroupView]
    let indicators: [IndicatorRowView]
    /// What the supervision office follows up with the unit, and its printable page.
    let supervisionSentence: String
    let supervision: SupervisionListsView
    let supervisionHref: String
}
