import Foundation
import FoundationXML
import Testing
@testable import LantuCharts

private func parses(_ svg: String) -> Bool {
    (try? XMLDocument(xmlString: svg)) != nil
}

private func numbers(in svg: String) -> [Double] {
    let regex = try! NSRegularExpression(pattern: #"(?:x|y|x1|x2|y1|y2|cx|cy|width|height)="(-?[0-9.]+)""#)
    return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap {
        Range($0.range(at: 1), in: svg).flatMap { Double(svg[$0]) }
    }
}

private let series = ChartSeries(
    baseline: .init(year: 2020, value: 12.03, label: "12.03"),
    measured: [.init(year: 2023, value: 12.12, label: "12.12")],
    target: .init(year: 2025, value: 12.3, label: "12.3"),
    comparator: nil
)

@Suite struct ChartTests {
    @Test func formatsNumbersWithoutLocaleOrNoise() {
        #expect(SVGFormat.number(12.300000000000001) == "12.3")
        #expect(SVGFormat.number(-0.04) == "0")
        #expect(SVGFormat.number(-1.25, decimals: 2) == "-1.25")
        #expect(SVGFormat.number(.nan) == "0")
        #expect(SVGFormat.number(.infinity) == "0")
        #expect(SVGFormat.number(4500) == "4500")
    }

    @Test func indicatorChartIsAccessibleAndStaysInItsBox() {
        let svg = IndicatorChart.svg(series, labels: .init(title: "劳动年龄<人口>", description: "b & t", baseline: "基期", target: "目标", expected: "应达"))
        #expect(parses(svg))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>劳动年龄&lt;人口&gt;</title>"))
        #expect(svg.contains("<desc>b &amp; t</desc>"))
        #expect(svg.contains(">目标 12.3</text>"))
        for value in numbers(in: svg) {
            #expect(value >= 0 && value <= IndicatorChart.width, "\(value) outside the chart")
        }
    }

    @Test func thresholdTargetsDrawALine() {
        let atLeast = ChartSeries(baseline: series.baseline, measured: [], target: series.target, comparator: .greaterOrEqual)
        let svg = IndicatorChart.svg(atLeast, labels: .init(title: "t", description: "d", baseline: "b", target: "t", expected: "e"))
        #expect(svg.contains("class=\"threshold\""))
        #expect(!svg.contains("class=\"target\""))
    }

    @Test func flatSeriesNeverDivideByZero() {
        let flat = ChartSeries(baseline: .init(year: 2020, value: 0), measured: [.init(year: 2021, value: 0)],
                               target: .init(year: 2020, value: 0), comparator: nil)
        for svg in [Sparkline.svg(flat, label: "x", description: "y"),
                    IndicatorChart.svg(flat, labels: .init(title: "t", description: "d", baseline: "b", target: "t", expected: "e"))] {
            #expect(parses(svg))
            #expect(svg.range(of: #"[=" ,](-?nan|-?inf)"#, options: [.regularExpression, .caseInsensitive]) == nil, "\(svg)")
        }
    }

    @Test func progressBarClampsAndMarksOverflow() {
        let over = ProgressBar.svg(progress: 1.4, expected: 0.6, description: "p")
        #expect(over.contains("width=\"112\""))
        #expect(over.contains("bar-overflow"))
        let under = ProgressBar.svg(progress: -0.2, expected: 0.6, description: "p")
        #expect(under.contains("class=\"bar-fill\" x=\"4\" y=\"3\" width=\"0\""))
        #expect(under.contains("bar-overflow"))
        #expect(!ProgressBar.svg(progress: 0.5, expected: 0.6, description: "p").contains("bar-overflow"))
    }

    @Test func niceTicksCoverTheRange() {
        let ticks = NiceTicks.ticks(min: 12.03, max: 12.3)
        #expect(ticks.first! <= 12.03 && ticks.last! >= 12.3)
        #expect(NiceTicks.ticks(min: 5, max: 5).count >= 2)
    }
}
