import LantuDiagnostics
import Foundation
import Testing
@testable import LantuModel

private let plan = planHeader + """
| 主要指标 | 2020年 | 2025年 |
|---|---|---|
| 学前三年毛入园率(%) | 92.3 | 93 |
| 学生体质优良率（%） | 19.9 | 50 |
| 儿童青少年总体近视率(%) | 53.5 | 48.5 |

# 三、任务
## （一）学前教育
- 牵头单位：基础教育处
"""

private func report(_ date: String, _ body: String, id: String = "r") -> [String: String] {
    ["reports/\(id).md": "---\ntitle: 报告\ndate: \(date)\n---\n" + body]
}

@Suite struct ReportTests {
    @Test func matchesIndicatorsByNameIgnoringUnitSpaceWidthAndScript() throws {
        let result = site(plan: plan, extra: report("2024-01-17", """
        | 指标 | 2023年 |
        |---|---|
        | 学前三年毛入园率 | 92.8 |
        | 學生體質優良率（％） | 35.2 |
        | 儿童青少年 总体近视率 | 54.1 |
        | p-1 | 92.9 |
        """))
        let indicators = try #require(result.plan?.indicators)
        #expect(indicators[1].measurements.map(\.value.raw) == ["35.2"])
        #expect(indicators[2].status == .regressing)
        // The id row and the name row give one indicator-year twice: the later row wins, with a warning.
        #expect(indicators[0].measurements.map(\.value.raw) == ["92.9"])
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("twice") })
    }

    @Test func suggestsTheNearestNamesForAnUnknownIndicator() {
        let result = site(plan: plan, extra: report("2024-01-17", "| 指标 | 2023年 |\n|---|---|\n| 学生体制优良率 | 35 |\n"))
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message == "no indicator of the plan is named '学生体制优良率'")
        #expect(result.errors[0].hint == "did you mean '学生体质优良率'?")
        #expect(result.errors[0].location.description == "content/reports/r.md:7:1")
    }

    @Test func refusesANameThatMatchesTwoIndicators() {
        let twins = planHeader + "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 覆盖率(%) | 1 | 2 |\n| 覆盖率（万人） | 3 | 4 |\n"
        let result = site(plan: twins, extra: report("2024-01-17", "| 指标 | 2023年 |\n|---|---|\n| 覆盖率 | 1.5 |\n"))
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message.contains("matches several indicators: p-1, p-2"))
    }

    @Test func theLaterReportWinsWhateverTheFileOrder() throws {
        let result = site(plan: plan, extra: report("2024-01-17", "| 指标 | 2023年 |\n|---|---|\n| p-2 | 40 |\n", id: "a-late")
            .merging(report("2023-06-01", "| 指标 | 2023年 |\n|---|---|\n| p-2 | 30 |\n", id: "b-early")) { $1 })
        let indicator = try #require(result.plan?.indicators[1])
        #expect(indicator.measurements.map(\.value.raw) == ["40"])
        #expect(indicator.measurements.first?.reportID == "a-late")
    }

    @Test func updatesTasksByAnchorOrHeading() throws {
        let result = site(plan: plan, extra: report("2023-01-10", "| 任务 | 状态 | 进度 |\n|---|---|---|\n| s3-1 | 进行中 | 40% |\n", id: "a")
            .merging(report("2024-01-10", "| 任务 | 状态 | 进度 |\n|---|---|---|\n| （一）学前教育 | 滞后 | 45 |\n", id: "b")) { $1 })
        let task = try #require(result.plan?.tasks.first)
        #expect(task.updates.map(\.reportID) == ["a", "b"])
        #expect(task.status == .delayed)
        #expect(task.progress == 45)
    }

    @Test func warnsAboutYearsOutsideThePlanPeriod() {
        let result = site(plan: plan, extra: report("2026-06-30", "| 指标 | 2026年 |\n|---|---|\n| p-1 | 93.1 |\n"))
        #expect(result.errors.isEmpty)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("outside the plan period 2021–2025") })
    }

    @Test func needsToKnowItsPlan() {
        let two = site(plan: plan, extra: ["plans/q.md": planHeader].merging(report("2024-01-01", "")) { $1 })
        #expect(two.errors.contains { $0.message.contains("does not say which plan") })
        let unknown = site(plan: plan, extra: ["reports/r.md": "---\ndate: 2024-01-01\nplan: pp\n---\n"])
        #expect(unknown.errors.first?.message == "no plan has the id 'pp'")
        #expect(unknown.errors.first?.hint == "did you mean 'p'?")
    }
}

@Suite struct OverrideAndStaleTests {
    @Test func aReportCanSetAStatusByHandFromThatReportOn() throws {
        let result = site(plan: plan, extra: report("2023-01-10", "| 指标 | 2022年 | 状态 | 备注 |\n|---|---|---|---|\n| p-1 | 92.4 | 进展顺利 | 经专家组认定 |\n", id: "a")
            .merging(report("2024-01-10", "| 指标 | 2023年 |\n|---|---|\n| p-1 | 92.2 |\n", id: "b")) { $1 })
        let indicator = try #require(result.plan?.indicators.first)
        #expect(indicator.progress?.status == .regressing)
        #expect(indicator.status == .onTrack)
        #expect(indicator.override?.reportID == "a")
        #expect(indicator.override?.note == "经专家组认定")
    }

    @Test func rejectsAnUnknownStatus() {
        let result = site(plan: plan, extra: report("2024-01-10", "| 指标 | 状态 | 2023年 |\n|---|---|---|\n| p-1 | 还行 | 92.9 |\n"))
        #expect(result.errors.map(\.message) == ["unknown indicator status '还行'"])
    }

    @Test func marksIndicatorsTheLatestReportedYearLeftOut() throws {
        let result = site(plan: plan, extra: report("2024-01-10", "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| p-1 | 92.5 | 92.8 |\n| p-2 | 30 | |\n"))
        let indicators = try #require(result.plan?.indicators)
        #expect(indicators.map(\.isStale) == [false, true, false])
    }
}
