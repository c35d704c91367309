import Foundation
import Testing
@testable import LantuCharts

/// No two texts of an indicator chart overlap: axis labels, values, targets, status and legend
/// each keep their own space, at the desktop and the phone width.
@Suite struct LabelPlacementTests {
    struct Text {
        let className: String
        let content: String
        let box: TextBox
    }

    /// The drawing's texts with their boxes, read back from the SVG it wrote.
    static func texts(_ svg: String) -> [Text] {
        let pattern = /<text class="([^"]+)" x="([^"]+)" y="([^"]+)" text-anchor="([^"]+)">([^<]*)<\/text>/
        return svg.matches(of: pattern).map { match in
            let content = String(match.5).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
            let size = match.1 == "status-text" ? 14.0 : 12.0
            let box = TextBox(content, x: Double(match.2)!, y: Double(match.3)!, anchor: TextAnchor(rawValue: String(match.4))!, size: size)
            return Text(className: String(match.1), content: content, box: box)
        }
    }

    static func overlaps(_ svg: String) -> [String] {
        let texts = texts(svg)
        var found: [String] = []
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] where a.box.overlap(b.box) > 0 {
                found.append("\"\(a.content)\" and \"\(b.content)\"")
            }
        }
        return found
    }

    /// The site's myopia indicator: a baseline of 53.5% beside the "54%" axis label.
    static let myopia = ChartSeries(baseline: GoldenCharts.point(2020, 53.5),
                                    measured: [GoldenCharts.point(2021, 53.2), GoldenCharts.point(2022, 53.9), GoldenCharts.point(2023, 54.1)],
                                    target: GoldenCharts.point(2025, 48.5), comparator: nil)

    @Test(arguments: [IndicatorChart.width, IndicatorChart.narrowWidth])
    func theBaselineLabelClearsTheAxisLabels(width: Double) {
        let svg = IndicatorChart.svg(Self.myopia, labels: labels, style: .chinese, unit: "%", width: width)
        #expect(Self.overlaps(svg).isEmpty, "\(Self.overlaps(svg))")
        let texts = Self.texts(svg)
        let baseline = texts.first { $0.content.hasPrefix("基期") }!
        let axis = texts.filter { $0.className == "tick" && $0.content.hasSuffix("%") }
        #expect(axis.contains { $0.content == "54%" })
        #expect(axis.allSatisfy { baseline.box.left >= $0.box.right }, "the baseline label sits in the axis column")
    }

    @Test(arguments: GoldenCharts.cases.keys.sorted())
    func noTwoTextsOverlap(name: String) {
        let series = GoldenCharts.cases[name]!
        for width in [IndicatorChart.width, IndicatorChart.narrowWidth] {
            let svg = IndicatorChart.svg(series, labels: labels, style: .chinese, unit: name == "large" ? nil : "%", width: width)
            #expect(Self.overlaps(svg).isEmpty, "\(name) at \(width): \(Self.overlaps(svg))")
        }
    }

    @Test func aLabelMovesAsideForWhatIsAlreadyDrawn() {
        var layout = LabelLayout(width: 200, height: 100)
        layout.reserve(TextBox("54%", x: 40, y: 50, anchor: .end, size: 12))
        let above = LabelLayout.Position(x: 50, y: 50, anchor: .middle)
        let aside = LabelLayout.Position(x: 46, y: 50, anchor: .start)
        #expect(layout.place("基期 53.5%", size: 12, at: [above, aside]) == aside)
        // The next label cannot take the same place, and none is free: it takes the least crowded.
        let crowded = LabelLayout.Position(x: 48, y: 52, anchor: .start)
        let farther = LabelLayout.Position(x: 60, y: 58, anchor: .start)
        #expect(layout.place("目标 48.5%", size: 12, at: [crowded, farther]) == farther)
    }

    @Test func chineseCharactersAreWiderThanDigits() {
        #expect(TextBox.width(of: "基期", size: 12) == 24)
        #expect(TextBox.width(of: "53.5%", size: 12) < TextBox.width(of: "五十三点五", size: 12))
    }
}
