import LantuMarkdown
import LantuModel

/// The roadmap: a Gantt chart of tasks and dated milestones over a plan period, grouped by
/// chapter, with an "as of" line. Overdue bars carry a mark, done milestones are filled.
public enum Gantt {
    public struct Row: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A chapter heading: a label, no bar.
            case group
            case task(start: PlanDate?, end: PlanDate?, state: String, overdue: Bool)
        }

        public struct Milestone: Sendable, Equatable {
            public let date: PlanDate
            public let done: Bool
            /// Past its date and not done: drawn with a mark, not by colour alone (the label says so too).
            public let overdue: Bool
            public let label: String

            public init(date: PlanDate, done: Bool, overdue: Bool = false, label: String) {
                self.date = date
                self.done = done
                self.overdue = overdue
                self.label = label
            }
        }

        public let label: String
        public let href: String?
        public let kind: Kind
        public let milestones: [Milestone]
        /// What the row's bar says in words, for its `<title>`.
        public let summary: String

        public init(label: String, href: String?, kind: Kind, milestones: [Milestone] = [], summary: String) {
            self.label = label
            self.href = href
            self.kind = kind
            self.milestones = milestones
            self.summary = summary
        }
    }

    public static let width = 960.0
    static let labelWidth = 300.0
    static let rowHeight = 22.0
    static let top = 46.0

    public static func height(rows: Int) -> Double { top + Double(rows) * rowHeight + 8 }

    /// `years` is the period drawn; `asOf` draws the dashed line when it falls inside it.
    public static func svg(_ rows: [Row], years: ClosedRange<Int>, asOf: (date: PlanDate, label: String)?,
                           title: String, description: String) -> String {
        let height = height(rows: rows.count)
        let first = Day(years.lowerBound, 1, 1)
        let last = Day(years.upperBound, 12, 31)
        let x = Scale(domain: (Double(first.number), Double(last.number + 1)), range: (labelWidth, width - 12))
        var svg = "<svg class=\"gantt\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(SVGFormat.number(height))\" style=\"min-width: 720px\">"
        svg += "<title>\(title.htmlEscaped)</title><desc>\(description.htmlEscaped)</desc>"
        for year in years {
            let left = x(Double(Day(year, 1, 1).number))
            let right = x(Double(Day(year, 12, 31).number + 1))
            svg += "<line class=\"year-line\" x1=\"\(SVGFormat.number(left))\" y1=\"\(SVGFormat.number(top - 6))\" x2=\"\(SVGFormat.number(left))\" y2=\"\(SVGFormat.number(height - 4))\"/>"
            svg += "<text class=\"year\" x=\"\(SVGFormat.number((left + right) / 2))\" y=\"16\" text-anchor=\"middle\">\(year)</text>"
        }
        for (index, row) in rows.enumerated() {
            svg += draw(row, y: top + Double(index) * rowHeight, x: x, first: first, last: last)
        }
        if let asOf, asOf.date.year >= years.lowerBound, asOf.date.year <= years.upperBound {
            let day = Day(end: asOf.date)
            let ax = SVGFormat.number(x(Double(day.number)))
            svg += "<line class=\"as-of\" x1=\"\(ax)\" y1=\"\(SVGFormat.number(top - 10))\" x2=\"\(ax)\" y2=\"\(SVGFormat.number(height - 4))\"/>"
            svg += "<text class=\"as-of-label\" x=\"\(SVGFormat.number(min(x(Double(day.number)) + 4, width - 150)))\" y=\"\(SVGFormat.number(top - 12))\" text-anchor=\"start\">\(asOf.label.htmlEscaped)</text>"
        }
        return svg + "</svg>"
    }
}

private extension Gantt {
    static func draw(_ row: Row, y: Double, x: Scale, first: Day, last: Day) -> String {
        var svg = "<g class=\"gantt-row\"><title>\(row.summary.htmlEscaped)</title>"
        let label = row.label.count > 22 ? String(row.label.prefix(21)) + "…" : row.label
        let textClass = row.kind == .group ? "group-label" : "task-label"
        var text = "<text class=\"\(textClass)\" x=\"4\" y=\"\(SVGFormat.number(y + 15))\">\(label.htmlEscaped)</text>"
        if let href = row.href { text = "<a href=\"\(href.htmlEscaped)\">\(text)</a>" }
        svg += text
        if case .task(let start, let end, let state, let overdue) = row.kind {
            let from = start.map { max(Day(start: $0), first) } ?? first
            let to = end.map { min(Day(end: $0), last) } ?? last
            let left = x(Double(min(from, to).number))
            let right = x(Double(max(from, to).number + 1))
            svg += "<rect class=\"bar task-\(state.htmlEscaped)\(overdue ? " overdue" : "")\" x=\"\(SVGFormat.number(left))\" y=\"\(SVGFormat.number(y + 6))\" width=\"\(SVGFormat.number(max(right - left, 2)))\" height=\"10\" rx=\"2\"/>"
            if overdue {
                svg += "<text class=\"overdue-mark\" x=\"\(SVGFormat.number(min(right + 3, width - 8)))\" y=\"\(SVGFormat.number(y + 15))\">!</text>"
            }
        }
        for milestone in row.milestones {
            let day = Day(end: milestone.date)
            guard day >= first, day <= last else { continue }
            let mx = x(Double(day.number))
            let cy = y + 11
            svg += "<path class=\"milestone\(milestone.done ? " done" : "")\(milestone.overdue ? " overdue" : "")\" d=\"M\(SVGFormat.number(mx)) \(SVGFormat.number(cy - 6)) L\(SVGFormat.number(mx + 6)) \(SVGFormat.number(cy)) L\(SVGFormat.number(mx)) \(SVGFormat.number(cy + 6)) L\(SVGFormat.number(mx - 6)) \(SVGFormat.number(cy)) Z\"><title>\(milestone.label.htmlEscaped)</title></path>"
            if milestone.overdue {
                svg += "<text class=\"overdue-mark\" x=\"\(SVGFormat.number(mx + 7))\" y=\"\(SVGFormat.number(cy - 3))\">!</text>"
            }
        }
        return svg + "</g>"
    }
}

/// A calendar day as a running number, so spans are simple subtraction.
struct Day: Comparable {
    let number: Int

    init(_ year: Int, _ month: Int, _ day: Int) {
        // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    /// The first day a date covers: `2021` starts on 1 January.
    init(start date: PlanDate) {
        self.init(date.year, date.month ?? 1, date.day ?? 1)
    }

    /// The last day a date covers: `2025` ends on 31 December.
    init(end date: PlanDate) {
        let last = date.lastDay
        self.init(last.year, last.month, last.day)
    }

    static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
}
