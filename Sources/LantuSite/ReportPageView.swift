/// A report: its text, with its measurement and task tables shown linked and with statuses.
struct ReportPageView {
    struct MeasurementRow {
        let name: String
        let href: String
        let year: Int
        let value: String
        let note: String?
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
    let previous: ReportLink?
    let next: ReportLink?
}
