import Foundation

/// One value of an indicator's series with its change against the value before it, and
/// whether that change moves toward the target (SPEC §3).
public struct IndicatorChange: Sendable, Hashable {
    public let year: Int
    public let value: IndicatorValue
    /// The report that gave the value; nil for the plan's own columns and the baseline.
    public let reportID: String?
    /// The year of the value the change is taken against (the baseline's for the first measurement).
    public let previousYear: Int?
    /// v − previous; nil for the first value or when either is not a number.
    public let change: Decimal?
    /// true toward the target, false away from it; nil without a change, a direction or a target.
    public let better: Bool?
}

extension Indicator {
    /// The baseline and every measurement, oldest first, each with its change.
    public var series: [IndicatorChange] {
        var values = measurements.map { (year: $0.year, value: $0.value, report: $0.reportID) }
        if let baseline { values.append((baselineYear, baseline, nil)) }
        values.sort { $0.year < $1.year }
        let direction = changeDirection
        var previous: (year: Int, value: IndicatorValue)?
        return values.map { entry in
            defer { previous = (entry.year, entry.value) }
            guard let before = previous else {
                return IndicatorChange(year: entry.year, value: entry.value, reportID: entry.report, previousYear: nil, change: nil, better: nil)
            }
            var (change, better): (Decimal?, Bool?) = (nil, nil)
            if let new = entry.value.number, let old = before.value.number {
                change = new - old
                better = direction?.isBetter(from: old, to: new)
            }
            return IndicatorChange(year: entry.year, value: entry.value, reportID: entry.report,
                                   previousYear: before.year, change: change, better: better)
        }
    }

    /// The change of the value measured in `year`, if there is one.
    public func change(in year: Int) -> IndicatorChange? {
        series.last { $0.year == year }
    }
}

/// Which way is good for an indicator: up, down, or toward a level.
struct ChangeDirection {
    let direction: IndicatorDirection
    let target: Decimal

    func isBetter(from old: Decimal, to new: Decimal) -> Bool? {
        if new == old { return nil }
        switch direction {
        case .atLeast, .increase: return new > old
        case .atMost, .decrease: return new < old
        case .maintain:
            let (before, after) = (abs(old - target), abs(new - target))
            return before == after ? nil : after < before
        }
    }
}

private extension Indicator {
    var changeDirection: ChangeDirection? {
        guard let b = baseline?.number, let t = target?.number else { return nil }
        return ChangeDirection(direction: IndicatorProgress.direction(baseline: b, target: t, comparator: target?.comparator), target: t)
    }
}

private func abs(_ value: Decimal) -> Decimal { value < 0 ? -value : value }
