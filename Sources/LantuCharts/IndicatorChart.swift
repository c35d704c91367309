import LantuMarkdown
import LantuModel

/// The indicator page's chart: baseline, measured points with their values, the target as a
/// point (exact) or a threshold line (with a comparator), and the dashed expected path.
public enum IndicatorChart {
    public static let width = 640.0
    public static let height = 300.0

    /// Words the chart writes; the site passes them in its language.
    public struct Labels: Sendable {
        public let title: String
        public let description: String
        public let baseline: String
        public let target: String
        public let expected: String

        public init(title: String, description: String, baseline: String, target: String, expected: String) {
            self.title = title
            self.description = description
            self.baseline = baseline
            self.target = target
            self.expected = expected
        }
    }

    public static func svg(_ series: ChartSeries, labels: Labels) -> String {
        let margin = (left: 56.0, right: 24.0, top: 24.0, bottom: 36.0)
        let ticks = NiceTicks.ticks(min: series.allValues.min() ?? 0, max: series.allValues.max() ?? 0)
        let y = Scale(domain: (ticks.first ?? 0, ticks.last ?? 1), range: (height - margin.bottom, margin.top))
        let x = Scale(domain: (Double(series.firstYear), Double(series.lastYear)), range: (margin.left + 16, width - margin.right - 16))
        func point(_ year: Int, _ value: Double) -> String { "\(SVGFormat.number(x(Double(year)))),\(SVGFormat.number(y(value)))" }

        var svg = "<svg class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">"
        svg += "<title>\(labels.title.htmlEscaped)</title><desc>\(labels.description.htmlEscaped)</desc>"
        for tick in ticks {
            let ty = SVGFormat.number(y(tick))
            svg += "<line class=\"grid\" x1=\"\(SVGFormat.number(margin.left))\" y1=\"\(ty)\" x2=\"\(SVGFormat.number(width - margin.right))\" y2=\"\(ty)\"/>"
            svg += "<text class=\"tick\" x=\"\(SVGFormat.number(margin.left - 6))\" y=\"\(ty)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(SVGFormat.number(tick, decimals: 2))</text>"
        }
        for year in series.firstYear...series.lastYear {
            svg += "<text class=\"tick\" x=\"\(SVGFormat.number(x(Double(year))))\" y=\"\(SVGFormat.number(height - margin.bottom + 20))\" text-anchor=\"middle\">\(year)</text>"
        }
        svg += "<polyline class=\"expected\" points=\"\(point(series.baseline.year, series.baseline.value)) \(point(series.target.year, series.target.value))\"/>"
        svg += target(series, x: x, y: y, left: margin.left, right: width - margin.right, label: labels.target)
        let points = [series.baseline] + series.measured
        svg += "<polyline class=\"measured\" points=\"\(points.map { point($0.year, $0.value) }.joined(separator: " "))\"/>"
        for (index, p) in points.enumerated() {
            let cls = index == 0 ? "point baseline" : "point"
            svg += "<circle class=\"\(cls)\" cx=\"\(SVGFormat.number(x(Double(p.year))))\" cy=\"\(SVGFormat.number(y(p.value)))\" r=\"4\"/>"
            let text = index == 0 ? "\(labels.baseline) \(p.label)" : p.label
            svg += "<text class=\"value\" x=\"\(SVGFormat.number(x(Double(p.year))))\" y=\"\(SVGFormat.number(y(p.value) - 10))\" text-anchor=\"middle\">\(text.htmlEscaped)</text>"
        }
        return svg + "</svg>"
    }

    private static func target(_ series: ChartSeries, x: Scale, y: Scale, left: Double, right: Double, label: String) -> String {
        let tx = SVGFormat.number(x(Double(series.target.year)))
        let ty = SVGFormat.number(y(series.target.value))
        let text = "\(label) \(series.target.label)".htmlEscaped
        guard series.comparator != nil else {
            return "<rect class=\"target\" x=\"\(SVGFormat.number(x(Double(series.target.year)) - 5))\" y=\"\(SVGFormat.number(y(series.target.value) - 5))\" width=\"10\" height=\"10\"/>"
                + "<text class=\"target-label\" x=\"\(tx)\" y=\"\(SVGFormat.number(y(series.target.value) + 20))\" text-anchor=\"middle\">\(text)</text>"
        }
        return "<line class=\"threshold\" x1=\"\(SVGFormat.number(left))\" y1=\"\(ty)\" x2=\"\(SVGFormat.number(right))\" y2=\"\(ty)\"/>"
            + "<text class=\"target-label\" x=\"\(SVGFormat.number(right))\" y=\"\(SVGFormat.number(y(series.target.value) + 16))\" text-anchor=\"end\">\(text)</text>"
    }
}
