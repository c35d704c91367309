import LantuMarkdown

/// A small line of an indicator's series for table rows: baseline and measurements joined,
/// the target as a hollow mark at the target year.
public enum Sparkline {
    public static let width = 120.0
    public static let height = 28.0

    /// `label` names the indicator in the chart's title; `description` states its numbers.
    public static func svg(_ series: ChartSeries, label: String, description: String) -> String {
        let pad = 4.0
        let x = Scale(domain: (Double(series.firstYear), Double(series.lastYear)), range: (pad, width - pad))
        let values = series.allValues
        let y = Scale(domain: (values.min() ?? 0, values.max() ?? 0), range: (height - pad, pad))
        let line = ([series.baseline] + series.measured).map { "\(SVGFormat.number(x(Double($0.year)))),\(SVGFormat.number(y($0.value)))" }
        let last = series.measured.last ?? series.baseline
        var svg = "<svg class=\"sparkline\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        svg += "<title>\(label.htmlEscaped)</title><desc>\(description.htmlEscaped)</desc>"
        let tx = SVGFormat.number(x(Double(series.target.year)))
        let ty = SVGFormat.number(y(series.target.value))
        svg += "<line class=\"spark-target-line\" x1=\"\(SVGFormat.number(pad))\" y1=\"\(ty)\" x2=\"\(SVGFormat.number(width - pad))\" y2=\"\(ty)\"/>"
        svg += "<polyline class=\"spark-line\" points=\"\(line.joined(separator: " "))\"/>"
        svg += "<circle class=\"spark-target\" cx=\"\(tx)\" cy=\"\(ty)\" r=\"2.5\"/>"
        svg += "<circle class=\"spark-last\" cx=\"\(SVGFormat.number(x(Double(last.year))))\" cy=\"\(SVGFormat.number(y(last.value)))\" r=\"2.5\"/>"
        return svg + "</svg>"
    }
}
