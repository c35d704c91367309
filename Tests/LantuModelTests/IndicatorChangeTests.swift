import Testing
@testable import LantuModel

/// Whether a change is for the better depends on which way the target points (SPEC §3).
@Suite struct IndicatorChangeTests {
    let plan = planHeader + """
    | 指标 | 2020年 | 2021年 | 2025年 |
    |---|---|---|---|
    | 生师比 | 18.5 | 18.9 | ≤17 |
    | 近视率(%) | 53.5 | 54.1 | 48.5 |
    | 毛入园率(%) | 92.3 | 92.5 | 93 |
    | 巩固率(%) | 99 | 99 | 99 |
    | 覆盖 | 部分 | 大部分 | 全覆盖 |

    """

    @Test func eachValueCarriesItsChangeAndWhetherItMovesTowardTheTarget() throws {
        let indicators = try #require(site(plan: plan).plan?.indicators)
        let changes = indicators.map { $0.series.map { "\($0.year) \($0.change.map { "\($0)" } ?? "-") \($0.better.map { "\($0)" } ?? "nil")" } }
        #expect(changes == [
            ["2020 - nil", "2021 0.4 false"],
            ["2020 - nil", "2021 0.6 false"],
            ["2020 - nil", "2021 0.2 true"],
            ["2020 - nil", "2021 0 nil"],
            ["2020 - nil", "2021 - nil"],
        ])
    }
}
