import LantuMarkdown

/// A bar split into counted segments (indicator statuses, task states). Each segment carries
/// its label in a `<title>`, can link to the list it counts, and the counts are also written
/// beside the bar, so nothing rests on colour alone.
public enum StackedBar {
    public struct Segment: Sendable, Equatable {
        /// CSS class suffix, such as a status code.
        public let code: String
        public let count: Int
        public let label: String
        public let href: String?

        public init(code: String, count: Int, label: String, href: String? = nil) {
            self.code = code
            self.count = count
            self.label = label
            self.href = href
        }
    }

    public static let width = 320.0
    public static let height = 18.0

    /// Zero counts draw nothing; an empty bar is drawn as its track.
    public static func svg(_ segments: [Segment], description: String, kind: String = "status") -> String {
        let total = segments.reduce(0) { $0 + max($1.count, 0) }
        var svg = "<svg class=\"stacked-bar \(kind.htmlEscaped)-bar\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" preserveAspectRatio=\"none\">"
        svg += "<title>\(description.htmlEscaped)</title><desc>\(description.htmlEscaped)</desc>"
        guard total > 0 else {
            return svg + "<rect class=\"bar-track\" x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\"/></svg>"
        }
        var x = 0.0
        for segment in segments where segment.count > 0 {
            let w = width * Double(segment.count) / Double(total)
            let rect = "<rect class=\"seg \(kind.htmlEscaped)-\(segment.code.htmlEscaped)\" x=\"\(SVGFormat.number(x))\" y=\"0\" width=\"\(SVGFormat.number(w))\" height=\"\(Int(height))\">"
                + "<title>\(segment.label.htmlEscaped) \(segment.count)</title></rect>"
            if let href = segment.href {
                svg += "<a href=\"\(href.htmlEscaped)\">\(rect)</a>"
            } else {
                svg += rect
            }
            x += w
        }
        return svg + "</svg>"
    }
}
