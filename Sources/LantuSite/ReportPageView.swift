/// A report: its text, the values it gives and the task updates it makes.
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

    let chrome: PageChrome
    let title: String
    let date: String
    let planTitle: String
    let planHref: String
    let body: String
    let measurements: [MeasurementRow]
    let updates: [UpdateRow]
    let previous: ReportLink?
    let next: ReportLink?
}
