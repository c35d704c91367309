import Foundation
import Testing
@testable import LantuCharts
import LantuModel

/// Representative series drawn once and compared with `Snapshots/<name>.svg`.
///
/// Run with `LANTU_RECORD=1` to re-record; a recording run fails so a person reviews the diff.
enum GoldenCharts {
    static func point(_ year: Int, _ value: Double, _ label: String? = nil) -> ChartSeries.Point {
        .init(year: year, value: value, label: label)
    }

    static let cases: [String: ChartSeries] = [
        "increase": ChartSeries(baseline: point(2020, 12.03), measured: [point(2023, 12.12)], target: point(2025, 12.3), comparator: nil),
        "decrease": ChartSeries(baseline: point(2020, 53.5), measured: [point(2021, 52.8), point(2022, 51.6), point(2023, 50.9)],
                                target: point(2025, 48.5), comparator: nil),
        "maintain": ChartSeries(baseline: point(2020, 4500), measured: [point(2022, 4520), point(2023, 4500)], target: point(2025, 4500), comparator: nil),
        "at-least": ChartSeries(baseline: point(2020, 99), measured: [point(2023, 99.2)], target: point(2025, 99, ">99"), comparator: .greater),
        "at-most": ChartSeries(baseline: point(2020, 18.5), measured: [point(2021, 18.6), point(2023, 17.9)], target: point(2025, 17, "≤17"), comparator: .lessOrEqual),
        "one-point": ChartSeries(baseline: point(2020, 40), measured: [], target: point(2025, 50), comparator: nil),
        "beyond-target": ChartSeries(baseline: point(2020, 0), measured: [point(2024, 80), point(2027, 110)], target: point(2025, 100), comparator: nil),
        "regressing": ChartSeries(baseline: point(2020, 53.5), measured: [point(2022, 53.9), point(2023, 54.1)], target: point(2025, 48.5), comparator: nil),
        "negative": ChartSeries(baseline: point(2020, -5), measured: [point(2022, -2.5)], target: point(2025, 5), comparator: nil),
        "large": ChartSeries(baseline: point(2020, 3_500_000, "350万"), measured: [point(2021, 3_800_000, "380万"), point(2023, 4_400_000, "440万")],
                             target: point(2025, 5_000_000, "500万"), comparator: nil),
    ]

    static func render(_ name: String) -> String {
        if let series = cases[name] {
            return IndicatorChart.svg(series, labels: labels, style: .chinese, unit: name == "large" ? nil : "%")
        }
        switch name {
        case "gantt": return gantt
        case "narrow": return IndicatorChart.svg(cases["large"]!, labels: labels, style: .chinese, unit: nil, width: IndicatorChart.narrowWidth)
        case "sparkline": return Sparkline.svg(cases["decrease"]!, label: "近视率", description: "53.5 → 50.9")
        case "progress-bar": return ProgressBar.svg(progress: 0.714, expected: 0.6, description: "71.4% / 60%")
        default: return StackedBar.svg([.init(code: "achieved", count: 8, label: "已达成"), .init(code: "behind", count: 2, label: "略有滞后", href: "#status-behind")],
                                       description: "已达成 8, 略有滞后 2")
        }
    }

    static let names = cases.keys.sorted() + ["gantt", "narrow", "sparkline", "progress-bar", "stacked-bar"]

    static let gantt = Gantt.svg([
        .init(label: "（一）学前教育", href: "#s1", kind: .group, summary: "（一）学前教育"),
        .init(label: "1.推进学前教育普及普惠安全优质发展并建立质量监测机制", href: "#s1-1",
              kind: .task(start: PlanDate(year: 2021), end: PlanDate(year: 2025, month: 12, day: 31), state: "in-progress", overdue: false),
              milestones: [.init(date: PlanDate(year: 2021, month: 12, day: 31), done: true, label: "启动"), .init(date: PlanDate(year: 2024), done: false, label: "创建8个")],
              summary: "2021 – 2025"),
        .init(label: "2.完善评估", href: nil, kind: .task(start: nil, end: PlanDate(year: 2023, month: 6), state: "not-started", overdue: true),
              summary: "– 2023-06"),
    ], years: 2021...2025, asOf: (PlanDate(year: 2024, month: 1, day: 17), "数据截至 2024年1月17日"), title: "路线图", description: "2 项任务")
}

@Suite struct GoldenChartTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test(arguments: GoldenCharts.names)
    func drawsAsRecorded(name: String) throws {
        let svg = GoldenCharts.render(name)
        #expect(parses(svg))
        let file = Self.folder.appendingPathComponent("\(name).svg")
        if ProcessInfo.processInfo.environment["LANTU_RECORD"] != nil {
            try Data(svg.utf8).write(to: file)
            Issue.record("recorded Snapshots/\(name).svg; review it and run again without LANTU_RECORD")
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(svg == expected, "\(name).svg differs from its snapshot")
    }
}
