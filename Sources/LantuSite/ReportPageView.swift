/// A report: its text, with its measurement and task tables shown linked and with statuses.
struct ReportPageView {
    struct MeasurementRow {
        let name: String
        let href: String
        let year: Int
        let value: String
        let note: String?
        /// The indicator's previous measurement, as `92.6 (2022)`, or its baseline for the first.
        let previousValue: String?
        /// The change since then with an arrow and words (`↑ +0.2个百分点（朝目标）`), and
        /// `better`, `worse`, `same` or `neutral` (no target direction) for its colour.
        let change: String?
        let direction: String?
        /// The plan's target, as written.
        let target: String?
        /// The indicator's status as of the report's date.
        let statusCode: String
        let statusLabel: String?
    }

    /// An indicator whose status differs from what the previous report showed.
    struct StatusChange {
        let name: String
        let href: String
        let fromCode: String
        let fromLabel: String?
        let toCode: String
        let toLabel: String?
        let becameAchieved: Bool
    }

    /// A mid-term review's evaluation of everything as of its date.
    struct Evaluation {
        let indicators: [IndicatorRowView]
        let tasks: [TaskRowView]
        let chapters: [TaskSummaryRow]
        let units: [TaskSummaryRow]
    }

    struct UpdateRow {
        let title: String
        let href: String
        let statusCode: String
        let statusLabel: String?
        let progress: Int?
        let note: String?
    }

    struct MeasurementTable {
        let rows: [MeasurementRow]
    }

    struct UpdateTable {
        let rows: [UpdateRow]
    }

    /// A run of the report's text, or one of its data tables; exactly one field is set.
    struct Segment {
        let html: String?
        let measurements: MeasurementTable?
        let updates: UpdateTable?
    }

    let chrome: PageChrome
    let title: String
    let date: String
    let planTitle: String
    let planHref: String
    let segments: [Segment]
    let previousTitle: String?
    let statusChanges: [StatusChange]
    let evaluation: Evaluation?
    /// The report as a Word document to send on.
    let download: DownloadLink
    let previous: ReportLink?
    let next: ReportLink?
}
