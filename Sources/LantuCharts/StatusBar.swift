import LantuMarkdown

/// A stacked bar of how many indicators are in each status; the counts are also listed as
/// text beside it, so status never rests on colour alone.
public enum StatusBar {
    public static let width = 320.0
    public static let height = 18.0

    /// `segments` are (status code, count) in display order; zero counts draw nothing.
    public static func svg(_ segments: [(code: String, count: Int)], description: String) -> String {
        let total = segments.reduce(0) { $0 + $1.count }
        var svg = "<svg class=\"status-bar\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" preserveAspectRatio=\"none\">"
        svg += "<title>\(description.htmlEscaped)</title><desc>\(description.htmlEscaped)</desc>"
        guard total > 0 else {
            return svg + "<rect class=\"bar-track\" x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\"/></svg>"
        }
        var x = 0.0
        for segment in segments where segment.count > 0 {
            let w = width * Double(segment.count) / Double(total)
            svg += "<rect class=\"seg status-\(segment.code.htmlEscaped)\" x=\"\(SVGFormat.number(x))\" y=\"0\" width=\"\(SVGFormat.number(w))\" height=\"\(Int(height))\"/>"
            x += w
        }
        return svg + "</svg>"
    }
}
