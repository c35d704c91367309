import Foundation
import LantuModel

/// `data/measurements.csv`: one row per indicator and year (the baseline and every measured
/// value), with where the value came from and its change, for spreadsheets and pivot tables.
enum MeasurementsCSV {
    static let header = "plan,id,name,unit,year,value,text,source,change,better"

    /// `plans` are each plan's `rows(_:)`.
    static func data(plans: [Data]) -> Data {
        CSVFormat.file(header: header, rows: plans)
    }

    /// The lines of `plan`'s indicators, in plan order, each indicator's years oldest first.
    /// `source` is the report's id, or `plan` for the plan's own columns and the baseline.
    static func rows(_ plan: Plan) -> Data {
        let lines = plan.indicators.flatMap { indicator in
            indicator.series.map { entry in
                CSVFormat.line([
                    indicator.planID, indicator.id, indicator.name, indicator.unit ?? "", String(entry.year),
                    entry.value.number?.description ?? "", entry.value.raw, entry.reportID ?? "plan",
                    entry.change?.description ?? "", entry.better.map { $0 ? "true" : "false" } ?? "",
                ])
            }
        }
        return Data(lines.joined().utf8)
    }
}
