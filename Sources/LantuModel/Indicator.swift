import Foundation
import LantuDiagnostics

/// One row of an indicator table, with its measurements from the plan and the reports.
public struct Indicator: Sendable, Equatable {
    public let id: String
    public let planID: String
    /// 1-based position in the plan.
    public let number: Int
    public let name: String
    public let unit: String?
    public let category: String?
    public let attribute: IndicatorAttribute?
    public let baseline: IndicatorValue?
    public let target: IndicatorValue?
    public let baselineYear: Int
    public let targetYear: Int
    /// Targets the plan sets for years between the baseline and the final year, oldest first.
    public let interimTargets: [InterimTarget]
    /// Unit ids of the responsible units.
    public internal(set) var owners: [String]
    public let note: String?
    /// The parent plan's indicator this one serves, as written until the loader resolves it to an id.
    public internal(set) var aligns: String?
    /// Anchor of the feature box the indicator's table stands in, if any.
    public let boxAnchor: String?
    /// Anchor of the section the indicator's table stands in.
    public let sectionAnchor: String?
    /// Measurements after reconciliation: one per year, oldest first.
    public var measurements: [Measurement]
    /// Computed once the reports are applied; nil for text values.
    public var progress: IndicatorProgress?
    /// A status a report set by hand, in force from that report on.
    public var override: StatusOverride?
    /// True when a later year has been reported for the plan but not for this indicator.
    public var isStale: Bool
    public let location: SourceLocation
}

/// A plan's target for one year before its final one (`2022年目标`).
public struct InterimTarget: Sendable, Equatable {
    public let year: Int
    public let value: IndicatorValue
}

/// A status set by hand in a report's `状态` column, and why.
public struct StatusOverride: Sendable, Equatable {
    public let indicatorID: String
    public let status: IndicatorStatus
    public let reportID: String
    public let note: String?
    public let location: SourceLocation
}

/// 预期性 (expected) or 约束性 (binding).
public enum IndicatorAttribute: String, Sendable, Hashable {
    case expected
    case binding

    static func parse(_ text: String) -> IndicatorAttribute? {
        switch text.comparisonKey {
        case "预期性", "预期", "expected": return .expected
        case "约束性", "约束", "binding": return .binding
        default: return nil
        }
    }
}

/// A value measured for one year, and where it came from.
public struct Measurement: Sendable, Equatable {
    public let year: Int
    public let value: IndicatorValue
    /// The report's id, or nil for a year column of the plan itself.
    public let reportID: String?
    public let location: SourceLocation
}

extension Indicator {
    /// The status shown: a report's manual override, else the computed one.
    public var status: IndicatorStatus? { override?.status ?? progress?.status }

    /// The latest measurement after the baseline year.
    public var latest: Measurement? { measurements.last { $0.year > baselineYear } }

    /// Recomputes the status from the measurements (SPEC §3) and marks stale data against
    /// the latest year any report of the plan gives.
    mutating func evaluate(method: ProgressMethod, latestReportedYear: Int?) {
        let numbers = measurements.compactMap { m in m.value.number.map { (year: m.year, value: $0) } }
        progress = IndicatorProgress.evaluate(
            baseline: baseline, baselineYear: baselineYear,
            target: target, targetYear: targetYear,
            measurements: numbers, method: method,
            interimTargets: interimTargets.compactMap { i in i.value.number.map { (year: i.year, value: $0) } }
        )
        if let reported = latestReportedYear, let latest {
            isStale = latest.year < reported
        } else {
            isStale = false
        }
    }
}
