import LantuMarkdown
import LantuModel

/// The indicator page's chart: baseline, measured points with their values, the target as a
/// point (exact) or a threshold with a shaded band (with a comparator), the dashed expected
/// path, the status in words, and a legend.
public enum IndicatorChart {
    /// The desktop drawing's width; phones get `narrowWidth`, so text stays readable when scaled.
    public static let width = 640.0
    public static let narrowWidth = 360.0
    public static let height = 330.0

    /// Words the chart writes; the site passes them in its language.
    public struct Labels: Sendable {
        public let title: String
        public let description: String
        public let baseline: String
        public let target: String
        public let expected: String
        public let measured: String
        public let status: String?

        public init(title: String, description: String, baseline: String, target: String, expected: String,
                    measured: String, status: String?) {
            self.title = title
            self.description = description
            self.baseline = baseline
            self.target = target
            self.expected = expected
            self.measured = measured
            self.status = status
        }
    }

    public static func svg(_ series: ChartSeries, labels: Labels, style: NumberStyle, unit: String?, width: Double = width) -> String {
        Drawing(width: width).svg(series, labels: labels, style: style, unit: unit)
    }
}

/// One drawing at one width; every position follows from the width.
private struct Drawing {
    let width: Double
    var height: Double { IndicatorChart.height }
    var plot: (left: Double, right: Double, top: Double, bottom: Double) {
        (left: width < 500 ? 52 : 64, right: width - 16, top: 40, bottom: 270)
    }

    /// Font sizes the theme's stylesheet gives each kind of text; labels are kept apart by them.
    static let textSize = 12.0
    static let statusSize = 14.0

    func svg(_ series: ChartSeries, labels: IndicatorChart.Labels, style: NumberStyle, unit: String?) -> String {
        let ticks = NiceTicks.ticks(min: series.allValues.min() ?? 0, max: series.allValues.max() ?? 0)
        let y = Scale(domain: (ticks.first ?? 0, ticks.last ?? 1), range: (plot.bottom, plot.top))
        let x = Scale(domain: (Double(series.firstYear), Double(series.lastYear)), range: (plot.left + 20, plot.right - 28))
        let points = [series.baseline] + series.measured
        // Axis labels, legend, status and marks are drawn where they belong; the labels of the
        // values and targets then go where they collide with none of them nor with each other.
        var layout = LabelLayout(width: width, height: height)
        let axes = axes(ticks: ticks, years: series.firstYear...series.lastYear, x: x, y: y, style: style, unit: unit, layout: &layout)
        let legend = legend(labels, layout: &layout)
        var status = ""
        if let text = labels.status {
            status = text_(class: "status-text", .init(x: plot.right, y: 20, anchor: .end), text, size: Self.statusSize, layout: &layout)
        }
        for point in points { layout.reserve(TextBox(around: x(Double(point.year)), y(point.value), radius: 5)) }
        for point in series.interim + (series.comparator == nil ? [series.target] : []) {
            layout.reserve(TextBox(around: x(Double(point.year)), y(point.value), radius: 6))
        }

        var svg = "<svg class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">"
        svg += "<title>\(labels.title.htmlEscaped)</title><desc>\(labels.description.htmlEscaped)</desc>"
        svg += axes
        svg += target(series, x: x, y: y, label: labels.target, layout: &layout)
        // The expected path runs through the plan's interim targets where it sets them.
        let planned = [series.baseline] + series.interim + [series.target]
        svg += path(class: "expected", planned.map { ($0.year, $0.value) }, x: x, y: y)
        for point in series.interim {
            let (ix, iy) = (x(Double(point.year)), y(point.value))
            svg += "<rect class=\"target interim\" x=\"\(SVGFormat.number(ix - 4))\" y=\"\(SVGFormat.number(iy - 4))\" width=\"8\" height=\"8\"/>"
            svg += label(class: "target-label", "\(labels.target) \(withUnit(point.label, unit))", below: true, x: ix, y: iy, layout: &layout)
        }
        svg += path(class: "measured", points.map { ($0.year, $0.value) }, x: x, y: y)
        for (index, point) in points.enumerated() {
            let cx = x(Double(point.year))
            let cy = y(point.value)
            svg += "<circle class=\"point\(index == 0 ? " baseline" : "")\" cx=\"\(SVGFormat.number(cx))\" cy=\"\(SVGFormat.number(cy))\" r=\"4\"/>"
            let text = (index == 0 ? labels.baseline + " " : "") + withUnit(point.label, unit)
            svg += label(class: "value", text, below: false, x: cx, y: cy, layout: &layout)
        }
        return svg + status + legend + "</svg>"
    }
}

private extension Drawing {
    func axes(ticks: [Double], years: ClosedRange<Int>, x: Scale, y: Scale, style: NumberStyle, unit: String?,
              layout: inout LabelLayout) -> String {
        var svg = ""
        for tick in ticks {
            let ty = y(tick)
            svg += "<line class=\"grid\" x1=\"\(SVGFormat.number(plot.left))\" y1=\"\(SVGFormat.number(ty))\" x2=\"\(SVGFormat.number(plot.right))\" y2=\"\(SVGFormat.number(ty))\"/>"
            svg += text_(class: "tick", .init(x: plot.left - 6, y: ty + 4, anchor: .end), ValueFormat.compact(tick, style: style, unit: unit), layout: &layout)
        }
        let step = max(1, (years.count + 9) / (width < 500 ? 6 : 10))
        for year in years where (year - years.lowerBound) % step == 0 || year == years.upperBound {
            svg += text_(class: "tick", .init(x: x(Double(year)), y: plot.bottom + 20, anchor: .middle), String(year), layout: &layout)
        }
        return svg
    }

