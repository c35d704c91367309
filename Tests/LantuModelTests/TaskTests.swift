import LantuDiagnostics
import Testing
@testable import LantuModel

@Suite struct TaskTests {
    @Test func readsEveryKeyInChineseEnglishAndTraditional() throws {
        let result = site(plan: planHeader + """
        | 指标 | 2020年 | 2025年 |
        |---|---|---|
        | 毛入园率(%) | 90 | 95 |

        # 三、任务
        ## （一）学前教育

        - 牵头单位：市教委基础教育处、市教委发展规划处
        - 配合单位：各区教育局；市财政局
        - 开始时间：2021年
        - 完成时限：2025年底
        - 状态：进行中
        - 进度：60%
        - 相关指标：毛入园率
        - 标签：民生

        - [x] 2021-06 制定实施方案
        - [ ] 建成普惠园100所

        正文。

        ## （二）English
        - lead: Planning Office
        - partners: Finance
        - start: 2022-01
        - due: 2024年上半年
        - status: done
        - progress: 100
        - indicators: p-1
        - tags: x

        ## （三）繁體
        - 牽頭單位：規劃處
        - 狀態：已完成
        - 進度：１００％
        """)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let tasks = try #require(result.plan?.tasks)
        #expect(tasks.map(\.anchor) == ["s3-1", "s3-2", "s3-3"])
        let first = tasks[0]
        #expect(first.lead == ["shi-jiao-wei-ji-chu-jiao-yu-chu", "shi-jiao-wei-fa-zhan-gui-hua-chu"])
        #expect(first.partners.count == 2)
        #expect(first.start == PlanDate(year: 2021))
        #expect(first.due == PlanDate(year: 2025, month: 12, day: 31, period: .yearEnd))
        #expect(first.status == .inProgress)
        #expect(first.progress == 60)
        #expect(first.indicatorIDs == ["p-1"])
        #expect(first.tags == ["民生"])
        #expect(first.milestones.map(\.done) == [true, false])
        #expect(first.milestones.map(\.date) == [PlanDate(year: 2021, month: 6), nil])
        #expect(first.milestones.map(\.text) == ["制定实施方案", "建成普惠园100所"])
        #expect(tasks[1].due == PlanDate(year: 2024, month: 6, day: 30, period: .firstHalf))
        #expect(tasks[1].status == .done)
        #expect(tasks[1].indicatorIDs == ["p-1"])
        #expect(tasks[2].status == .done)
        #expect(tasks[2].progress == 100)
    }

    @Test func reportsAnUnknownKeyWithADidYouMeanHint() {
        let result = site(plan: planHeader + "# 一、任务\n\n- 牵头部门：规划处\n- 完成时限：2025\n")
        #expect(result.errors.count == 1)
        let error = result.errors[0]
        #expect(error.message == "unknown task key '牵头部门'")
        #expect(error.hint == "did you mean '牵头单位'?")
        #expect(error.location.description == "content/plans/p.md:7:1")
    }

    @Test func reportsBadValuesWhereTheyStand() {
        let result = site(plan: planHeader + "# 一、任务\n\n- 牵头单位：处\n- 完成时限：2025年13月\n- 进度：120%\n- 状态：差不多\n")
        #expect(result.errors.map(\.location.line) == [8, 9, 10])
        #expect(result.errors[0].message == "impossible date '2025年13月'")
        #expect(result.errors[1].message.contains("progress '120%'"))
        #expect(result.errors[2].message.contains("unknown task status"))
    }

    @Test func aListWithoutKnownKeysIsOrdinaryText() {
        let result = site(plan: planHeader + "# 一、说明\n\n- 说明：这是一段普通文字\n- 备注：也是\n")
        #expect(result.errors.isEmpty)
        #expect(result.plan?.tasks.isEmpty == true)
    }

    @Test func overdueMeansPastDueAndNotDone() throws {
        let result = site(plan: planHeader + "# 一、甲\n- 牵头单位：处\n- 完成时限：2023年\n# 二、乙\n- 牵头单位：处\n- 完成时限：2023年\n- 状态：已完成\n")
        let tasks = try #require(result.plan?.tasks)
        #expect(tasks[0].isOverdue(asOf: PlanDate(year: 2024, month: 1, day: 1)))
        #expect(!tasks[0].isOverdue(asOf: PlanDate(year: 2023, month: 12, day: 31)))
        #expect(!tasks[1].isOverdue(asOf: PlanDate(year: 2024, month: 1, day: 1)))
    }
}
