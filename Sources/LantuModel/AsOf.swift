/// The content as it stood on a past date, for reports that compare with the previous one
/// and mid-term reviews that evaluate everything as of their date.
extension Indicator {
    /// This indicator with only the values and overrides of reports published by `date`.
    ///
    /// `reports` are the plan's reports, oldest first; a later report wins a year given twice.
    public func asOf(_ date: PlanDate, reports: [Report], method: ProgressMethod) -> Indicator {
        var copy = self
        var byYear: [Int: Measurement] = [:]
        for measurement in measurements where measurement.reportID == nil {
            byYear[measurement.year] = measurement
        }
        var reported: Int?
        copy.override = nil
        for report in reports where report.date <= date {
            for m in report.measurements {
                reported = max(reported ?? m.year, m.year)
                if m.indicatorID == id {
                    byYear[m.year] = Measurement(year: m.year, value: m.value, reportID: report.id, location: m.location)
                }
            }
            if let override = report.overrides.last(where: { $0.indicatorID == id }) { copy.override = override }
        }
        copy.measurements = byYear.values.sorted { $0.year < $1.year }
        copy.evaluate(method: method, latestReportedYear: reported)
        return copy
    }
}

extension PlanTask {
    /// This task with only the updates and milestone completions of reports published by `date`.
    public func asOf(_ date: PlanDate) -> PlanTask {
        var copy = self
        copy.updates = updates.filter { $0.date <= date }
        for index in copy.milestones.indices where copy.milestones[index].completion.map({ date < $0.date }) == true {
            copy.milestones[index].completion = nil
        }
        return copy
    }
}
