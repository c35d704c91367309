import Foundation
import FoundationXML
import Testing
@testable import LantuCharts

func parses(_ svg: String) -> Bool {
    (try? XMLDocument(xmlString: svg)) != nil
}

/// Every coordinate-like attribute value in `svg`.
func coordinates(in svg: String) -> [(name: String, value: String)] {
    let regex = try! NSRegularExpression(pattern: #" (x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)""#)
    return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map {
        (String(svg[Range($0.range(at: 1), in: svg)!]), String(svg[Range($0.range(at: 2), in: svg)!]))
    }
}

let labels = IndicatorChart.Labels(title: "劳动年龄<人口>", description: "b & t", baseline: "基期", target: "目标",
                                   expected: "应达进度", measured: "实测值", status: "状态：明显滞后")

@Suite struct ChartTests {
    @Test func formatsNumbersWithoutLocaleOrNoise() {
        #expect(SVGFormat.number(12.300000000000001) == "12.3")
        #expect(SVGFormat.number(-0.04) == "0")
        #expect(SVGFormat.number(-1.25, decimals: 2) == "-1.25")
        #expect(SVGFormat.number(.nan) == "0")
        #expect(SVGFormat.number(.infinity) == "0")
        #expect(SVGFormat.number(4500) == "4500")
    }

    @Test func abbreviatesLargeValuesForTheSitesLanguage() {
        #expect(ValueFormat.compact(3_500_000, style: .chinese) == "350万")
        #expect(ValueFormat.compact(120_000_000, style: .chinese) == "1.2亿")
        #expect(ValueFormat.compact(4500, style: .chinese) == "4500")
        #expect(ValueFormat.compact(3_500_000, style: .western) == "3,500,000")
        #expect(ValueFormat.compact(-1234.5, style: .western) == "-1,234.5")
        #expect(ValueFormat.compact(92.5, style: .chinese, unit: "%") == "92.5%")
    }

    @Test func indicatorChartIsAccessibleAndEscapesItsWords() {
        let svg = IndicatorChart.svg(GoldenCharts.cases["increase"]!, labels: labels, style: .chinese, unit: "年")
        #expect(parses(svg))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>劳动年龄&lt;人口&gt;</title>"))
        #expect(svg.contains("<desc>b &amp; t</desc>"))
        #expect(svg.contains(">状态：明显滞后</text>"))
    }

    @Test func boundTargetsDrawAThresholdAndShadeTheSideThatMeetsIt() {
        let atLeast = IndicatorChart.svg(GoldenCharts.cases["at-least"]!, labels: labels, style: .chinese, unit: "%")
        #expect(atLeast.contains("class=\"threshold\"") && atLeast.contains("class=\"target-band\""))
        #expect(atLeast.contains(">目标 &gt;99</text>"))
        let exact = IndicatorChart.svg(GoldenCharts.cases["increase"]!, labels: labels, style: .chinese, unit: nil)
        #expect(!exact.contains("class=\"threshold\""))
    }

    @Test func progressBarClampsAndMarksOverflow() {
        let over = ProgressBar.svg(progress: 1.4, expected: 0.6, description: "p")
        #expect(over.contains("class=\"bar-fill\" x=\"4\" y=\"3\" width=\"112\""))
        #expect(over.contains("bar-overflow"))
        let under = ProgressBar.svg(progress: -0.2, expected: 0.6, description: "p")
        #expect(under.contains("class=\"bar-fill\" x=\"4\" y=\"3\" width=\"0\""))
        #expect(under.contains("bar-overflow"))
        #expect(!ProgressBar.svg(progress: 0.5, expected: 0.6, description: "p").contains("bar-overflow"))
    }

    @Test func stackedBarSegmentsLinkToTheirListsAndNameThemselves() {
        let svg = StackedBar.svg([.init(code: "behind", count: 2, label: "略有滞后", href: "plan.html#status-behind"),
                                  .init(code: "achieved", count: 0, label: "已达成")], description: "略有滞后 2")
        #expect(parses(svg))
        #expect(svg.contains("<a href=\"plan.html#status-behind\"><rect class=\"seg status-behind\" x=\"0\" y=\"0\" width=\"320\""))
        #expect(svg.contains("<title>略有滞后 2</title></rect>"))
        #expect(!svg.contains("status-achieved"))
    }

    @Test func ganttMarksOverdueTasksAndDoneMilestones() {
        let svg = GoldenCharts.gantt
        #expect(parses(svg))
        #expect(svg.contains("class=\"bar task-not-started overdue\""))
        #expect(svg.contains(">!</text>"))
        #expect(svg.contains("class=\"milestone done\""))
        #expect(svg.contains("class=\"as-of\""))
        #expect(svg.contains(">1.推进学前教育普及普惠安全优质发展并建立…<"))
        for (name, text) in coordinates(in: svg) {
            let value = Double(text) ?? -1
            #expect(value >= 0 && value <= Gantt.width, "\(name)=\(text)")
        }
    }

    @Test func niceTicksCoverTheRange() {
        let ticks = NiceTicks.ticks(min: 12.03, max: 12.3)
        #expect(ticks.first! <= 12.03 && ticks.last! >= 12.3)
        #expect(NiceTicks.ticks(min: 5, max: 5).count >= 2)
    }
}
