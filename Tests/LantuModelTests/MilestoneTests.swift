import LantuDiagnostics
import Testing
@testable import LantuModel

/// Milestones dated as offices write them, marked done by reports, flagged when overdue.
@Suite struct MilestoneTests {
    let plan = planHeader + """
    # 一、学前教育
    - 牵头单位：基础教育处
    - 完成时限：2025年第四季度

    - [ ] 2021年年底 启动普惠区创建
    - [ ] 2022.12 完成质量评估标准修订
    - [ ] 2023年第四季度 创建普惠区8个
    - [ ] 2023年6月底 印发行动计划
    - [x] 2024年上半年 完成校园网络布局
    - [ ] 2025年底 16个区全部通过认定

    """

    func load(asOf: String, report: String = "") -> ContentLoader.Result {
        site(plan: plan, extra: ["site.yml": "title: 测试站点\nas_of: \(asOf)\n",
                                 "reports/r.md": "---\ndate: 2023-01-10\n---\n" + report])
    }

    @Test func readsEveryLeadingDateFormAndKeepsItAsWritten() throws {
        let task = try #require(load(asOf: "2021-01-01").plan?.tasks.first)
        #expect(task.milestones.map(\.text) == ["启动普惠区创建", "完成质量评估标准修订", "创建普惠区8个", "印发行动计划", "完成校园网络布局", "16个区全部通过认定"])
        #expect(task.milestones.map { $0.date?.description } == ["2021-12-31", "2022-12", "2023-12-31", "2023-06-30", "2024-06-30", "2025-12-31"])
        #expect(task.milestones.map(\.dateText) == ["2021年年底", "2022.12", "2023年第四季度", "2023年6月底", "2024年上半年", "2025年底"])
        #expect(task.due == PlanDate(year: 2025, month: 12, day: 31, period: .quarter(4)))
    }

    @Test func aMilestonePastItsDateAndNotDoneIsOverdueAndCheckSaysSo() throws {
        let result = load(asOf: "2024-06-30")
        let task = try #require(result.plan?.tasks.first)
        #expect(task.milestones.map { $0.isOverdue(asOf: result.content?.asOf) } == [true, true, true, true, false, false])
        let warnings = ContentReview.warnings(try #require(result.content), in: .english).map(\.message)
        #expect(warnings.contains("milestone '创建普惠区8个' of task '一、学前教育' was due 2023年第四季度 and is not done"))
    }

    @Test func aReportMarksMilestonesDoneFromItsDate() throws {
        let result = load(asOf: "2024-06-30", report: "| 里程碑 | 完成情况 |\n|---|---|\n| 启动普惠区创建 | 已完成 |\n| 2022.12 完成质量评估标准修订 | ✓ |\n| 创建普惠区8个 | 未完成 |\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let task = try #require(result.plan?.tasks.first)
        #expect(task.milestones.map(\.done) == [true, true, false, false, true, false])
        #expect(task.milestones[0].completion?.reportID == "r")
        #expect(task.asOf(PlanDate(year: 2022, month: 12, day: 31)).milestones.map(\.done) == [false, false, false, false, true, false])
    }

    @Test func anUnknownMilestoneInAReportIsAnErrorWithDidYouMean() {
        let result = load(asOf: "2024-06-30", report: "| 里程碑 | 完成情况 |\n|---|---|\n| 启动普惠区建设 | 是 |\n| 印发行动计划 | 差不多 |\n")
        #expect(printed(result) == """
        content/reports/r.md:6:1: error: no milestone of the plan is '启动普惠区建设' [unknown-milestone]
            hint: did you mean '启动普惠区创建'?
        content/reports/r.md:7:1: error: unknown milestone completion '差不多' [unknown-milestone-completion]
            hint: write 已完成, 完成, 是 or ✓ for done; 未完成 or 否 for not done
        """)
    }

    @Test func aLeadingDateNotUnderstoodIsAWarningAndTheMilestoneUndated() throws {
        let result = site(plan: planHeader + "# 一、甲\n- 牵头单位：处\n\n- [ ] 2023年秋季 启动\n- [ ] 2023/06 完成\n")
        #expect(printed(result) == """
        content/plans/p.md:8:1: warning: the milestone's leading date '2023年秋季' is not understood; the milestone is read as undated [milestone-date-not-understood]
            hint: write it as 2023, 2023-06, 2023.06, 2023年6月, 2023年6月底, 2023年上半年, 2023年第四季度 or 2023年底
        content/plans/p.md:9:1: warning: the milestone's leading date '2023/06' is not understood; the milestone is read as undated [milestone-date-not-understood]
            hint: write it as 2023, 2023-06, 2023.06, 2023年6月, 2023年6月底, 2023年上半年, 2023年第四季度 or 2023年底
        """)
        #expect(try #require(result.plan?.tasks.first).milestones.map { $0.date } == [nil, nil])
    }
}
