/// One indicator: chart, data table, the workings of its status, tasks and units.
struct IndicatorPageView {
    struct DataRow {
        let year: Int
        let value: String
        let kind: String
        /// The change against the value before, in an arrow and words; nil for baseline and target.
        let change: String?
        let changeCode: String
        let source: String
        let sourceHref: String?
    }

    let chrome: PageChrome
    let row: IndicatorRowView
    let planHref: String
    let sectionHref: String?
    let category: String?
    let chart: String?
    /// The same chart drawn for phones.
    let narrowChart: String?
    let dataRows: [DataRow]
    /// The numbers behind the status in one line, so it can be checked by hand.
    let workings: String?
    let owners: [TaskRowView.UnitLink]
    /// The parent plan's indicator this one serves.
    let servesIndicator: IndicatorRowView?
    /// Child plans' indicators that serve this one.
    let servedBy: [IndicatorRowView]
    let tasks: [TaskRowView]
    let note: String?
    /// Why the data may be out of date, when it is.
    let staleNote: String?
    /// Which report set the status by hand, and its note.
    let overrideNote: String?
    let overrideHref: String?
}
