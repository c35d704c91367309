import Foundation

extension Decimal {
    /// The nearest Double, for growth rates and drawing: the linear rule never computes with it.
    public var doubleValue: Double { NSDecimalNumber(decimal: self).doubleValue }
}

/// The numbers behind a numeric indicator's status, so a reader can check them by hand.
public struct IndicatorProgress: Hashable, Sendable {
    public let direction: IndicatorDirection
    /// True when the target only asks to keep a level the baseline already meets.
    public let isMaintainType: Bool
    /// The latest measurement after the baseline year, if any.
    public let latestYear: Int?
    public let latest: Decimal?
    /// Linear: p = (v − b) / (t − b). Growth ratio: observed ÷ required annual growth.
    /// nil for maintain-type indicators or without a measurement.
    public let progress: Decimal?
    /// Linear: e = min(1, (y − B) / (T − B)), or (t_y − b) / (t − b) when year y has an
    /// interim target t_y. Growth ratio: 1. nil without a measurement.
    public let expected: Decimal?
    /// The year whose interim target gave `expected`; nil when it is the linear share of time.
    public let interimYear: Int?
    public let status: IndicatorStatus
    public let method: ProgressMethod
    /// The growth-ratio method's rates; nil under the linear rule.
    public let growthRates: GrowthRates?
}

/// Observed and required compound annual growth rates (0.05 is 5 % a year).
public struct GrowthRates: Hashable, Sendable {
    public let observed: Double
    public let required: Double
}

/// How progress-type indicators are judged (`progress:` in site.yml).
public enum ProgressMethod: String, Sendable, Hashable, CaseIterable {
    /// SPEC §3: achieved share against the linearly expected share.
    case linear
    /// Open SDG / Statistics Canada: observed compound annual growth rate ÷ required rate.
    case cagr
}

extension IndicatorProgress {
    /// Applies SPEC §3 with exact decimal arithmetic: cut-offs are compared by
    /// cross-multiplying, never through a rounded quotient.
    ///
    /// Returns nil when baseline or target is missing or not a number: such an indicator has no status.
    public static func evaluate(
        baseline: IndicatorValue?, baselineYear: Int,
        target: IndicatorValue?, targetYear: Int,
        measurements: [(year: Int, value: Decimal)],
        method: ProgressMethod = .linear,
        interimTargets: [(year: Int, value: Decimal)] = []
    ) -> IndicatorProgress? {
        guard let b = baseline?.number, let t = target?.number else { return nil }
        let comparator = target?.comparator
        let direction = direction(baseline: b, target: t, comparator: comparator)
        let maintain = isMaintain(direction: direction, baseline: b, target: t, comparator: comparator)
        guard let last = measurements.filter({ $0.year > baselineYear }).max(by: { $0.year < $1.year }) else {
            return IndicatorProgress(direction: direction, isMaintainType: maintain, latestYear: nil, latest: nil,
                                     progress: nil, expected: nil, interimYear: nil, status: .noData, method: method, growthRates: nil)
        }
        let v = last.value
        let span = Decimal(max(targetYear - baselineYear, 1))
        let elapsed = Decimal(last.year - baselineYear)
        let expected = min(1, elapsed / span)
        let met = isMet(value: v, target: t, direction: direction, comparator: comparator)
        if method == .cagr, !maintain, let rates = growthRates(baseline: b, latest: v, target: t, elapsed: last.year - baselineYear,
                                                             span: targetYear - baselineYear) {
            let ratio = rates.observed / rates.required
            let status: IndicatorStatus = met ? .achieved : ratio >= 0.95 ? .onTrack : ratio >= 0.6 ? .behind : ratio >= 0 ? .offTrack : .regressing
            return IndicatorProgress(direction: direction, isMaintainType: false, latestYear: last.year, latest: v,
                                     progress: Decimal(ratio), expected: 1, interimYear: nil, status: status, method: .cagr, growthRates: rates)
        }
        let progress: Decimal? = maintain || t == b ? nil : (v - b) / (t - b)
        // An interim target for the latest year says how far the plan meant to be by then:
        // e = (t_y − b) / (t − b), kept within 0…1, as a fraction so the cut-offs stay exact.
        let interim = maintain ? nil : interimTargets.last { $0.year == last.year }
        var share = (part: min(elapsed, span), whole: span)
        if let interim {
            let whole = t > b ? t - b : b - t
            share = (max(0, min(t > b ? interim.value - b : b - interim.value, whole)), whole)
        }
        let status: IndicatorStatus
        if met {
            status = .achieved
        } else if maintain {
            status = .notMet
        } else {
            status = progressStatus(value: v, baseline: b, target: t, elapsed: share.part, span: share.whole)
        }
        return IndicatorProgress(direction: direction, isMaintainType: maintain, latestYear: last.year, latest: v,
                                 progress: progress, expected: interim == nil ? expected : share.part / share.whole,
                                 interimYear: interim?.year, status: status, method: .linear, growthRates: nil)
    }

    /// Compound annual growth rates, zeros replaced by 0.001 as Open SDG does. nil where the
    /// method cannot apply (a negative value, no elapsed year, no required growth), and the
    /// linear rule judges instead.
    static func growthRates(baseline: Decimal, latest: Decimal, target: Decimal, elapsed: Int, span: Int) -> GrowthRates? {
        func positive(_ value: Decimal) -> Double? {
            let x = value.doubleValue
            return x == 0 ? 0.001 : x > 0 ? x : nil
        }
        guard elapsed > 0, span > 0, let b = positive(baseline), let v = positive(latest), let t = positive(target) else { return nil }
        let observed = pow(v / b, 1 / Double(elapsed)) - 1
        let required = pow(t / b, 1 / Double(span)) - 1
        guard required != 0, observed.isFinite, required.isFinite else { return nil }
        return GrowthRates(observed: observed, required: required)
    }
}

extension IndicatorProgress {
    /// Which way the target points (SPEC §3), also used to say whether a change is for the better.
    static func direction(baseline b: Decimal, target t: Decimal, comparator: TargetComparator?) -> IndicatorDirection {
        switch comparator {
        case .greater?, .greaterOrEqual?: return .atLeast
        case .less?, .lessOrEqual?: return .atMost
        case nil: return t > b ? .increase : t < b ? .decrease : .maintain
        }
    }
}

private extension IndicatorProgress {
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
