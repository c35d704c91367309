import LantuDiagnostics
import Foundation
import Testing
@testable import LantuModel

@Suite struct IndicatorTableTests {
    @Test func readsTheSourcePlansTableWithCategoryRows() throws {
        let result = site(plan: planHeader + """
        | 主要指标 | 2020年 | 2025年 | 指标属性 |
        |---|---|---|---|
        | **普及程度** | | | |
        | 学前三年毛入园率(%) | 92.3 | 93 | 预期性 |
        | 义务教育巩固率（%） | 99 | >99 | 约束性 |
        | 服务市民终身学习人次 | 350万 | 500万 | 预期性 |
        | 结构优化 | | | |
        | 公办园在园幼儿比例(%) | 50 | >50 | 预期性 |
        """)
        #expect(result.errors.isEmpty)
        let indicators = try #require(result.plan?.indicators)
        #expect(indicators.map(\.id) == ["p-1", "p-2", "p-3", "p-4"])
        #expect(indicators.map(\.name) == ["学前三年毛入园率", "义务教育巩固率", "服务市民终身学习人次", "公办园在园幼儿比例"])
        #expect(indicators.map(\.unit) == ["%", "%", nil, "%"])
        #expect(indicators.map(\.category) == ["普及程度", "普及程度", "普及程度", "结构优化"])
        #expect(indicators.map(\.attribute) == [.expected, .binding, .expected, .expected])
        #expect(indicators[2].target?.number == 5_000_000)
        #expect(indicators[1].target?.comparator == .greater)
    }

    @Test func readsEnglishTraditionalAndAliasHeaders() throws {
        let result = site(plan: planHeader + """
        | ID | Category | Indicator | Unit | Baseline | Target | 2022 | Type | Owner | Note |
        |---|---|---|---|---|---|---|---|---|---|
        | grad | Quality | Graduation rate | % | 90 | 95 | 92 | binding | Academic Affairs | sample |
        | | | Drop-out rate | % | 3 | 2 | | expected | Academic Affairs | |

        | 類別 | 指標名稱 | 基期值 | 目標值 | 屬性 |
        |---|---|---|---|---|
        | 質量 | 優良率 | 19.9 | 50 | 預期性 |
        """)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let indicators = try #require(result.plan?.indicators)
        #expect(indicators.map(\.id) == ["grad", "p-2", "p-3"])
        #expect(indicators[1].category == "Quality")
        #expect(indicators[0].measurements.map(\.year) == [2022])
        #expect(indicators[0].attribute == .binding)
        #expect(indicators[0].note == "sample")
        #expect(indicators[2].name == "優良率")
        #expect(indicators[2].category == "質量")
        #expect(result.content?.units.map(\.id) == ["academic-affairs"])
    }

    @Test func explainsATableWithoutBaselineOrTarget() {
        let result = site(plan: planHeader + "\n| 指标 | 说明 |\n|---|---|\n| 甲 | 乙 |\n")
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.contains("no baseline or target") == true)
        #expect(result.errors.first?.location.line == 6)
    }

    @Test func leavesOrdinaryTablesAlone() {
        let result = site(plan: planHeader + "\n| 阶段 | 时间 |\n|---|---|\n| 启动 | 2021 |\n")
        #expect(result.errors.isEmpty)
        #expect(result.plan?.indicators.isEmpty == true)
    }

    @Test func readsFeatureBoxesWithTheirOwnTables() throws {
        let result = site(plan: planHeader + """
        # 三、任务

        > **专栏5 服务产业特色学科群建设项目**
        > 遴选建设40个左右学科群。
        >
        > | 指标 | 2020年 | 2025年 |
        > |---|---|---|
        > | 学科群（个） | 10 | 40 |
        """)
        let plan = try #require(result.plan)
        #expect(plan.featureBoxes.map(\.title) == ["专栏5 服务产业特色学科群建设项目"])
        #expect(plan.featureBoxes.first?.anchor == "box-5")
        #expect(plan.indicators.first?.boxAnchor == "box-5")
        #expect(plan.indicators.first?.unit == "个")
    }
}
