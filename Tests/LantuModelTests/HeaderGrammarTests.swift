import Foundation
import Testing
import LantuDiagnostics
@testable import LantuModel

private let plan = planHeader + """
| 主要指标 | 2020年 | 2025年 |
|---|---|---|
| 学前三年毛入园率(%) | 92.3 | 93 |
| 学生体质优良率（%） | 19.9 | 50 |

# 三、任务
## （一）学前教育
- 牵头单位：基础教育处
"""

private func report(_ body: String) -> [String: String] {
    ["reports/r.md": "---\ntitle: 报告\ndate: 2024-01-17\n---\n" + body]
}

/// The diagnostics as `lantu check` prints them, without the final newline.
func printed(_ result: ContentLoader.Result) -> String {
    String(DiagnosticPrinter.text(result.diagnostics, in: result.language).dropLast())
}

/// Headers as planning offices write them (SPEC §2.3, §2.4): read, or said why not.
@Suite struct HeaderGrammarTests {
    @Test(arguments: ["2023年", "2023", "2023年度", "2023年完成值", "2023年实际", "2023年监测值", "2023年末",
                      "2023年度完成值", "２０２３年", "2023 年", "2023年（实际）",
                      // A 指标值 header merged over the years, as Word tables are drawn and `lantu import` joins them.
                      "指标值2023年", "2023年指标值", "数值（2023年）"])
    func readsEveryMeasuredYearHeader(header: String) throws {
        let result = site(plan: plan, extra: report("| 指标 | \(header) |\n|---|---|\n| 学前三年毛入园率 | 92.8 |\n"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let measurements = try #require(result.plan?.indicators.first?.measurements)
        #expect(measurements.map(\.year) == [2023])
        #expect(measurements.map(\.value.raw) == ["92.8"])
    }

    @Test(arguments: ["| 重点任务 | 进展状态 | 完成进度 |", "| 重點任務 | 進展狀態 | 完成進度 |", "| 任务 | 状态 | 进度（%） |"])
    func readsTaskTablesHeadedAsOfficesDo(header: String) throws {
        let result = site(plan: plan, extra: report(header + "\n|---|---|---|\n| s3-1 | 进行中 | 60% |\n"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let task = try #require(result.plan?.tasks.first)
        #expect(task.status == .inProgress)
        #expect(task.progress == 60)
    }

    @Test(arguments: [("2020年基期值", "2025年目标值"), ("基期值（2020年）", "目标值（2025年）"), ("2020年现状", "2025年规划"),
                      ("2020年（基期）", "2025年"), ("2020年基期值", "目標值（2025年）"), ("基期", "目标")])
    func readsPlanHeadersForBaselineAndTarget(baseline: String, target: String) throws {
        let text = planHeader + "| 指标 | \(baseline) | \(target) |\n|---|---|---|\n| 学前三年毛入园率(%) | 92.3 | 93 |\n"
        let result = site(plan: text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let indicator = try #require(result.plan?.indicators.first)
        #expect(indicator.baseline?.raw == "92.3")
        #expect(indicator.target?.raw == "93")
    }

    @Test func warnsAboutAnIndicatorTableWithoutAYearColumn() {
        let result = site(plan: plan, extra: report("| 指标 | 数值 |\n|---|---|\n| 学前三年毛入园率 | 92.8 |\n"))
        #expect(printed(result) == """
        content/reports/r.md:5:1: warning: this table names indicators but has no year column; read as text [table-indicators-without-year]
            hint: head the column of each year's values 2023年, 2023, 2023年度, 2023年完成值, 2023年实际, 2023年监测值 or 2023年末
        """)
    }

    @Test func warnsAboutATaskTableWithoutStatusOrProgress() {
        let result = site(plan: plan, extra: report("| 任务 | 情况说明 |\n|---|---|\n| s3-1 | 已启动 |\n"))
        #expect(printed(result) == """
        content/reports/r.md:5:1: warning: this table names tasks but has no status or progress column; read as text [table-tasks-without-status]
            hint: add columns headed 状态, 进展状态 or status, and 进度, 完成进度 or progress
        """)
    }

    @Test func warnsAboutRowsThatNameIndicatorsUnderAnUnknownHeader() {
        let result = site(plan: plan, extra: report("| 项目 | 2023年 |\n|---|---|\n| 学前三年毛入园率 | 92.8 |\n"))
        #expect(printed(result) == """
        content/reports/r.md:5:1: warning: this table's rows name indicators (e.g. '学前三年毛入园率') but its header is not understood; read as text [table-header-not-understood]
            hint: head the indicator column 指标, 指标名称, 主要指标 or indicator
        """)
        #expect(result.plan?.indicators.first?.measurements.isEmpty == true)
    }

    @Test func warnsAboutAYearColumnWithUnknownWordsAndReadsTheRest() throws {
        let result = site(plan: plan, extra: report("| 指标 | 2023年 | 2024年预计 |\n|---|---|---|\n| 学前三年毛入园率 | 92.8 | 93 |\n"))
        #expect(printed(result) == """
        content/reports/r.md:5:1: warning: column '2024年预计' is not understood; its values are not read [unknown-year-column]
            hint: measured years are headed 2023年, 2023, 2023年度, 2023年完成值, 2023年实际, 2023年监测值 or 2023年末; the baseline 2020年基期值, the target 2025年目标值
        """)
        #expect(try #require(result.plan?.indicators.first).measurements.map(\.year) == [2023])
    }

    @Test func warnsAboutAPlanTableWithValuesButNoIndicatorColumn() {
        let result = site(plan: planHeader + "| 项目 | 2020年 | 2025年 |\n|---|---|---|\n| 经费 | 1 | 2 |\n")
        #expect(printed(result) == """
        content/plans/p.md:5:1: warning: this table has baseline or target columns but no indicator column; read as text [table-values-without-indicator]
            hint: head the column of names 指标, 指标名称, 主要指标 or indicator
        """)
    }

    @Test func leavesTablesOfPlainTextAlone() {
        let result = site(plan: plan, extra: report("| 单位 | 人数 |\n|---|---|\n| 基础教育处 | 12 |\n"))
        #expect(result.diagnostics.isEmpty)
    }
}
