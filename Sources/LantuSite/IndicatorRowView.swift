/// One indicator as a table row: values, status and small charts.
struct IndicatorRowView {
    let id: String
    let number: Int
    let name: String
    let unit: String?
    let href: String
    let planTitle: String
    let baseline: String?
    let target: String?
    let latest: String?
    let latestYear: Int?
    let attributeLabel: String?
    let isBinding: Bool
    /// Machine code, also the CSS class; empty for text indicators.
    let statusCode: String
    let statusLabel: String?
    let sparkline: String?
    let progressBar: String?
    /// `71.4% / 60%`: achieved share against expected share.
    let progressText: String?
    /// A later year was reported for the plan but not for this indicator.
    let isStale: Bool
    /// The status was set by hand in a report.
    let isOverridden: Bool
}

/// Indicators of one category in a plan's indicator table.
struct IndicatorGroupView {
    let category: String?
    let rows: [IndicatorRowView]
}

/// An indicator table as it stands in the plan text.
struct IndicatorTableView {
    let groups: [IndicatorGroupView]
}

/// How many indicators are in one status.
struct StatusCountView {
    let code: String
    let label: String
    let count: Int
}