    /// An exact target is a square at its year; a bound is a dotted threshold with the
    /// side that meets it shaded, labelled at the right on the side that meets it if it can.
    func target(_ series: ChartSeries, x: Scale, y: Scale, label word: String, layout: inout LabelLayout) -> String {
        let tx = x(Double(series.target.year))
        let ty = y(series.target.value)
        let text = "\(word) \(series.target.label)"
        let above = LabelLayout.Position(x: plot.right - 4, y: ty - 6, anchor: .end)
        let below = LabelLayout.Position(x: plot.right - 4, y: ty + 16, anchor: .end)
        let leftAbove = LabelLayout.Position(x: plot.left + 4, y: ty - 6, anchor: .start)
        let leftBelow = LabelLayout.Position(x: plot.left + 4, y: ty + 16, anchor: .start)
        switch series.comparator {
        case nil:
            return "<rect class=\"target\" x=\"\(SVGFormat.number(tx - 5))\" y=\"\(SVGFormat.number(ty - 5))\" width=\"10\" height=\"10\"/>"
                + label(class: "target-label", text, below: true, x: tx, y: ty, layout: &layout)
        case .greater?, .greaterOrEqual?:
            return band(from: plot.top, to: ty) + threshold(ty)
                + text_(class: "target-label", layout.place(text, size: Self.textSize, at: [above, below, leftAbove, leftBelow]), text)
        case .less?, .lessOrEqual?:
            return band(from: ty, to: plot.bottom) + threshold(ty)
                + text_(class: "target-label", layout.place(text, size: Self.textSize, at: [below, above, leftBelow, leftAbove]), text)
        }
    }

    /// A point's label: centred above (or below) it, else shifted to one side, else beside it.
    func label(class name: String, _ text: String, below: Bool, x: Double, y: Double, layout: inout LabelLayout) -> String {
        let over = y - 10, under = y + 20
        let vertical = below ? [under, over] : [over, under]
        var candidates: [LabelLayout.Position] = []
        for baseline in vertical {
            candidates += [.init(x: x, y: baseline, anchor: .middle), .init(x: x - 6, y: baseline, anchor: .start),
                           .init(x: x + 6, y: baseline, anchor: .end)]
        }
        candidates += [.init(x: x + 9, y: y + 4, anchor: .start), .init(x: x - 9, y: y + 4, anchor: .end)]
        return text_(class: name, layout.place(text, size: Self.textSize, at: candidates), text)
    }

    func band(from top: Double, to bottom: Double) -> String {
        "<rect class=\"target-band\" x=\"\(SVGFormat.number(plot.left))\" y=\"\(SVGFormat.number(top))\" width=\"\(SVGFormat.number(plot.right - plot.left))\" height=\"\(SVGFormat.number(max(bottom - top, 0)))\"/>"
    }

    func threshold(_ ty: Double) -> String {
        "<line class=\"threshold\" x1=\"\(SVGFormat.number(plot.left))\" y1=\"\(SVGFormat.number(ty))\" x2=\"\(SVGFormat.number(plot.right))\" y2=\"\(SVGFormat.number(ty))\"/>"
    }

    func path(class name: String, _ points: [(Int, Double)], x: Scale, y: Scale) -> String {
        let coordinates = points.map { "\(SVGFormat.number(x(Double($0.0)))),\(SVGFormat.number(y($0.1)))" }
        return "<polyline class=\"\(name)\" points=\"\(coordinates.joined(separator: " "))\"/>"
    }

    func legend(_ labels: IndicatorChart.Labels, layout: inout LabelLayout) -> String {
        let y = height - 12
        var svg = "<g class=\"legend\">"
        svg += "<line class=\"measured\" x1=\"\(SVGFormat.number(plot.left))\" y1=\"\(SVGFormat.number(y - 4))\" x2=\"\(SVGFormat.number(plot.left + 24))\" y2=\"\(SVGFormat.number(y - 4))\"/>"
        svg += text_(class: "legend-text", .init(x: plot.left + 30, y: y, anchor: .start), labels.measured, layout: &layout)
        let step = (plot.right - plot.left) / 3
        svg += "<line class=\"expected\" x1=\"\(SVGFormat.number(plot.left + step))\" y1=\"\(SVGFormat.number(y - 4))\" x2=\"\(SVGFormat.number(plot.left + step + 24))\" y2=\"\(SVGFormat.number(y - 4))\"/>"
        svg += text_(class: "legend-text", .init(x: plot.left + step + 30, y: y, anchor: .start), labels.expected, layout: &layout)
        svg += "<rect class=\"target\" x=\"\(SVGFormat.number(plot.left + 2 * step))\" y=\"\(SVGFormat.number(y - 9))\" width=\"10\" height=\"10\"/>"
        svg += text_(class: "legend-text", .init(x: plot.left + 2 * step + 16, y: y, anchor: .start), labels.target, layout: &layout)
        return svg + "</g>"
    }

    func withUnit(_ label: String, _ unit: String?) -> String {
        unit == "%" && !label.hasSuffix("%") ? label + "%" : label
    }

    func text_(class name: String, _ position: LabelLayout.Position, _ text: String) -> String {
        "<text class=\"\(name)\" x=\"\(SVGFormat.number(position.x))\" y=\"\(SVGFormat.number(position.y))\" text-anchor=\"\(position.anchor.rawValue)\">\(text.htmlEscaped)</text>"
    }

    /// Text drawn where it belongs, reserved so that no label is placed over it.
    func text_(class name: String, _ position: LabelLayout.Position, _ text: String, size: Double = Drawing.textSize,
               layout: inout LabelLayout) -> String {
        layout.reserve(TextBox(text, x: position.x, y: position.y, anchor: position.anchor, size: size))
        return text_(class: name, position, text)
    }
}
