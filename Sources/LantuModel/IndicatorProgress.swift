import Foundation

/// The numbers behind a numeric indicator's status, so a reader can check them by hand.
public struct IndicatorProgress: Hashable, Sendable {
    public let direction: IndicatorDirection
    /// True when the target only asks to keep a level the baseline already meets.
    public let isMaintainType: Bool
    /// The latest measurement after the baseline year, if any.
    public let latestYear: Int?
    public let latest: Decimal?
    /// p = (v − b) / (t − b); nil for maintain-type indicators or without a measurement.
    public let progress: Decimal?
    /// e = min(1, (y − B) / (T − B)); nil without a measurement.
    public let expected: Decimal?
    public let status: IndicatorStatus
}

extension IndicatorProgress {
    /// Applies SPEC §3 with exact decimal arithmetic: cut-offs are compared by
    /// cross-multiplying, never through a rounded quotient.
    ///
    /// Returns nil when baseline or target is missing or not a number: such an indicator has no status.
    public static func evaluate(
        baseline: IndicatorValue?, baselineYear: Int,
        target: IndicatorValue?, targetYear: Int,
        measurements: [(year: Int, value: Decimal)]
    ) -> IndicatorProgress? {
        guard let b = baseline?.number, let t = target?.number else { return nil }
        let comparator = target?.comparator
        let direction = direction(baseline: b, target: t, comparator: comparator)
        let maintain = isMaintain(direction: direction, baseline: b, target: t, comparator: comparator)
        guard let last = measurements.filter({ $0.year > baselineYear }).max(by: { $0.year < $1.year }) else {
            return IndicatorProgress(direction: direction, isMaintainType: maintain, latestYear: nil, latest: nil,
                                     progress: nil, expected: nil, status: .noData)
        }
        let v = last.value
        let span = Decimal(max(targetYear - baselineYear, 1))
        let elapsed = Decimal(last.year - baselineYear)
        let expected = min(1, elapsed / span)
        let progress: Decimal? = maintain || t == b ? nil : (v - b) / (t - b)
        let status: IndicatorStatus
        if isMet(value: v, target: t, direction: direction, comparator: comparator) {
            status = .achieved
        } else if maintain {
            status = .notMet
        } else {
            status = progressStatus(value: v, baseline: b, target: t, elapsed: min(elapsed, span), span: span)
        }
        return IndicatorProgress(direction: direction, isMaintainType: maintain, latestYear: last.year, latest: v,
                                 progress: progress, expected: expected, status: status)
    }
}

private extension IndicatorProgress {
    static func direction(baseline b: Decimal, target t: Decimal, comparator: TargetComparator?) -> IndicatorDirection {
        switch comparator {
        case .greater?, .greaterOrEqual?: return .atLeast
        case .less?, .lessOrEqual?: return .atMost
        case nil: return t > b ? .increase : t < b ? .decrease : .maintain
        }
    }

    static func isMaintain(direction: IndicatorDirection, baseline b: Decimal, target t: Decimal, comparator: TargetComparator?) -> Bool {
        if t == b { return true }
        switch direction {
        case .atLeast, .atMost: return isMet(value: b, target: t, direction: direction, comparator: comparator)
        case .increase, .decrease, .maintain: return direction == .maintain
        }
    }

    static func isMet(value v: Decimal, target t: Decimal, direction: IndicatorDirection, comparator: TargetComparator?) -> Bool {
        switch (direction, comparator) {
        case (.atLeast, .greater?): return v > t
        case (.atLeast, _): return v >= t
        case (.atMost, .less?): return v < t
        case (.atMost, _): return v <= t
        case (.increase, _): return v >= t
        case (.decrease, _): return v <= t
        case (.maintain, _): return v == t
        }
    }

    /// Compares p = (v−b)/(t−b) with 0.95·e and 0.6·e, e = elapsed/span, without division:
    /// with d = |t−b| and n = (v−b)·sign(t−b), p ≥ k·e ⇔ 100·n·span ≥ (100·k)·elapsed·d.
    static func progressStatus(value v: Decimal, baseline b: Decimal, target t: Decimal, elapsed: Decimal, span: Decimal) -> IndicatorStatus {
        let rising = t > b
        let d = rising ? t - b : b - t
        let n = rising ? v - b : b - v
        if n < 0 { return .regressing }
        let left = 100 * n * span
        if left >= 95 * elapsed * d { return .onTrack }
        if left >= 60 * elapsed * d { return .behind }
        return .offTrack
    }
}
