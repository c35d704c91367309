import LantuModel
import Foundation
import PropertyBased
import Testing
@testable import LantuCharts

/// Random series never produce NaN, infinity, marks outside the view box, or broken XML.
@Suite struct ChartPropertyTests {
    static let value = Gen.double(in: -1e7...1e7)
    static let year = Gen.int(in: 2021...2032)

    func check(_ svg: String, width: Double, height: Double) {
        #expect(parses(svg), "\(svg)")
        for (name, text) in coordinates(in: svg) {
            let number = Double(text)
            #expect(number != nil && number!.isFinite, "\(name)=\(text)")
            guard let number else { continue }
            let limit = ["x", "x1", "x2", "cx", "width"].contains(name) ? width : height
            #expect(number >= 0 && number <= limit, "\(name)=\(text) outside 0…\(limit)")
        }
        let points = svg.components(separatedBy: "points=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        for list in points {
            for pair in list.split(separator: " ") {
                let xy = pair.split(separator: ",").compactMap { Double($0) }
                #expect(xy.count == 2 && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height, "point \(pair)")
            }
        }
    }

    @Test func indicatorChartsStayInsideTheirBox() async {
        await propertyCheck(count: 200, input: Self.value, Self.value, Self.value.array(of: 0...6), Self.year.array(of: 6)) { b, t, values, years in
            let measured = zip(years, values).map { ChartSeries.Point(year: $0, value: $1) }
            let series = ChartSeries(baseline: .init(year: 2020, value: b), measured: measured, target: .init(year: 2025, value: t),
                                     comparator: [nil, .greaterOrEqual, .less][Int(abs(b).truncatingRemainder(dividingBy: 3))])
            check(IndicatorChart.svg(series, labels: labels, style: .chinese, unit: "%"), width: IndicatorChart.width, height: IndicatorChart.height)
            check(IndicatorChart.svg(series, labels: labels, style: .western, unit: nil, width: IndicatorChart.narrowWidth),
                  width: IndicatorChart.narrowWidth, height: IndicatorChart.height)
            check(Sparkline.svg(series, label: "x", description: "y"), width: Sparkline.width, height: Sparkline.height)
        }
    }

    @Test func barsStayInsideTheirBox() async {
        await propertyCheck(count: 200, input: Gen.double(in: -10...10), Gen.double(in: -1...2), Gen.int(in: 0...50).array(of: 7)) { p, e, counts in
            check(ProgressBar.svg(progress: p, expected: e, description: "d"), width: ProgressBar.width, height: ProgressBar.height)
            let segments = counts.enumerated().map { StackedBar.Segment(code: "s\($0.offset)", count: $0.element, label: "l") }
            check(StackedBar.svg(segments, description: "d"), width: StackedBar.width, height: StackedBar.height)
        }
    }
}
