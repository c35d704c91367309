import LantuMarkdown

/// Achieved share p against expected share e in one bar, clamped to the bar, with an
/// overflow mark when p is above 1 or below 0.
public enum ProgressBar {
    public static let width = 120.0
    public static let height = 14.0

    public static func svg(progress p: Double, expected e: Double, description: String) -> String {
        let clamped = min(max(p.isFinite ? p : 0, 0), 1)
        let expected = min(max(e.isFinite ? e : 0, 0), 1)
        let inner = width - 8
        var svg = "<svg class=\"progress-bar\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        svg += "<title>\(description.htmlEscaped)</title><desc>\(description.htmlEscaped)</desc>"
        svg += "<rect class=\"bar-track\" x=\"4\" y=\"3\" width=\"\(SVGFormat.number(inner))\" height=\"8\" rx=\"2\"/>"
        svg += "<rect class=\"bar-fill\" x=\"4\" y=\"3\" width=\"\(SVGFormat.number(inner * clamped))\" height=\"8\" rx=\"2\"/>"
        let ex = SVGFormat.number(4 + inner * expected)
        svg += "<line class=\"bar-expected\" x1=\"\(ex)\" y1=\"0\" x2=\"\(ex)\" y2=\"\(Int(height))\"/>"
        if p > 1 {
            svg += "<path class=\"bar-overflow\" d=\"M\(SVGFormat.number(width - 4)) 3 L\(SVGFormat.number(width)) 7 L\(SVGFormat.number(width - 4)) 11 Z\"/>"
        } else if p < 0 {
            svg += "<path class=\"bar-overflow\" d=\"M4 3 L0 7 L4 11 Z\"/>"
        }
        return svg + "</svg>"
    }
}
