import Foundation
import LantuModel

/// The numbers of an indicator that charts draw: baseline, measurements and target.
public struct ChartSeries: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public let year: Int
        public let value: Double
        /// The value as written, for labels (`440万`).
        public let label: String
    }

    public let baseline: Point
    public let measured: [Point]
    public let target: Point
    public let comparator: TargetComparator?
    /// The plan's targets for years before the final one, oldest first.
    public let interim: [Point]

    /// nil when baseline or target is not a number: text indicators are not charted.
    public init?(_ indicator: Indicator) {
        guard let b = indicator.baseline?.number, let t = indicator.target?.number else { return nil }
        baseline = Point(year: indicator.baselineYear, value: b.doubleValue, label: indicator.baseline!.raw)
        target = Point(year: indicator.targetYear, value: t.doubleValue, label: indicator.target!.raw)
        comparator = indicator.target?.comparator
        measured = indicator.measurements.compactMap { m in
            guard m.year > indicator.baselineYear, let v = m.value.number else { return nil }
            return Point(year: m.year, value: v.doubleValue, label: m.value.raw)
        }
        interim = indicator.interimTargets.compactMap { i in
            i.value.number.map { Point(year: i.year, value: $0.doubleValue, label: i.value.raw) }
        }
    }

    public init(baseline: Point, measured: [Point], target: Point, comparator: TargetComparator?, interim: [Point] = []) {
        self.baseline = baseline
        self.measured = measured
        self.target = target
        self.comparator = comparator
        self.interim = interim
    }

    var allValues: [Double] { [baseline.value, target.value] + measured.map(\.value) + interim.map(\.value) }
    var firstYear: Int { baseline.year }
    var lastYear: Int { max(target.year, measured.map(\.year).max() ?? target.year) }
}

extension ChartSeries.Point {
    public init(year: Int, value: Double, label: String? = nil) {
        self.year = year
        self.value = value
        self.label = label ?? SVGFormat.number(value, decimals: 2)
    }
}
